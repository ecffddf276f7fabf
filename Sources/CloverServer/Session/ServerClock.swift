import CRMCore
import Foundation

/// The server's notion of now: the real clock, or a frozen instant (`--now`, `CLOVER_CRM_NOW`)
/// so test harnesses and demos are reproducible.
public struct ServerClock: Sendable {
    public let frozenAt: Timestamp?

    public init(frozenAt: Timestamp?) {
        self.frozenAt = frozenAt
    }

    /// Parses an RFC 3339 time already checked by the command-line parser, with the domain's own
    /// parser: Foundation's ISO 8601 formatter set up ICU first, some 13M instructions (a third of
    /// a cold start) to read one date.
    public init(frozenText: String?) {
        self.frozenAt = frozenText.flatMap(Timestamp.init(rfc3339:))
    }

    public func now() -> Timestamp { frozenAt ?? Timestamp(Date()) }
}
