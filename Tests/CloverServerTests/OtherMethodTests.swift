import CloverServer
import JSONRPC
import Testing

@Suite("Users, quotas, notes, settings, search, history and dashboard methods")
struct OtherMethodTests {
    @Test("a fresh store acts as admin; users are admin-managed with unique handles")
    func users() throws {
        var session = try TestSession()
        let me = try session.call("user.list")
        #expect(me["total"] == 1)
        #expect(me["items"]?.arrayValue?.first?["handle"] == "admin")
        let bd = try session.call("user.create", ["handle": "bd.lee", "name": "Lee", "role": "bd"])
        #expect(bd["role"] == "bd")
        let duplicate = try #require(try session.failure("user.create", ["handle": "bd.lee", "name": "Other", "role": "bd"]))
        #expect(duplicate["code"] == 409)
        _ = try session.call("session.setUser", ["user": "bd.lee"])
        #expect(try session.failure("user.create", ["handle": "x", "name": "x", "role": "bd"])?["code"] == 403)
        #expect(try session.call("session.setUser", ["user": "admin"])["handle"] == "admin")
        #expect(try session.failure("session.setUser", ["user": "nobody"])?["code"] == 404)
    }

    @Test("quotas: managers set them for their team; BDs may not")
    func quotas() throws {
        var manager = try TestSession.demo(as: "mgr.han")
        let quota = try manager.call("quota.create", ["userId": "user_3", "period": "2027-Q1", "amount": .number(JSONNumber(50000))])
        #expect(quota["amount"]?.numberValue?.text == "50000.00")
        #expect(quota["period"] == "2027-Q1")
        let raised = try manager.call("quota.update", ["id": quota["id"] ?? .null, "amount": .number(JSONNumber(60000))])
        #expect(raised["version"] == 2)
        var bd = try TestSession.demo(as: "bd.kim")
        #expect(try bd.failure("quota.create", ["userId": "user_3", "period": "2027-Q1", "amount": 1])?["code"] == 403)
    }

    @Test("notes: on any visible record; only the author edits (another's note is 403)")
    func notes() throws {
        var session = try TestSession.demo()
        _ = try session.call("session.setUser", ["user": "bd.park"])
        let note = try session.call("note.create", ["recordId": "lead_1", "text": "Called"])
        #expect(note["authorId"] == "user_4")
        #expect(try session.call("note.update", ["id": note["id"] ?? .null, "text": "Called twice"])["text"] == "Called twice")
        _ = try session.call("session.setUser", ["user": "mgr.han"])
        #expect(try session.call("note.get", ["id": note["id"] ?? .null])["text"] == "Called twice")
        #expect(try session.failure("note.update", ["id": note["id"] ?? .null, "text": "Edited"])?["code"] == 403)
        _ = try session.call("session.setUser", ["user": "bd.kim"])
        #expect(try session.failure("note.get", ["id": note["id"] ?? .null])?["code"] == 404)
    }

    @Test("settings: everyone reads, only admins write; an unknown time zone is invalid")
    func settings() throws {
        var session = try TestSession.demo()
        #expect(try session.call("settings.get")["baseCurrency"] == "USD")
        #expect(try session.call("settings.update", ["fiscalYearStartMonth": 4])["fiscalYearStartMonth"] == 4)
        #expect(try session.failure("settings.update", ["timezone": "Mars/Olympus"])?["code"] == -32602)
        var bd = try TestSession.demo(as: "bd.kim")
        #expect(try bd.failure("settings.update", ["fiscalYearStartMonth": 2])?["code"] == 403)
    }

    @Test("search is width- and case-insensitive; history lists every change with who and when")
    func searchAndHistory() throws {
        var session = try TestSession.demo()
        let hits = try session.call("search.global", ["q": "ＮＩＫＥ"])
        #expect(hits["hits"]?.arrayValue?.isEmpty == false)
        _ = try session.call("opportunity.update", ["id": "opp_4", "closeDate": "2027-03-01"])
        let history = try session.call("record.history", ["id": "opp_4"])
        let entries = try #require(history["entries"]?.arrayValue)
        #expect(entries.last?["operation"] == "opportunity.update")
        #expect(entries.last?["by"] == "user_1")
        #expect(entries.last?["record"]?["closeDate"] == "2027-03-01")
    }

