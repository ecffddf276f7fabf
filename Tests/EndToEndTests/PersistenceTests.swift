import Foundation
import JSONRPC
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The data directory as a host experiences it: restarts, the lock, read-only opens, damage and a full disk.
@Suite("Persistence over stdio")
struct PersistenceTests {
    static func dataDirectory() -> String {
        NSTemporaryDirectory() + "clover-e2e-\(UUID().uuidString)"
    }

    static func createLead(_ server: ServerProcess, id: Int, name: String, notes: String? = nil) throws -> JSONValueBox {
        var params: JSONObject = ["name": .string(name), "source": "event"]
        if let notes { params["notes"] = .string(notes) }
        server.send((["jsonrpc": "2.0", "id": JSONValue(id), "method": "lead.create", "params": .object(params)] as JSONValue).jsonText)
        return try server.readJSON()
    }

    @Test("acknowledged writes survive a restart; the files are private")
    func restart() throws {
        let directory = Self.dataDirectory()
        let first = try ServerProcess(["--data-dir", directory])
        let created = try Self.createLead(first, id: 1, name: "나이키 코리아 담당자")
        let leadID = try #require(created["result"]?["id"])
        first.closeInput()
        #expect(first.waitForExit() == 0)
        let second = try ServerProcess(["--data-dir", directory])
        second.send((["jsonrpc": "2.0", "id": 2, "method": "lead.get", "params": ["id": leadID]] as JSONValue).jsonText)
        #expect(try second.readJSON()["result"]?["name"] == "나이키 코리아 담당자")
        second.closeInput()
        #expect(second.waitForExit() == 0)
        let permissions = try FileManager.default.attributesOfItem(atPath: directory)[.posixPermissions] as? Int
        #expect(permissions == 0o700)
        for file in try FileManager.default.contentsOfDirectory(atPath: directory) {
            let mode = try FileManager.default.attributesOfItem(atPath: directory + "/" + file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file)")
        }
    }

