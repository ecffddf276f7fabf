@testable import CloverServer
import Foundation
import Glossary
import JSONRPC
import Testing

/// Large strict groups are made durable on the committing thread, which writes their answers;
/// groups with snapshot work due are settled in place, so pipelining never postpones snapshots.
@Suite("Background group commit")
struct BackgroundCommitTests {
    /// A session on a fresh data directory whose background answers go to a file; the file's path.
    static func session(snapshotEvery: Int) throws -> (CloverSession, released: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("clover-commit-\(UUID().uuidString)").path
        let options = try CommandLineParser.parse(["--data-dir", directory, "--snapshot-every", String(snapshotEvery), "--now", "2026-11-22T09:00:00Z"],
                                                  environment: [:])
        var session = try CloverSession(options: options, log: Log(level: .error), glossary: GlossarySource(try TestSession.glossary()))
        let released = directory + "-released"
        session.answerRelease = AnswerRelease(descriptor: open(released, O_WRONLY | O_CREAT | O_TRUNC, 0o600))
        return (session, released)
    }

    /// Answers 40 creates as one read, then settles them.
    static func answerGroup(_ session: inout CloverSession, output: inout JSONWriter) {
        for id in 1...40 {
            let line = #"{"jsonrpc":"2.0","id":\#(id),"method":"lead.create","params":{"name":"Lead \#(id)"}}"#
            Array(line.utf8).withUnsafeBytes { session.receive(line: $0, output: &output) }
        }
        session.settle(output: &output)
    }

    static func lineCount(_ bytes: [UInt8]) -> Int { bytes.filter { $0 == UInt8(ascii: "\n") }.count }

    @Test("a group of 40 writes is handed over, and its answers are written by the committing thread once it is durable")
    func handedOver() throws {
        var (session, released) = try Self.session(snapshotEvery: 1_000_000)
        var output = JSONWriter()
        Self.answerGroup(&session, output: &output)
        #expect(session.committing != nil)
        #expect(output.count == 0, "the loop has nothing to write for the group")
        #expect(session.nanosecondsUntilTick == 0, "the loop takes the group's outcome before it sleeps")
        session.tick(output: &output)
        #expect(session.committing == nil && output.count == 0)
        #expect(Self.lineCount(try [UInt8](Data(contentsOf: URL(fileURLWithPath: released)))) == 40)
        session.finish(output: &output)
    }

    @Test("a group with a snapshot due is settled in place, so the snapshot starts")
    func snapshotDueSettlesInPlace() throws {
        var (session, released) = try Self.session(snapshotEvery: 10)
        var output = JSONWriter()
        Self.answerGroup(&session, output: &output)
        #expect(session.committing == nil)
        #expect(Self.lineCount(output.bytes) == 40, "the loop writes the answers itself")
        #expect(session.context.store?.snapshotInProgress == true)
        #expect(Self.lineCount(try [UInt8](Data(contentsOf: URL(fileURLWithPath: released)))) == 0)
        session.finish(output: &output)
    }
}
