import Foundation
import JSONRPC
import Testing

/// `admin.export` → `admin.import` through the real binary: the import is durable, survives a
/// restart (journal replay and snapshot), and the store then exports the same records.
@Suite("Export and import over stdio")
struct TransferTests {
    static func request(_ id: Int, _ method: String, _ params: JSONObject) -> String {
        (["jsonrpc": "2.0", "id": JSONValue(id), "method": .string(method), "params": .object(params)] as JSONValue).jsonText
    }

    @Test("demo export → import into a data dir → restart → the same records, new ids continue; read-only refuses imports (423)")
    func roundTripThroughRestart() throws {
        let source = try ServerProcess(["--in-memory", "--demo", "--now", ServerProcess.frozenNow])
        source.send(Self.request(1, "admin.export", ["format": "json"]))
        let document = try #require(try source.readJSON()["result"])
        source.closeInput()
        #expect(source.waitForExit() == 0)

        let directory = NSTemporaryDirectory() + "clover-e2e-\(UUID().uuidString)"
        let target = try ServerProcess(["--data-dir", directory, "--now", ServerProcess.frozenNow])
        target.send(Self.request(1, "admin.import", ["format": "json", "data": document]))
        let report = try target.readJSON()
        #expect(report["error"] == nil, "\(report.text.prefix(500))")
        target.closeInput()
        #expect(target.waitForExit() == 0)

        for round in 1...2 {  // the first restart replays what shutdown wrote; the second reads it again
            let reopened = try ServerProcess(["--data-dir", directory, "--now", ServerProcess.frozenNow])
            reopened.send(Self.request(1, "admin.export", ["format": "json"]))
            let again = try #require(try reopened.readJSON()["result"])
            #expect(again["records"] == document["records"], "round \(round)")
            #expect(again["settings"] == document["settings"], "round \(round)")
            reopened.closeInput()
            #expect(reopened.waitForExit() == 0)
        }

        let last = try ServerProcess(["--data-dir", directory, "--now", ServerProcess.frozenNow])
        last.send(Self.request(1, "lead.create", ["name": "After the move"]))
        let leads = document["records"]?["leads"]?.arrayValue?.count ?? 0
        #expect(try last.readJSON()["result"]?["id"] == .string("lead_\(leads + 1)"))
        last.closeInput()
        #expect(last.waitForExit() == 0)

        let reader = try ServerProcess(["--data-dir", directory, "--read-only", "--now", ServerProcess.frozenNow])
        reader.send(Self.request(1, "admin.import", ["format": "csv", "object": "lead", "data": "name\nRefused\n"]))
        #expect(try reader.readJSON().errorCode == 423)
        reader.send(Self.request(2, "admin.import", ["format": "csv", "object": "lead", "data": "name\nChecked\n", "dryRun": true]))
        #expect(try reader.readJSON()["result"]?["imported"] == 1, "a dry run reads only, so a read-only server answers it")
        reader.closeInput()
        #expect(reader.waitForExit() == 0)
    }
}
