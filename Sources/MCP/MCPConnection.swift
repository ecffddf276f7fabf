import JSONRPC

/// What MCP remembers about the connection: only the handshake era has any.
///
/// The stateless revision forbids inferring anything from earlier requests, so everything a
/// stateless request needs comes from its own `_meta`; these fields serve handshake clients.
public struct MCPConnection: Hashable, Sendable {
    /// The version `initialize` agreed on; nil until a client sends it.
    public var negotiatedVersion: String?
    /// Set by `notifications/initialized` (requests are accepted as soon as `initialize` is
    /// answered, as the specification allows; this is kept for diagnostics).
    public var clientSaidInitialized = false
    /// `logging/setLevel`: nil means no `notifications/message` at all (the default).
    public var logLevel: MCPLogLevel?
    /// The level in force for the request being answered (the session level, or a stateless
    /// request's own `_meta` level).
    public var activeLogLevel: MCPLogLevel?
    /// The progress token of the request being answered, if its client asked for progress.
    public var activeProgressToken: JSONValue?

    public init() {}
}