    @Test("a second process on the same data dir exits 75 naming it and the holder; --read-only reads and answers writes 423")
    func lockAndReadOnly() throws {
        let directory = Self.dataDirectory()
        let holder = try ServerProcess(["--data-dir", directory])
        _ = try Self.createLead(holder, id: 1, name: "Hugo Boss buyer")
        let second = try ServerProcess(["--data-dir", directory])
        second.closeInput()
        #expect(second.waitForExit() == 75)
        let message = second.standardError()
        #expect(message.contains(directory) && message.contains("pid \(holder.process.processIdentifier)"), "\(message)")

        let reader = try ServerProcess(["--data-dir", directory, "--read-only"])
        reader.send(#"{"jsonrpc":"2.0","id":1,"method":"lead.list","params":{"limit":5}}"#)
        #expect(try reader.readJSON()["result"]?["total"] == 1)
        let refused = try Self.createLead(reader, id: 2, name: "not allowed")
        #expect(refused.errorCode == 423)
        #expect(refused.errorKind == "read_only")
        reader.closeInput()
        #expect(reader.waitForExit() == 0)
        holder.closeInput()
        #expect(holder.waitForExit() == 0)
    }

    @Test("a damaged journal refuses to start (exit 65, file and line named); --repair moves it aside and keeps the valid prefix")
    func damagedJournal() throws {
        let directory = Self.dataDirectory()
        let writer = try ServerProcess(["--data-dir", directory, "--snapshot-every", "1000000"])
        for index in 1...5 { _ = try Self.createLead(writer, id: index, name: "lead \(index)") }
        writer.signal(SIGKILL)  // no final snapshot: the journal holds everything
        _ = writer.waitForExit()
        let journal = directory + "/journal.ndjson"
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: journal)))
        let starts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        bytes[starts[2] + 10] ^= 0x01  // damage line 3 of 6 (the admin's line comes first)
        try Data(bytes).write(to: URL(fileURLWithPath: journal))

        let refused = try ServerProcess(["--data-dir", directory])
        refused.closeInput()
        #expect(refused.waitForExit() == 65)
        let message = refused.standardError()
        #expect(message.contains("journal.ndjson") && message.contains("line 3") && message.contains("--repair"), "\(message)")

        let repaired = try ServerProcess(["--data-dir", directory, "--repair"])
        repaired.send(#"{"jsonrpc":"2.0","id":1,"method":"lead.list","params":{"limit":50}}"#)
        #expect(try repaired.readJSON()["result"]?["total"] == 1)
        repaired.closeInput()
        #expect(repaired.waitForExit() == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).contains { $0.hasPrefix("journal.ndjson.damaged-") })
    }

    @Test("a write that cannot be made durable (file size limit) is answered 507, is not visible, and reads keep working")
    func diskFull() throws {
        let directory = Self.dataDirectory()
        // Ignored SIGXFSZ stays ignored across exec, so the limit shows up as EFBIG from write(2).
        let server = try ServerProcess(["--data-dir", directory, "--snapshot-every", "1000000"], shellPrefix: "trap '' XFSZ; ulimit -f 64")
        let big = String(repeating: "메모", count: 2_000)
        var acknowledged: [JSONValue] = []
        var failure: JSONValueBox? = nil
        for index in 1...40 {
            let answer = try Self.createLead(server, id: index, name: "filler \(index)", notes: big)
            if answer.errorCode != nil {
                failure = answer
                break
            }
            acknowledged.append(try #require(answer["result"]?["id"]))
        }
        let refused = try #require(failure, "the 64 KiB limit was never reached")
        #expect(refused.errorCode == 507)
        #expect(refused.errorKind == "storage_failure")
        #expect(refused.value["error"]?["data"]?["reason"] == "file_too_large")
        server.send(#"{"jsonrpc":"2.0","id":100,"method":"lead.list","params":{"limit":500}}"#)
        let list = try server.readJSON()
        #expect(list["result"]?["total"] == JSONValue(acknowledged.count), "memory matches disk: the refused lead is not there")
        server.signal(SIGKILL)
        _ = server.waitForExit()
        let reopened = try ServerProcess(["--data-dir", directory])
        reopened.send(#"{"jsonrpc":"2.0","id":1,"method":"lead.list","params":{"limit":500}}"#)
        #expect(try reopened.readJSON()["result"]?["total"] == JSONValue(acknowledged.count))
        reopened.closeInput()
        #expect(reopened.waitForExit() == 0)
    }
}

extension PersistenceTests {
    @Test("pipelined writes (prepared on the second thread) past the file size limit: each answered or 507, and disk, memory and answers agree")
    func diskFullPipelined() throws {
        let directory = Self.dataDirectory()
        let server = try ServerProcess(["--data-dir", directory, "--snapshot-every", "1000000"], shellPrefix: "trap '' XFSZ; ulimit -f 64")
        // 600 requests in one write: reads of many lines, so they go through the line pipeline,
        // in groups larger than a journal encoder batch, so they are encoded on its thread.
        let count = 600
        let notes = String(repeating: "note ", count: 200)
        let requests = (1...count).map { index -> String in
            let params: JSONObject = ["name": .string("pipelined \(index)"), "source": "event", "notes": .string(notes)]
            return (["jsonrpc": "2.0", "id": JSONValue(index), "method": "lead.create", "params": .object(params)] as JSONValue).jsonText
        }
        server.write(Array((requests.joined(separator: "\n") + "\n").utf8))
        var acknowledged = 0, refused = 0
        for _ in 1...count {
            let answer = try server.readJSON()
            if answer["result"]?["id"] != nil {
                acknowledged += 1
            } else {
                #expect(answer.errorCode == 507, "\(answer.value)")
                refused += 1
            }
        }
        #expect(refused > 0, "the 64 KiB limit was never reached")
        #expect(acknowledged + refused == count)
        try Self.expectLeads(acknowledged, in: server, andOnDiskIn: directory)
    }

    @Test("a won deal that cannot be made durable answers 507 and sends no license.requested")
    func failedWriteSendsNoNotification() throws {
        let directory = Self.dataDirectory()
        let seed = try ServerProcess(["--data-dir", directory, "--demo", "--now", ServerProcess.frozenNow])
        seed.send(#"{"jsonrpc":"2.0","id":1,"method":"server.shutdown"}"#)
        _ = try seed.readJSON()
        #expect(seed.waitForExit() == 0)  // the demo is now in the snapshot; the journal is empty

        // One 1 KiB block: the deal's journal line (record, stage history, license request) does not fit.
        let server = try ServerProcess(["--data-dir", directory, "--now", ServerProcess.frozenNow], shellPrefix: "trap '' XFSZ; ulimit -f 1")
        server.send(#"{"jsonrpc":"2.0","id":2,"method":"opportunity.changeStage","params":{"id":"opp_6","stage":"won"}}"#)
        let refused = try server.readJSON()
        #expect(refused["id"] == 2)
        #expect(refused.errorCode == 507)
        // Asked after the refusal arrived, so in a later group: it must see the durable state.
        server.send(#"{"jsonrpc":"2.0","id":3,"method":"opportunity.get","params":{"id":"opp_6"}}"#)
        let next = try server.readJSON()
        #expect(next["method"] == nil, "a notification leaked from the refused write: \(next.text)")
        #expect(next["result"]?["stage"] == "negotiation", "memory matches disk: the deal is not won")
        server.closeInput()
        _ = server.waitForExit()
    }
}

extension PersistenceTests {
    @Test("through MCP, a write that cannot be made durable is an isError tool result, and nothing changed")
    func failedToolCall() throws {
        let directory = Self.dataDirectory()
        let seed = try ServerProcess(["--data-dir", directory, "--demo", "--now", ServerProcess.frozenNow])
        seed.send(#"{"jsonrpc":"2.0","id":1,"method":"server.shutdown"}"#)
        _ = try seed.readJSON()
        #expect(seed.waitForExit() == 0)

        let server = try ServerProcess(["--data-dir", directory, "--now", ServerProcess.frozenNow], shellPrefix: "trap '' XFSZ; ulimit -f 1")
        server.send(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{}}}"#)
        _ = try server.readJSON()
        server.send(#"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"deal_change_stage","arguments":{"id":"opp_6","stage":"won"}}}"#)
        let refused = try server.readJSON()
        #expect(refused["id"] == 2)
        #expect(refused["result"]?["isError"] == true, "\(refused.text)")
        let text = refused["result"]?["content"]?.arrayValue?.first?["text"]?.stringValue ?? ""
        #expect(text.contains("could not be made durable") && text.contains("Nothing was changed"), "\(text)")
        server.send(#"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"deal_get","arguments":{"id":"opp_6"}}}"#)
        let next = try server.readJSON()
        #expect(next["result"]?["structuredContent"]?["stage"] == "negotiation", "memory matches disk: \(next.text.prefix(200))")
        server.closeInput()
        _ = server.waitForExit()
    }
}

extension PersistenceTests {
    /// Reads `count` answers and sorts them by id: "ok", "507" or "error", in the order each id was
    /// answered (an id answered twice shows up twice). Answers open with {"jsonrpc":"2.0","id":N,
    /// so the id is read without parsing the whole answer (rpc.discover's is ~440 KB).
    static func answerKinds(_ server: ServerProcess, count: Int) throws -> [Int: [String]] {
        var answers: [Int: [String]] = [:]
        for _ in 0..<count {
            let line = try #require(server.readLine(timeout: 20))
            let id = try #require(Int(line.dropFirst(22).prefix { $0.isNumber }))
            answers[id, default: []].append(line.contains(#""error":{"code":507"#) ? "507" : line.contains(#""error""#) ? "error" : "ok")
        }
        return answers
    }

    /// Sends `lines` as one read and sorts their answers as `answerKinds` does, checking that no id
    /// was answered twice.
    static func answersToOneRead(_ lines: [String], from server: ServerProcess) throws -> [Int: [String]] {
        try server.writeAsOneRead(Array((lines.joined(separator: "\n") + "\n").utf8))
        let answers = try answerKinds(server, count: lines.count)
        #expect(answers.values.allSatisfy { $0.count == 1 }, "answered more than once: \(answers.filter { $0.value.count > 1 })")
        return answers
    }

    /// A server on `directory` whose files may not grow past 20 KiB.
    static func serverWithJournalLimit(_ directory: String) throws -> ServerProcess {
        try ServerProcess(["--data-dir", directory, "--snapshot-every", "1000000", "--now", ServerProcess.frozenNow],
                          shellPrefix: "trap '' XFSZ; ulimit -f 20")
    }

    /// The start of one read: 32 creates (ids 1–32, with `notes`), then enough rpc.discover answers
    /// (~440 KB each, ids 101–112) to pass the loop's 4 MB early flush, which hands the 32 to the
    /// committing thread while the rest of the read is answered.
    static func groupHandedOverEarly(notes: String?) -> [String] {
        let notesMember = notes.map { #","notes":"\#($0)""# } ?? ""
        return (1...32).map { #"{"jsonrpc":"2.0","id":\#($0),"method":"lead.create","params":{"name":"Lead \#($0)"\#(notesMember)}}"# }
            + (101...112).map { #"{"jsonrpc":"2.0","id":\#($0),"method":"rpc.discover"}"# }
    }

    /// `total` leads in memory (asked of `server`, which is then killed) and on disk (a fresh
    /// server on `directory`): memory matched the answers, and disk matches memory.
    static func expectLeads(_ total: Int, in server: ServerProcess, andOnDiskIn directory: String) throws {
        server.send(#"{"jsonrpc":"2.0","id":9000,"method":"lead.list","params":{"limit":1}}"#)
        #expect(try server.readJSON()["result"]?["total"] == JSONValue(total), "leads in memory")
        server.signal(SIGKILL)
        _ = server.waitForExit()
        let reopened = try ServerProcess(["--data-dir", directory])
        reopened.send(#"{"jsonrpc":"2.0","id":1,"method":"lead.list","params":{"limit":1}}"#)
        #expect(try reopened.readJSON()["result"]?["total"] == JSONValue(total), "leads on disk")
        reopened.closeInput()
        #expect(reopened.waitForExit() == 0)
    }
}

extension PersistenceTests {
    @Test("a write lost inside server.snapshot, while a pipelined group is still being committed, is answered 507 alone: the group's answers go out once")
    func lostWriteBesideCommittingGroup() throws {
        let directory = Self.dataDirectory()
        // The 32 small creates fit in 20 KiB, the one with 9,000 characters of notes does not,
        // and server.snapshot syncs it.
        let server = try Self.serverWithJournalLimit(directory)
        var lines = Self.groupHandedOverEarly(notes: nil)
        lines.append(#"{"jsonrpc":"2.0","id":200,"method":"lead.create","params":{"name":"Too big","notes":"\#(String(repeating: "n", count: 9_000))"}}"#)
        lines.append(#"{"jsonrpc":"2.0","id":201,"method":"server.snapshot"}"#)
        let answers = try Self.answersToOneRead(lines, from: server)
        #expect((1...32).allSatisfy { answers[$0] == ["ok"] })
        #expect(answers[200] == ["507"])
        #expect(answers[201] == ["507"] || answers[201] == ["error"])
        try Self.expectLeads(32, in: server, andOnDiskIn: directory)
    }
}

extension PersistenceTests {
    @Test("after a pipelined group fails in the background, nothing later in the read reaches disk, server.snapshot included")
    func nothingWrittenAfterALostGroup() throws {
        let directory = Self.dataDirectory()
        // 32 creates of ~9 KB each cannot be written under 20 KiB; the rest of the read is answered
        // on top of them before their failure is known: a small create, then two snapshots.
        let server = try Self.serverWithJournalLimit(directory)
        var lines = Self.groupHandedOverEarly(notes: String(repeating: "n", count: 9_000))
        lines.append(#"{"jsonrpc":"2.0","id":200,"method":"lead.create","params":{"name":"Small"}}"#)
        lines.append(#"{"jsonrpc":"2.0","id":201,"method":"server.snapshot"}"#)
        lines.append(#"{"jsonrpc":"2.0","id":202,"method":"server.snapshot"}"#)
        let answers = try Self.answersToOneRead(lines, from: server)
        #expect((1...32).allSatisfy { answers[$0] == ["507"] })
        #expect(answers[200] == ["507"])
        #expect(answers[201] != ["ok"] && answers[202] != ["ok"])
        try Self.expectLeads(0, in: server, andOnDiskIn: directory)
    }
}

extension PersistenceTests {
    @Test("a write that server.snapshot made durable keeps its answer when a later write of the same read is lost")
    func durableBeforeTheLoss() throws {
        let directory = Self.dataDirectory()
        // 8 KiB: the small create and the snapshot fit; 9,000 characters of notes do not.
        let server = try ServerProcess(["--data-dir", directory, "--now", ServerProcess.frozenNow], shellPrefix: "trap '' XFSZ; ulimit -f 8")
        try server.writeAsOneRead(Array([
            #"{"jsonrpc":"2.0","id":1,"method":"lead.create","params":{"name":"Kept"}}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"server.snapshot"}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"lead.create","params":{"name":"Lost","notes":"\#(String(repeating: "n", count: 9_000))"}}"#,
        ].joined(separator: "\n").utf8) + [0x0A])
        let kept = try server.readJSON(), snapshot = try server.readJSON(), lost = try server.readJSON()
        #expect(kept["id"] == 1 && kept["result"]?["name"] == "Kept", "\(kept.value)")
        #expect(snapshot["id"] == 2 && snapshot["result"]?["written"] == true, "\(snapshot.value)")
        #expect(lost["id"] == 3 && lost.errorCode == 507, "\(lost.value)")
        try Self.expectLeads(1, in: server, andOnDiskIn: directory)
    }
}