    @Test("dashboard: summary, pipeline, forecast, quarterly and the three charts answer on the demo")
    func dashboard() throws {
        var session = try TestSession.demo()
        let summary = try session.call("dashboard.summary")
        #expect(summary["quarter"] == "2026-Q4")
        #expect(summary["totalPipeline"]?["count"]?.numberValue != nil)
        #expect(try session.call("dashboard.pipeline")["stages"]?.arrayValue?.count == 6)
        #expect(try session.call("dashboard.forecast")["categories"]?.arrayValue?.count == 5)
        #expect(try session.call("dashboard.quarterly", ["quarters": 4])["quarters"]?.arrayValue?.count == 4)
        for kind in ["pipeline", "forecast", "quarterly"] {
            let chart = try session.call("dashboard.chart", ["kind": .string(kind)])
            #expect(chart["svg"]?.stringValue?.hasPrefix("<svg") == true)
        }
        #expect(try session.failure("dashboard.summary", ["quarter": "Q5"])?["code"] == -32602)
        var bd = try TestSession.demo(as: "bd.kim")
        #expect(try bd.failure("dashboard.summary", ["scope": "user_4"])?["code"] == 404)
    }

    @Test("server.info counts what the acting user can see")
    func counts() throws {
        var admin = try TestSession.demo()
        var bd = try TestSession.demo(as: "bd.kim")
        let all = try admin.call("server.info")["recordCounts"]
        let mine = try bd.call("server.info")["recordCounts"]
        #expect(all?["lead"] == 11)
        #expect((mine?["lead"]?.numberValue?.int64 ?? 99) < 11)
    }

    @Test("list pages: cursor continues, limit is enforced by the schema, sort by any field")
    func paging() throws {
        var session = try TestSession.demo()
        let first = try session.call("opportunity.list", ["limit": 5, "sort": [["field": "acv", "direction": "desc"]]])
        #expect(first["items"]?.arrayValue?.count == 5)
        let cursor = try #require(first["nextCursor"]?.stringValue)
        let second = try session.call("opportunity.list", ["limit": 5, "sort": [["field": "acv", "direction": "desc"]], "cursor": .string(cursor)])
        #expect(second["items"]?.arrayValue?.first?["id"] != first["items"]?.arrayValue?.first?["id"])
        #expect(try session.failure("opportunity.list", ["limit": 501])?["code"] == -32602)
        #expect(try session.failure("opportunity.list", ["filters": [["field": "colour", "op": "eq", "value": 1]]])?["code"] == -32602)
    }
}

@Suite("List size cap")
struct ListCapTests {
    @Test("a page that would pass ~1 MiB is cut, marked truncated, and its cursor continues without a gap")
    func truncated() throws {
        var session = try TestSession()
        let notes = JSONValue.string(String(repeating: "n", count: 9_000))
        for index in 0..<150 {
            _ = try session.call("lead.create", ["name": .string("Lead \(index)"), "notes": notes])
        }
        let first = try session.call("lead.list", ["limit": 500])
        let firstItems = try #require(first["items"]?.arrayValue)
        #expect(first["truncated"] == true)
        #expect(first["total"] == 150)
        #expect(firstItems.count < 150 && firstItems.count > 50)
        #expect(first.jsonText.utf8.count <= 1 << 20)
        let cursor = try #require(first["nextCursor"]?.stringValue)
        let second = try session.call("lead.list", ["limit": 500, "cursor": .string(cursor)])
        let secondItems = try #require(second["items"]?.arrayValue)
        #expect(second["truncated"] == false)
        let ids = Set((firstItems + secondItems).compactMap { $0["id"]?.stringValue })
        #expect(ids.count == 150)
    }
}
