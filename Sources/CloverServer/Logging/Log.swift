#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Log lines on stderr (fd 2), never stdout: stdout carries protocol messages only.
public struct Log: Sendable {
    public let level: LogLevel

    public init(level: LogLevel) {
        self.level = level
    }

    public func error(_ message: @autoclosure () -> String) { emit(.error, message) }
    public func warn(_ message: @autoclosure () -> String) { emit(.warn, message) }
    public func info(_ message: @autoclosure () -> String) { emit(.info, message) }
    public func debug(_ message: @autoclosure () -> String) { emit(.debug, message) }

    private func emit(_ messageLevel: LogLevel, _ message: () -> String) {
        guard messageLevel <= level else { return }
        let line = "clover-crm: \(messageLevel.rawValue): \(message())\n"
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}
