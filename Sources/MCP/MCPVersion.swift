/// The MCP revisions this server speaks, and how a client's request for one is answered.
///
/// Two eras share the stream: the handshake revisions (a client sends `initialize` once and the
/// answer fixes the version for the connection) and the stateless 2026-07-28 revision (every
/// request names its version in `_meta`; `server/discover` tells a client what is spoken).
public enum MCPVersion {
    /// Reached through `initialize`, oldest first. 2025-06-18 is the first with structured tool
    /// output, which every tool here returns.
    public static let handshake = ["2025-06-18", "2025-11-25"]
    /// Carried per request in `_meta`, oldest first.
    public static let stateless = ["2026-07-28"]
    /// Everything, oldest first: what `server/discover` and -32022 errors list.
    public static var all: [String] { handshake + stateless }

    /// The answer to `initialize`: the client's version when it is one of ours, otherwise our
    /// newest handshake version (the client then decides whether it can go on). Never an error.
    public static func negotiate(_ requested: String?) -> String {
        if let requested, handshake.contains(requested) { return requested }
        return handshake[handshake.count - 1]
    }
}

/// Which era a request is answered in: decides the fields its result carries.
public enum MCPEra: Hashable, Sendable {
    /// After `initialize`, at the negotiated version.
    case handshake(String)
    /// A stateless request carrying its version in `_meta`.
    case stateless(String)

    public var isStateless: Bool {
        if case .stateless = self { return true }
        return false
    }
}
