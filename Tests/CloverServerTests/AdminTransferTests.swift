import CloverServer
import JSONRPC
import Testing

/// `admin.export` / `admin.import` in JSON: the document moves every record between instances unchanged.
@Suite("Admin export and import (JSON)")
struct AdminTransferTests {
    static func demoDocument() throws -> JSONValue {
        var demo = try TestSession.demo()
        return try demo.call("admin.export", ["format": "json"])
    }

    @Test("demo → export → import into a fresh store → export gives identical records and settings")
    func roundTrip() throws {
        let document = try Self.demoDocument()
        #expect(document["format"] == "json" && document["version"] == 1)
        var fresh = try TestSession()
        let report = try fresh.call("admin.import", ["format": "json", "data": document])
        let total = document["records"]?.objectValue?.reduce(0) { $0 + ($1.value.arrayValue?.count ?? 0) }
        #expect(report["imported"] == JSONValue(total ?? -1))
        #expect(report["errors"] == [])
        let again = try fresh.call("admin.export", ["format": "json"])
        #expect(again["records"] == document["records"])
        #expect(again["settings"] == document["settings"])
        // Derived state rebuilt from the imported records: the dashboard agrees with the source.
        var demo = try TestSession.demo()
        #expect(try fresh.call("dashboard.summary") == (try demo.call("dashboard.summary")))
    }

    @Test("the document may also be passed as text; id sequences continue after the imported ids")
    func sequencesContinue() throws {
        let document = try Self.demoDocument()
        let leads = try #require(document["records"]?["leads"]?.arrayValue)
        let highest = leads.compactMap { $0["id"]?.stringValue?.split(separator: "_").last.flatMap { Int($0) } }.max() ?? 0
        var fresh = try TestSession()
        _ = try fresh.call("admin.import", ["format": "json", "data": .string(document.jsonText)])
        let lead = try fresh.call("lead.create", ["name": "After the import"])
        #expect(lead["id"] == .string("lead_\(highest + 1)"))
    }

    @Test("importing a store's own export again changes nothing")
    func idempotent() throws {
        let document = try Self.demoDocument()
        var demo = try TestSession.demo()
        let report = try demo.call("admin.import", ["format": "json", "data": document])
        #expect(report["imported"] == 0)
        let total = document["records"]?.objectValue?.reduce(0) { $0 + ($1.value.arrayValue?.count ?? 0) } ?? -1
        #expect(report["skipped"] == JSONValue(total))
        #expect(try demo.call("admin.export", ["format": "json"]) == document)
    }

    @Test("ids already taken are refused together, with paths, and nothing is imported")
    func conflicts() throws {
        let document = try Self.demoDocument()
        var store = try TestSession()
        _ = try store.call("lead.create", ["name": "Already here"])
        let error = try #require(try store.failure("admin.import", ["format": "json", "data": document]))
        #expect(error["code"] == 409)
        let paths = error["data"]?["errors"]?.arrayValue?.compactMap { $0["path"]?.stringValue } ?? []
        #expect(paths.contains("$.data.records.users[0].id"))
        #expect(paths.contains("$.data.records.leads[0].id"))
        #expect(try store.call("lead.list")["total"] == 1)
        #expect(try store.call("account.list")["total"] == 0)
    }

    @Test("malformed records are invalid params naming each path; a dry run changes nothing")
    func malformedAndDryRun() throws {
        var store = try TestSession()
        let bad: JSONValue = ["format": "json", "version": 1, "records": [
            "leads": [["id": "lead_1", "name": "No owner"]],
            "contacts": [],
        ]]
        let error = try #require(try store.failure("admin.import", ["format": "json", "data": bad]))
        #expect(error["code"] == -32602)
        #expect(error["data"]?["errors"]?.arrayValue?.first?["path"] != nil)
        let document = try Self.demoDocument()
        let report = try store.call("admin.import", ["format": "json", "data": document, "dryRun": true])
        #expect(report["dryRun"] == true)
        #expect((report["imported"]?.numberValue?.int64 ?? 0) > 0)
        #expect(try store.call("lead.list")["total"] == 0)
    }

    @Test("a JSON export of 1,000 records or more sends admin.progress every 1,000 and at the end")
    func exportProgress() throws {
        var session = try TestSession()
        var text = "name\n"
        for row in 1...1_200 { text += "Lead \(row)\n" }
        _ = try session.call("admin.import", ["format": "csv", "object": "lead", "data": .string(text)])
        _ = try session.call("admin.export", ["format": "json"])
        let progress = session.notifications.filter { $0["method"] == "admin.progress" }
        #expect(progress.map { $0["params"]?["done"] } == [1_000, 1_201])  // 1,200 leads and the admin
        #expect(progress.allSatisfy { $0["params"]?["operation"] == "admin.export" && $0["params"]?["total"] == 1_201 })
    }

    @Test("export and import are admin only", arguments: ["bd.kim", "mgr.han"])
    func adminOnly(user: String) throws {
        var session = try TestSession.demo(as: user)
        #expect(try session.failure("admin.export", ["format": "json"])?["code"] == 403)
        #expect(try session.failure("admin.export", ["format": "csv", "object": "lead"])?["code"] == 403)
        #expect(try session.failure("admin.import", ["format": "csv", "object": "lead", "data": "name\nX\n"])?["code"] == 403)
    }

    @Test("csv export needs an object")
    func csvNeedsObject() throws {
        var session = try TestSession.demo()
        let error = try session.failure("admin.export", ["format": "csv"])
        #expect(error?["code"] == -32602)
        #expect(error?["data"]?["errors"]?.arrayValue?.first?["path"] == "$.object")
    }
}
