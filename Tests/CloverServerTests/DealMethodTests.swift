import CloverServer
import JSONRPC
import Testing

@Suite("Opportunity, licence and account methods")
struct DealMethodTests {
    @Test("money is exact: 2-decimal text in and out, tcv derived, more decimals refused")
    func money() throws {
        var session = try TestSession.demo(as: "bd.park")
        let deal = try session.call("deal.create", [
            "name": "Exact", "accountId": "acct_1", "acv": .number(JSONNumber(units: 1_000_010, decimals: 2)), "termYears": 3,
            "oneTimeFees": .number(JSONNumber(units: 99, decimals: 2)),
        ])
        #expect(deal["acv"]?.numberValue?.text == "10000.10")
        #expect(deal["tcv"]?.numberValue?.text == "30001.29")
        #expect(deal["forecastCategory"] == "pipeline")
        #expect(deal["probability"] == 10)
        let error = try #require(try session.failure("opportunity.create", ["name": "x", "accountId": "acct_1", "acv": .number(JSONNumber(1.005))]))
        #expect(error["code"] == -32602)
    }

    @Test("the first win creates one licence request and notifies the host after the answer; reopening and winning again does not")
    func licenseNotification() throws {
        var session = try TestSession.demo(as: "bd.park")
        let won = try session.call("opportunity.changeStage", ["id": "opp_2", "stage": "won"])
        #expect(won["forecastCategory"] == "closed")
        #expect(session.notifications.count == 1)
        let notification = try #require(session.notifications.first)
        #expect(notification["method"] == "license.requested")
        #expect(notification["id"] == nil)
        #expect(notification["params"]?["opportunityId"] == "opp_2")
        #expect(notification["params"]?["status"] == "requested")
        let lostWithoutReason = try #require(try session.failure("opportunity.changeStage", ["id": "opp_4", "stage": "lost"]))
        #expect(lostWithoutReason["data"]?["errors"]?.arrayValue?.first?["path"] == "$.lostReason")
        let forbidden = try #require(try session.failure("opportunity.reopen", ["id": "opp_2"]))
        #expect(forbidden["code"] == 403)
        var manager = try TestSession.demo(as: "mgr.han")
        _ = try manager.call("deal.changeStage", ["id": "opp_2", "stage": "won"])
        _ = try manager.call("deal.reopen", ["id": "opp_2", "stage": "negotiation"])
        _ = try manager.call("deal.changeStage", ["id": "opp_2", "stage": "won"])
        #expect(manager.notifications.isEmpty)
        let requests = try manager.call("license.list", ["filters": [["field": "opportunityId", "op": "eq", "value": "opp_2"]]])
        #expect(requests["total"] == 1)
        let closed = try #require(try manager.failure("deal.changeStage", ["id": "opp_2", "stage": "proposal"]))
        #expect(closed["code"] == 422)
    }

    @Test("licence requests: a BD may not acknowledge; a manager acknowledges, then cannot acknowledge twice")
    func licenses() throws {
        var bd = try TestSession.demo(as: "bd.park")
        #expect(try bd.failure("license.acknowledge", ["id": "lic_2"])?["code"] == 403)
        var manager = try TestSession.demo(as: "mgr.han")
        #expect(try manager.call("license.acknowledge", ["id": "lic_2"])["status"] == "acknowledged")
        #expect(try manager.failure("license.acknowledge", ["id": "lic_2"])?["code"] == 422)
        #expect(try manager.call("license.cancel", ["id": "lic_2"])["status"] == "cancelled")
    }

    @Test("account.create refuses a likely duplicate with 300 and candidates; allowDuplicate creates it")
    func duplicates() throws {
        var session = try TestSession.demo()
        let existing = try session.call("account.get", ["id": "acct_1"])
        let name = JSONValue.string((existing["name"]?.stringValue ?? "") + " GmbH")
        let refused = try #require(try session.failure("account.create", ["name": name]))
        #expect(refused["code"] == 300)
        #expect(refused["data"]?["candidates"]?.arrayValue?.first?["account"]?["id"] == "acct_1")
        let found = try session.call("account.findDuplicates", ["name": name])
        #expect(found["candidates"]?.arrayValue?.isEmpty == false)
        #expect(try session.call("account.create", ["name": name, "allowDuplicate": true])["name"] == name)
    }

    @Test("account panel gathers the account's records and figures; seatsUsed above seats is a warning")
    func panel() throws {
        var session = try TestSession.demo(as: "bd.park")
        let panel = try session.call("account.panel", ["id": "acct_1"])
        #expect(panel["account"]?["id"] == "acct_1")
        #expect(panel["opportunities"]?.arrayValue?.isEmpty == false)
        #expect(panel["openPipeline"]?["currency"] == "USD")
        let updated = try session.call("account.update", ["id": "acct_1", "seats": 2, "seatsUsed": 5])
        #expect(updated["warnings"]?.arrayValue?.first?["path"] == "$.seatsUsed" || updated["warnings"]?.arrayValue?.isEmpty == false)
    }

    @Test("a DnI user reads the account but may not change it (403)")
    func dniReadOnly() throws {
        var admin = try TestSession.demo()
        let account = try admin.call("account.get", ["id": "acct_1"])
        let dni = try #require(account["dniUserId"]?.stringValue)
        let handle = try #require(try admin.call("user.get", ["id": .string(dni)])["handle"]?.stringValue)
        var session = try TestSession.demo(as: handle)
        #expect(try session.call("account.get", ["id": "acct_1"])["id"] == "acct_1")
        #expect(try session.failure("account.update", ["id": "acct_1", "plan": "x"])?["code"] == 403)
    }
}
