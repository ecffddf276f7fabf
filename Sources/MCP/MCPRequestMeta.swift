import JSONRPC

/// The reserved members of a request's `params._meta`.
///
/// In the stateless revision every request carries its protocol version and the client's
/// capabilities here; both eras may carry a progress token.
public struct MCPRequestMeta: Sendable {
    public static let protocolVersionKey = protocolVersionName.description
    public static let clientCapabilitiesKey = clientCapabilitiesName.description
    public static let clientInfoKey = clientInfoName.description
    public static let logLevelKey = logLevelName.description
    public static let serverInfoKey = "io.modelcontextprotocol/serverInfo"
    public static let progressTokenKey = progressTokenName.description

    /// The same names, for comparing with bytes (see `ToolCallParams`).
    static let protocolVersionName: StaticString = "io.modelcontextprotocol/protocolVersion"
    static let clientCapabilitiesName: StaticString = "io.modelcontextprotocol/clientCapabilities"
    static let clientInfoName: StaticString = "io.modelcontextprotocol/clientInfo"
    static let logLevelName: StaticString = "io.modelcontextprotocol/logLevel"
    static let progressTokenName: StaticString = "progressToken"

    /// The stateless version the request names, if it names one.
    public let protocolVersion: String?
    public let clientCapabilities: JSONObject?
    public let logLevel: MCPLogLevel?
    public let progressToken: JSONValue?

    /// A request without `_meta`.
    static let absent = MCPRequestMeta(protocolVersion: nil, clientCapabilities: nil, logLevel: nil, progressToken: nil)

    init(protocolVersion: String?, clientCapabilities: JSONObject?, logLevel: MCPLogLevel?, progressToken: JSONValue?) {
        self.protocolVersion = protocolVersion
        self.clientCapabilities = clientCapabilities
        self.logLevel = logLevel
        self.progressToken = progressToken
    }

    /// Reads `params._meta`; a member of the wrong type is an invalid-params problem, listed with
    /// its path so the client can see which key to fix.
    public init(params: JSONValue?) throws(ResponseError) {
        guard let meta = params?["_meta"], !meta.isNull else {
            self = .absent
            return
        }
        guard let object = meta.objectValue else {
            throw MCPErrors.invalidParams([("$._meta", "must be an object")])
        }
        var problems: [(String, String)] = []
        func path(_ key: String) -> String { "$._meta[\"\(key)\"]" }

        let version = object[Self.protocolVersionKey]
        if let version, version.stringValue == nil { problems.append((path(Self.protocolVersionKey), "must be a string such as \"2026-07-28\"")) }
        self.protocolVersion = version?.stringValue

        let capabilities = object[Self.clientCapabilitiesKey]
        if let capabilities, capabilities.objectValue == nil { problems.append((path(Self.clientCapabilitiesKey), "must be an object ({} when the client has none)")) }
        self.clientCapabilities = capabilities?.objectValue

        let level = object[Self.logLevelKey]
        if let level, level.stringValue.flatMap(MCPLogLevel.init(rawValue:)) == nil {
            problems.append((path(Self.logLevelKey), "must be one of " + MCPLogLevel.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        self.logLevel = level?.stringValue.flatMap(MCPLogLevel.init(rawValue:))

        let token = object[Self.progressTokenKey]
        if let token, token.stringValue == nil, token.numberValue == nil { problems.append(("$._meta.progressToken", "must be a string or a number")) }
        self.progressToken = token

        if !problems.isEmpty { throw MCPErrors.invalidParams(problems) }
    }

    /// A stateless request must carry both required keys, at a version we speak.
    public func statelessVersion() throws(ResponseError) -> String? {
        guard let protocolVersion else {
            if clientCapabilities != nil {
                throw MCPErrors.invalidParams([("$._meta[\"\(Self.protocolVersionKey)\"]", "is required beside clientCapabilities (the stateless 2026-07-28 revision)")])
            }
            return nil
        }
        guard MCPVersion.stateless.contains(protocolVersion) else {
            throw MCPErrors.unsupportedVersion(protocolVersion)
        }
        guard clientCapabilities != nil else {
            throw MCPErrors.invalidParams([("$._meta[\"\(Self.clientCapabilitiesKey)\"]", "is required in every 2026-07-28 request ({} when the client has none)")])
        }
        return protocolVersion
    }
}
