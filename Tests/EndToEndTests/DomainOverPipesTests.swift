import Foundation
import JSONRPC
import Testing

/// The domain as a host sees it through the binary: acting user at start-up, and the
/// `license.requested` notification written after the answer that caused it.
@Suite("Domain over stdio")
struct DomainOverPipesTests {
    static let demo = ["--in-memory", "--demo", "--now", ServerProcess.frozenNow]

    @Test("winning a deal: the answer, then a license.requested notification line")
    func licenseNotification() throws {
        let server = try ServerProcess(Self.demo + ["--user", "bd.park"])
        server.send(#"{"jsonrpc":"2.0","id":1,"method":"deal.changeStage","params":{"id":"opp_2","stage":"won"}}"#)
        let answer = try server.readJSON()
        #expect(answer["id"] == 1)
        #expect(answer["result"]?["stage"] == "won")
        let notification = try server.readJSON()
        #expect(notification["method"] == "license.requested")
        #expect(notification["id"] == nil)
        #expect(notification["params"]?["opportunityId"] == "opp_2")
        server.send(#"{"jsonrpc":"2.0","id":2,"method":"lead.get","params":{"id":"lead_1"}}"#)
        #expect(try server.readJSON()["id"] == 2)
        server.closeInput()
        #expect(server.waitForExit() == 0)
    }

    @Test("an unknown --user is a start-up error naming the known handles (exit 64)")
    func unknownUser() throws {
        let server = try ServerProcess(Self.demo + ["--user", "bd.nobody"])
        server.closeInput()
        let output = server.readRemainingLines()
        let errors = server.standardError()
        #expect(server.waitForExit() == 64)
        #expect(output.isEmpty)
        #expect(errors.contains("bd.nobody"))
        #expect(errors.contains("bd.kim"))
    }

    @Test("CLOVER_CRM_USER picks the acting user")
    func environmentUser() throws {
        let server = try ServerProcess(Self.demo, environment: ["CLOVER_CRM_USER": "bd.kim"])
        server.send(#"{"jsonrpc":"2.0","id":1,"method":"lead.get","params":{"id":"lead_1"}}"#)
        #expect(try server.readJSON()["error"]?["code"] == 404)
        server.closeInput()
        #expect(server.waitForExit() == 0)
    }
}
