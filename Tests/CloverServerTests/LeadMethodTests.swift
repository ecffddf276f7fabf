import CloverServer
import JSONRPC
import Testing

@Suite("Lead methods")
struct LeadMethodTests {
    @Test("create, get, update, setStatus, list and kanban as the owning BD")
    func lifecycle() throws {
        var session = try TestSession.demo(as: "bd.kim")
        let lead = try session.call("lead.create", ["name": "Mina Cho", "company": "Musinsa", "source": "inbound"])
        let id = try #require(lead["id"]?.stringValue)
        #expect(lead["ownerId"] == "user_3")
        #expect(lead["status"] == "new")
        #expect(lead["version"] == 1)
        #expect(try session.call("lead.get", ["id": .string(id)]) == lead)
        let updated = try session.call("lead.update", ["id": .string(id), "title": "Designer", "company": nil, "ifVersion": 1])
        #expect(updated["title"] == "Designer")
        #expect(updated["company"] == .null)
        #expect(updated["version"] == 2)
        let contacted = try session.call("lead.setStatus", ["id": .string(id), "status": "contacted"])
        #expect(contacted["status"] == "contacted")
        let page = try session.call("lead.list", ["filters": [["field": "status", "op": "eq", "value": "contacted"]]])
        #expect(page["items"]?.arrayValue?.contains { $0["id"]?.stringValue == id } == true)
        #expect(page["truncated"] == false)
        let board = try session.call("lead.kanban")
        let columns = try #require(board["columns"]?.arrayValue)
        #expect(columns.allSatisfy { $0["status"] != "converted" && $0["status"] != "disqualified" })
    }

    @Test("a wrong ifVersion is 409 with the current version")
    func conflict() throws {
        var session = try TestSession.demo(as: "bd.park")
        let error = try #require(try session.failure("lead.update", ["id": "lead_1", "title": "x", "ifVersion": 7]))
        #expect(error["code"] == 409)
        #expect(error["data"]?["kind"] == "conflict")
        #expect(error["data"]?["current"] == 1)
    }

    @Test("a forbidden move is 422 with the allowed targets; disqualifying needs a reason (-32602 at its path)")
    func transitions() throws {
        var session = try TestSession.demo(as: "bd.park")
        let error = try #require(try session.failure("lead.setStatus", ["id": "lead_1", "status": "converted"]))
        #expect(error["code"] == 422)
        #expect(error["data"]?["from"] == "new")
        #expect(error["data"]?["to"] == "converted")
        #expect(error["data"]?["allowed"]?.arrayValue?.contains("contacted") == true)
        let missing = try #require(try session.failure("lead.setStatus", ["id": "lead_1", "status": "disqualified"]))
        #expect(missing["code"] == -32602)
        #expect(missing["data"]?["errors"]?.arrayValue?.first?["path"] == "$.disqualifiedReason")
    }

    @Test("schema problems are reported together, enums list their values, unknown fields get a suggestion")
    func validation() throws {
        var session = try TestSession.demo()
        let error = try #require(try session.failure("lead.create", ["name": "X", "source": "tv", "emial": "a@b.c"]))
        #expect(error["code"] == -32602)
        let errors = try #require(error["data"]?["errors"]?.arrayValue)
        #expect(errors.count == 2)
        #expect(errors.contains { $0["path"] == "$.source" && $0["allowed"]?.arrayValue?.contains("referral") == true })
        #expect(errors.contains { $0["path"] == "$.emial" && $0["didYouMean"] == "email" })
    }

    @Test("unknown or malformed ids are 404 with type and id; Korean messages by session language")
    func notFound() throws {
        var session = try TestSession.demo()
        let error = try #require(try session.failure("lead.get", ["id": "lead_999"]))
        #expect(error["code"] == 404)
        #expect(error["data"]?["type"] == "lead")
        #expect(error["data"]?["id"] == "lead_999")
        #expect(try session.failure("lead.get", ["id": "opp_1"])?["code"] == 404)
        _ = try session.call("session.configure", ["locale": "ko"])
        let korean = try #require(try session.failure("lead.get", ["id": "lead_999"]))
        #expect(korean["message"]?.stringValue?.contains("찾을 수 없습니다") == true)
    }

    @Test("convert: 300 with candidates without a decision, dry run changes nothing, then all records at once")
    func convert() throws {
        var session = try TestSession.demo(as: "bd.park")
        let existing = try session.call("account.get", ["id": "acct_1"])
        let domain = try #require(existing["domain"]?.stringValue)
        let company = (existing["name"]?.stringValue ?? "") + " Inc."
        let lead = try session.call("lead.create", [
            "name": "Kim Lee", "company": .string(company), "email": .string("kim@" + domain), "status": "qualified",
        ])
        let leadId = lead["id"] ?? .null
        let refused = try #require(try session.failure("lead.convert", ["leadId": leadId]))
        #expect(refused["code"] == 300)
        #expect(refused["data"]?["kind"] == "duplicate_candidates")
        let candidate = try #require(refused["data"]?["candidates"]?.arrayValue?.first?["account"]?["id"])
        let preview = try session.call("lead.convert", ["leadId": leadId, "dryRun": true])
        #expect(preview["dryRun"] == true)
        #expect(try session.call("lead.get", ["id": leadId])["status"] == "qualified")
        let done = try session.call("lead.convert", [
            "leadId": leadId, "accountId": candidate, "contact": ["role": "champion"],
            "opportunity": ["acv": .number(JSONNumber(units: 1_250_050, decimals: 2)), "currency": "EUR"],
        ])
        #expect(done["accountCreated"] == false)
        #expect(done["contact"]?["role"] == "champion")
        #expect(done["opportunity"]?["acv"]?.numberValue?.text == "12500.50")
        #expect(done["lead"]?["status"] == "converted")
        let readOnly = try #require(try session.failure("lead.update", ["id": leadId, "title": "x"]))
        #expect(readOnly["code"] == 422)
    }

    @Test("archive hides from lists until restored")
    func archive() throws {
        var session = try TestSession.demo(as: "bd.park")
        let archived = try session.call("lead.archive", ["id": "lead_1"])
        #expect(archived["archived"] == true)
        let visible = try session.call("lead.list", ["filters": [["field": "id", "op": "eq", "value": "lead_1"]]])
        #expect(visible["total"] == 0)
        let all = try session.call("lead.list", ["filters": [["field": "id", "op": "eq", "value": "lead_1"]], "includeArchived": true])
        #expect(all["total"] == 1)
        #expect(try session.call("lead.restore", ["id": "lead_1"])["archived"] == false)
    }
}
