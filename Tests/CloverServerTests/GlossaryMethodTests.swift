import CRMCore
import CloverServer
import Glossary
import JSONRPC
import Testing

@Suite("Glossary methods")
struct GlossaryMethodTests {
    @Test("lookup finds a term by abbreviation, Korean term, alias and full-width form", arguments: [
        ("ACV", "acv"), ("Annual Contract Value", "acv"), ("수주율", "win-rate"), ("ＷＩＮ－ＲＡＴＥ", "win-rate"), ("won", "won"), ("딜", "deal"),
    ])
    func lookup(term: String, id: String) throws {
        var session = try TestSession()
        let result = try session.call("glossary.lookup", ["term": .string(term), "lang": "en"])
        #expect(result["found"] == true)
        #expect(result["entry"]?["id"] == .string(id))
    }

    @Test("lookup with no match answers found false with suggestions, not an error")
    func lookupMiss() throws {
        var session = try TestSession()
        let result = try session.call("glossary.lookup", ["term": "pipline zzz"])
        #expect(result["found"] == false)
        #expect(result["entry"] == .null)
        #expect((result["suggestions"]?.arrayValue?.count ?? 0) > 0)
    }

    @Test("lang shapes the text fields: en and ko strings, both as {en, ko}")
    func languages() throws {
        var session = try TestSession()
        #expect(try session.call("glossary.get", ["id": "won", "lang": "en"])["term"] == "Won")
        #expect(try session.call("glossary.get", ["id": "won", "lang": "ko"])["term"] == "수주")
        let both = try session.call("glossary.get", ["id": "won"])
        #expect(both["term"]?["en"] == "Won")
        #expect(both["term"]?["ko"] == "수주")
    }

    @Test("search: Korean initial consonants, partial Korean words and typos")
    func search() throws {
        var session = try TestSession()
        let consonants = try session.call("glossary.search", ["q": "ㅍㅇㅍㄹㅇ", "limit": 3])
        #expect(consonants["hits"]?.arrayValue?.first?["entry"]?["id"] == "pipeline")
        let partial = try session.call("glossary.search", ["q": "수주", "scope": "clover"])
        let partialIDs = partial["hits"]?.arrayValue?.compactMap { $0["entry"]?["id"]?.stringValue } ?? []
        #expect(partialIDs.contains("win-rate") && partialIDs.contains("won"))
        let typo = try session.call("glossary.search", ["q": "oportunity", "limit": 1])
        #expect(typo["hits"]?.arrayValue?.first?["tier"] == "typo")
        let limited = try session.call("glossary.search", ["q": "lead", "limit": 2])
        #expect(limited["hits"]?.arrayValue?.count == 2)
    }

    @Test("list pages through every entry of a filter with the cursor")
    func listPaging() throws {
        var session = try TestSession()
        var cursor: JSONValue = .null
        var seen: [String] = []
        var total = 0
        repeat {
            var params: JSONObject = ["scope": "clover", "limit": 7, "lang": "en"]
            if cursor != .null { params["cursor"] = cursor }
            let page = try session.call("glossary.list", params)
            total = Int(page["total"]?.numberValue?.int64 ?? -1)
            seen += page["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
            cursor = page["nextCursor"] ?? .null
        } while cursor != .null
        #expect(total == 51)
        #expect(Set(seen).count == 51)
    }

    @Test("list rejects a letter outside the index and a forged cursor")
    func listErrors() throws {
        var session = try TestSession()
        #expect(throws: AnsweredError.self) { try session.call("glossary.list", ["letter": "!"]) }
        #expect(throws: AnsweredError.self) { try session.call("glossary.list", ["cursor": "not-a-cursor!"]) }
        let korean = try session.call("glossary.list", ["letter": "ㅅ", "lang": "ko", "limit": 500])
        #expect((korean["total"]?.numberValue?.int64 ?? 0) > 0)
    }

    @Test("the index and the categories account for every entry")
    func indexAndCategories() throws {
        var session = try TestSession()
        let entries = try TestSession.glossary().entries.count
        let index = try session.call("glossary.index")
        func sum(_ list: JSONValue?) -> Int64 { list?.arrayValue?.compactMap { $0["count"]?.numberValue?.int64 }.reduce(0, +) ?? -1 }
        #expect(sum(index["latin"]) == Int64(entries))
        #expect(index["hangul"]?.arrayValue?.count == 14)
        let categories = try session.call("glossary.categories", ["lang": "ko"])["categories"]
        #expect(categories?.arrayValue?.count == 18)
        #expect(sum(categories) == Int64(entries))
    }

    @Test("explain maps CRM fields and enum values to their terms, falling back from value to field")
    func explain() throws {
        var session = try TestSession()
        #expect(try session.call("glossary.explain", ["object": "opportunity", "field": "stage", "value": "won"])["entry"]?["id"] == "won")
        #expect(try session.call("glossary.explain", ["object": "lead", "field": "source", "value": "referral"])["entry"]?["id"] == "referral")
        #expect(try session.call("glossary.explain", ["object": "opportunity", "field": "acv"])["matched"] == "opportunity.acv")
        let nothing = try session.call("glossary.explain", ["object": "widget", "field": "color"])
        #expect(nothing["entry"] == .null && nothing["matched"] == .null)
    }

    @Test("related resolves links; an unknown id is 404 with its type")
    func related() throws {
        var session = try TestSession()
        let related = try session.call("glossary.related", ["id": "win-rate", "lang": "en"])
        let linked = related["entry"]?["related"]?.arrayValue?.count ?? -1
        #expect(linked > 0 && related["related"]?.arrayValue?.count == linked)
        do {
            _ = try session.call("glossary.related", ["id": "no-such-entry"])
            Issue.record("expected not_found")
        } catch let error as AnsweredError {
            #expect(error.error["code"] == 404)
            #expect(error.error["data"]?["type"] == "glossaryEntry")
        }
    }

    /// Structured fields of SPEC §3 that are on the wire but are not scalar (so not in `fieldSpecs`).
    static let structuredFields: Set<String> = ["lead.converted", "opportunity.stageHistory"]

    @Test("every crmField in the bundle names a real record type, field or enum value of the CRM model")
    func crmFieldsAreReal() throws {
        let kinds = Dictionary(uniqueKeysWithValues: RecordKind.allCases.map { ($0.rawValue, CRMState.fieldSpecs(of: $0)) })
        for entry in try TestSession.glossary().entries {
            guard let field = entry.crmField else { continue }
            let parts = field.split(separator: "=", maxSplits: 1).map(String.init)
            let path = parts[0].split(separator: ".").map(String.init)
            guard let specs = kinds[path[0]] else {
                Issue.record("\(entry.id): unknown record type in \(field)")
                continue
            }
            guard path.count == 2 else { continue }
            if Self.structuredFields.contains(parts[0]) { continue }
            guard let spec = specs.first(where: { $0.name == path[1] }) else {
                Issue.record("\(entry.id): \(field) names no field of \(path[0])")
                continue
            }
            if parts.count == 2 { #expect(spec.allowed?.contains(parts[1]) == true, "\(entry.id): \(field) is not an allowed value") }
        }
    }
}
