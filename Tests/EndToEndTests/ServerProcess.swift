import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built `clover-crm` binary running as a child over pipes, read while it runs.
///
/// Reads wait with poll(2) and a deadline, so a broken server fails the test instead of hanging
/// it; nothing here sleeps and then asserts.
/// Used from one test at a time; the only cross-thread use is `Process.waitUntilExit` and a
/// writer thread that owns its own copy of the bytes, hence the unchecked conformance.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private var pending: [UInt8] = []

    /// The binary under test: `CLOVER_CRM_BINARY`, else `clover-crm` beside the test bundle.
    static var binaryURL: URL {
        if let path = ProcessInfo.processInfo.environment["CLOVER_CRM_BINARY"] { return URL(fileURLWithPath: path) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if directory.pathExtension == "xctest" || directory.path.hasSuffix(".xctest/Contents/MacOS") {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("clover-crm")
    }

    static let frozenNow = "2026-11-22T09:00:00Z"

    /// Runs the binary with `arguments`; with `shellPrefix`, runs it through `bash -c` after that
    /// shell code (e.g. `ulimit -f 64`), so limits apply to the server alone.
    /// With `command`, runs that command (found on PATH, as a host would) instead of the binary.
    init(_ arguments: [String] = ["--in-memory", "--now", frozenNow], environment: [String: String] = [:], shellPrefix: String? = nil, command: String? = nil) throws {
        // A server that has stopped reading (it exited, or was killed) must fail our writes with EPIPE,
        // not kill the test process.
        _ = Glibc.signal(SIGPIPE, SIG_IGN)
        if let command {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [command] + arguments
        } else if let shellPrefix {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "\(shellPrefix); exec \"$0\" \"$@\"", Self.binaryURL.path] + arguments
        } else {
            process.executableURL = Self.binaryURL
            process.arguments = arguments
        }
        var merged = ProcessInfo.processInfo.environment
        merged["CLOVER_CRM_USER"] = nil
        merged["CLOVER_CRM_NOW"] = nil
        merged["CLOVER_CRM_DATA_DIR"] = nil
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    func send(_ line: String) { write(Array((line + "\n").utf8)) }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count, let base = raw.baseAddress {
                let written = Glibc.write(input.fileHandleForWriting.fileDescriptor, base + offset, raw.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// Writes `bytes` so that the server takes them in with a single read(2), for tests about what
    /// one read does (its group commit, its pipelined lines).
    ///
    /// A plain `write` does not promise that: a server waiting in poll(2) wakes as soon as the
    /// first page is in the pipe and may read while the rest is still being copied, which a busy
    /// machine makes likely. So the server is stopped (SIGSTOP) while the bytes go in, and
    /// continued once all are there. It must have started reading first, which enlarges its
    /// pipe: one `server.info` round trip makes sure of it, and its answer is consumed here.
    /// `whileStopped` runs after the write, before the server goes on.
    func writeAsOneRead(_ bytes: [UInt8], whileStopped: () -> Void = {}) throws {
        send(#"{"jsonrpc":"2.0","id":"before-one-read","method":"server.info"}"#)
        guard let ready = readLine(), ready.contains(#""id":"before-one-read""#) else { throw ServerProcessError.noAnswer }
        let getPipeSize: Int32 = 1032  // F_GETPIPE_SZ, not exported to Swift
        let capacity = fcntl(input.fileHandleForWriting.fileDescriptor, getPipeSize)
        // A stopped server cannot drain the pipe: more than it holds would block this write for good.
        guard capacity >= bytes.count else { throw ServerProcessError.pipeTooSmall(capacity: Int(capacity), needed: bytes.count) }
        signal(SIGSTOP)
        defer { signal(SIGCONT) }
        guard waitUntilStopped() else { throw ServerProcessError.didNotStop }
        write(bytes)
        whileStopped()
    }

    /// Waits until /proc shows the process stopped (state T), or 10 s have passed.
    private func waitUntilStopped() -> Bool {
        let path = "/proc/\(process.processIdentifier)/stat"
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            // The state follows the command name's closing parenthesis: "pid (name) T ...".
            if let stat = try? String(contentsOfFile: path, encoding: .utf8),
               let close = stat.lastIndex(of: ")"), stat[close...].dropFirst(2).first == "T" {
                return true
            }
            usleep(1_000)
        }
        return false
    }

    /// Writes on another thread, for inputs larger than a pipe holds while the test reads answers.
    func writeInBackground(_ bytes: [UInt8], thenClose: Bool = false) {
        let descriptor = input.fileHandleForWriting.fileDescriptor
        let thread = Thread {
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count, let base = raw.baseAddress {
                    let written = Glibc.write(descriptor, base + offset, raw.count - offset)
                    if written <= 0 { return }
                    offset += written
                }
            }
            // Through the FileHandle, which then knows it is closed: a raw close here would be repeated
            // when the handle is freed, and could close another test's freshly reused descriptor.
            if thenClose { self.closeInput() }
        }
        thread.start()
    }

    func closeInput() { try? input.fileHandleForWriting.close() }

    func closeOutputReader() { try? output.fileHandleForReading.close() }

    /// The next line of stdout, or nil at EOF or when `timeout` passes first.
    func readLine(timeout: TimeInterval = 10) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        let descriptor = output.fileHandleForReading.fileDescriptor
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return nil }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(remaining * 1000))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { return nil }
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { return nil }
            pending.append(contentsOf: buffer[0..<count])
        }
    }

    /// Parses the next line as JSON.
    func readJSON(timeout: TimeInterval = 10) throws -> JSONValueBox {
        guard let line = readLine(timeout: timeout) else { throw ServerProcessError.noAnswer }
        return try JSONValueBox(line)
    }

    /// Everything left on stdout until EOF.
    func readRemainingLines(timeout: TimeInterval = 30) -> [String] {
        var lines: [String] = []
        while let line = readLine(timeout: timeout) { lines.append(line) }
        return lines
    }

    func standardError() -> String {
        String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    /// The exit status once the process ends, or nil if it is still running after `timeout`.
    func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        let done = DispatchSemaphore(value: 0)
        let child = process
        let watcher = Thread {
            child.waitUntilExit()
            done.signal()
        }
        watcher.start()
        guard done.wait(timeout: .now() + deadline.timeIntervalSinceNow) == .success else { return nil }
        return process.terminationStatus
    }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }
}

enum ServerProcessError: Error {
    case noAnswer
    case pipeTooSmall(capacity: Int, needed: Int)
    case didNotStop
}
