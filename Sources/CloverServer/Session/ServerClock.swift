import Foundation

/// The server's notion of now: the real clock, or a frozen instant (`--now`, `CLOVER_CRM_NOW`)
/// so test harnesses and demos are reproducible.
public struct ServerClock: Sendable {
    public let frozenAt: Date?

    public init(frozenAt: Date?) {
        self.frozenAt = frozenAt
    }

    /// Parses an RFC 3339 time already checked by the command-line parser.
    public init(frozenText: String?) {
        self.frozenAt = frozenText.flatMap(Self.parse)
    }

    public func now() -> Date { frozenAt ?? Date() }

    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
