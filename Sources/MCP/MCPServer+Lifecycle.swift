import JSONRPC

/// The two ways a client learns what the server speaks: `initialize` (handshake era) and
/// `server/discover` (stateless era), plus the handshake era's `logging/setLevel`.
extension MCPServer {
    var capabilities: JSONValue {
        [
            "tools": ["listChanged": false],
            "resources": ["subscribe": false, "listChanged": false],
            "prompts": ["listChanged": false],
            "logging": [:],
            "completions": [:],
        ]
    }

    /// Never an error over the version: an unknown one is answered with our newest, and the
    /// client decides. A second `initialize` on one connection is an error.
    func initialize(_ params: JSONValue?, context: inout Context, output: inout JSONWriter) throws(ResponseError) {
        if let agreed = context.mcp.negotiatedVersion { throw MCPErrors.alreadyInitialized(agreed) }
        let requested = params?["protocolVersion"]
        guard let requestedText = requested?.stringValue else {
            throw MCPErrors.invalidParams([("$.protocolVersion", requested == nil ? "is required (e.g. \"2025-11-25\")" : "must be a string such as \"2025-11-25\"")])
        }
        if let capabilities = params?["capabilities"], capabilities.objectValue == nil {
            throw MCPErrors.invalidParams([("$.capabilities", "must be an object")])
        }
        let version = MCPVersion.negotiate(requestedText)
        context.mcp.negotiatedVersion = version
        output.write([
            "protocolVersion": .string(version),
            "capabilities": capabilities,
            "serverInfo": host.serverInfo.jsonValue,
            "instructions": .string(host.instructions),
        ])
    }

    /// Answered at once, even without `_meta`: clients probe with it to tell a stateless server
    /// from a handshake-only one, and wait for the answer before falling back.
    func discover(_ params: JSONValue?, context: inout Context, output: inout JSONWriter) throws(ResponseError) {
        let meta = try MCPRequestMeta(params: params)
        if let requested = meta.protocolVersion, !MCPVersion.stateless.contains(requested) {
            throw MCPErrors.unsupportedVersion(requested)
        }
        write([
            "supportedVersions": .array(MCPVersion.all.map { .string($0) }),
            "capabilities": capabilities,
            "instructions": .string(host.instructions),
        ], era: .stateless(meta.protocolVersion ?? MCPVersion.stateless[MCPVersion.stateless.count - 1]), cache: .fixed, to: &output)
    }

    /// Handshake era only: the stateless revision asks for a level per request in `_meta`.
    func setLevel(_ params: JSONObject, era: MCPEra, context: inout Context, output: inout JSONWriter) throws(ResponseError) {
        if era.isStateless {
            throw MCPErrors.invalidParams([("$", "logging/setLevel belongs to the handshake era; in 2026-07-28 put \"\(MCPRequestMeta.logLevelKey)\" in each request's _meta")])
        }
        guard let text = params["level"]?.stringValue, let level = MCPLogLevel(rawValue: text) else {
            throw MCPErrors.invalidParams([("$.level", "must be one of " + MCPLogLevel.allCases.map(\.rawValue).joined(separator: ", "))])
        }
        context.mcp.logLevel = level
        write([:], era: era, to: &output)
    }
}
