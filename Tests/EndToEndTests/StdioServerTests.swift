import Foundation
import JSONRPC
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built binary over real pipes: framing, flushing, pipelining and shutdown as a host sees them.
@Suite("Server over stdio")
struct StdioServerTests {
    @Test("interactive: each answer arrives before the next request is written")
    func interactive() throws {
        let server = try ServerProcess()
        for id in 1...5 {
            server.send(#"{"jsonrpc":"2.0","id":\#(id),"method":"session.configure","params":{"locale":"en"}}"#)
            let answer = try server.readJSON()
            #expect(answer["id"] == JSONValue(id))
            #expect(answer["result"] == ["locale": "en"])
        }
        server.closeInput()
        #expect(server.waitForExit() == 0)
    }

    @Test("pipelined: 20,000 requests in one stream are answered in order")
    func pipelined() throws {
        let server = try ServerProcess()
        let count = 20_000
        var bytes: [UInt8] = []
        for id in 0..<count {
            bytes += Array(#"{"jsonrpc":"2.0","id":\#(id),"method":"session.configure","params":["ko"]}"#.utf8) + [0x0A]
        }
        server.writeInBackground(bytes, thenClose: true)
        for id in 0..<count {
            let answer = try server.readJSON()
            guard answer["id"] == JSONValue(id) else {
                Issue.record("answer \(id) has id \(answer["id"]?.jsonText ?? "none")")
                return
            }
        }
        #expect(server.readLine(timeout: 5) == nil)
        #expect(server.waitForExit() == 0)
    }

    @Test("an unterminated last line is answered at EOF, then the process exits 0")
    func unterminatedLastLine() throws {
        let server = try ServerProcess()
        server.write(Array(#"{"jsonrpc":"2.0","id":"last","method":"session.configure","params":{"locale":"ko"}}"#.utf8))
        server.closeInput()
        let answer = try server.readJSON()
        #expect(answer["id"] == "last")
        #expect(server.waitForExit() == 0)
        #expect(server.process.terminationReason == .exit)
    }

    @Test("SIGTERM and SIGINT while idle: exit 0 within 2 seconds", arguments: [SIGTERM, SIGINT])
    func signals(signalNumber: Int32) throws {
        let server = try ServerProcess()
        server.send(#"{"jsonrpc":"2.0","id":1,"method":"session.configure","params":{"locale":"en"}}"#)
        _ = try server.readJSON()  // the server is up and idle in its read loop
        server.signal(signalNumber)
        #expect(server.waitForExit(timeout: 2) == 0)
        #expect(server.process.terminationReason == .exit)
    }

    @Test("server.shutdown answers, then the process exits 0")
    func shutdown() throws {
        let server = try ServerProcess()
        server.send(#"{"jsonrpc":"2.0","id":1,"method":"server.shutdown"}"#)
        let answer = try server.readJSON()
        #expect(answer["result"] == ["stopping": true])
        #expect(server.waitForExit(timeout: 2) == 0)
    }

    @Test("a closed stdout (EPIPE) ends the process quietly, without a crash")
    func closedOutput() throws {
        let server = try ServerProcess()
        server.closeOutputReader()
        // Enough answers to overflow the pipe buffer many times: the first write after the close fails.
        for id in 0..<5_000 { server.send(#"{"jsonrpc":"2.0","id":\#(id),"method":"server.info"}"#) }
        server.closeInput()
        #expect(server.waitForExit(timeout: 60) == 0)
        #expect(server.process.terminationReason == .exit)
    }

    @Test("a closed stdout found by the thread that releases a pipelined group's answers ends the process, input still open")
    func closedOutputFoundInBackground() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("clover-epipe-\(UUID().uuidString)").path
        let server = try ServerProcess(["--data-dir", directory, "--now", ServerProcess.frozenNow])
        // One read of 200 creates: a group large enough to be committed, and answered, off the
        // loop's thread. Nothing more comes and stdin stays open: only the failed answer write
        // can end the process.
        let creates = (1...200).map { #"{"jsonrpc":"2.0","id":\#($0),"method":"lead.create","params":{"name":"Lead \#($0)"}}"# }
        try server.writeAsOneRead(Array((creates.joined(separator: "\n") + "\n").utf8)) { server.closeOutputReader() }
        #expect(server.waitForExit(timeout: 20) == 0)
        #expect(server.process.terminationReason == .exit)
    }

    @Test("a line over --max-line-bytes is answered once with too_large, written in pieces, and the next line still works")
    func tooLarge() throws {
        let server = try ServerProcess(["--in-memory", "--max-line-bytes", "1024"])
        let piece = [UInt8](repeating: UInt8(ascii: "x"), count: 64 << 10)
        for _ in 0..<32 { server.write(piece) }  // 2 MiB without a newline
        let answer = try server.readJSON()
        #expect(answer.errorCode == -32600)
        #expect(answer.errorKind == "too_large")
        #expect(answer["id"] == .null)
        server.write([0x0A])
        server.send(#"{"jsonrpc":"2.0","id":2,"method":"session.configure","params":{"locale":"en"}}"#)
        #expect(try server.readJSON()["id"] == 2)
    }

    @Test("garbage never stops the server: invalid UTF-8, NUL bytes, deep nesting, lone brackets")
    func garbage() throws {
        let server = try ServerProcess()
        let lines: [[UInt8]] = [
            [0xFF, 0xFE, 0x00, 0x7B], [0x00], Array(repeating: UInt8(ascii: "["), count: 200_000),
            Array(#"{"jsonrpc":"2.0","id":"\#u{D7A3}","method":"x\u0000"}"#.utf8), [0x22, 0xED, 0xA0, 0x80, 0x22], Array("}".utf8),
        ]
        for line in lines {
            server.write(line + [0x0A])
            let answer = try server.readJSON()
            #expect(answer.errorCode != nil)
        }
        server.send(#"{"jsonrpc":"2.0","id":9,"method":"session.configure","params":{"locale":"ko"}}"#)
        #expect(try server.readJSON()["result"] == ["locale": "ko"])
    }

    @Test("stdout carries protocol lines only, even with debug logging")
    func stdoutIsClean() throws {
        let server = try ServerProcess(["--in-memory", "--log-level", "debug"])
        server.send("{oops")
        server.send(#"{"jsonrpc":"2.0","id":1,"method":"server.info"}"#)
        server.closeInput()
        let lines = server.readRemainingLines()
        #expect(lines.count == 2)
        for line in lines { #expect(throws: Never.self) { try JSONParser.parse(line) } }
        #expect(server.standardError().contains("clover-crm: info:"))
    }
}
