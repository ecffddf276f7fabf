import JSONRPC

/// MCP spoken on the same stream as the native methods: the handshake and stateless eras, tools
/// that run native methods, resources and prompts from the host.
///
/// The dispatcher asks it only about names the native registry does not hold, so native calls
/// never pay for it, and MCP's own names (`initialize`, `tools/call`, …) never collide with them.
public struct MCPServer<Host: MCPHost>: ProtocolExtension {
    public typealias Context = Host.Context

    public let host: Host
    let catalog: ToolCatalog

    public init(host: Host) {
        self.host = host
        self.catalog = ToolCatalog(host.tools, serverInfo: host.serverInfo)
    }

    /// The requests MCP defines that this server answers (a switch: this runs for every name the
    /// native registry does not hold, and building a set each time showed in profiles).
    public func handles(_ method: String) -> Bool {
        switch method {
        case "initialize", "ping", "server/discover", "logging/setLevel", "tools/list", "tools/call",
             "resources/list", "resources/templates/list", "resources/read", "prompts/list", "prompts/get",
             "completion/complete":
            return true
        default:
            return method.hasPrefix("notifications/")
        }
    }

    public func call(_ method: String, params: JSONValue?, dispatcher: Dispatcher<Context>, context: inout Context, output: inout JSONWriter) throws {
        if params != nil, params?.objectValue == nil {
            throw MCPErrors.invalidParams([("$", "MCP params are an object (by name), not an array")])
        }
        switch method {
        case "initialize":
            try initialize(params, context: &context, output: &output)
        case "server/discover":
            try discover(params, context: &context, output: &output)
        case "notifications/initialized":
            context.mcp.clientSaidInitialized = true
        case _ where method.hasPrefix("notifications/"):
            // notifications/cancelled among them: every request is answered before the next line
            // is read, so the request a cancel names has already been answered, and the
            // specification tells the receiver to ignore a cancel that arrives too late.
            return
        default:
            let meta = try MCPRequestMeta(params: params)
            try inEra(of: method, meta: meta, context: &context) { era, context in
                try answer(method, params?.objectValue ?? [:], era: era, dispatcher: dispatcher, context: &context, output: &output)
            }
        }
    }

    /// `tools/call` params are read from the request's bytes (see `ToolCallParams`).
    public var methodsReadingOwnParams: [String] { ["tools/call"] }

    /// `tools/call` with its arguments checked and decoded ahead; the era (which depends on the
    /// connection), the call itself and its rendering are left for the owner. Anything unusual
    /// (params outside the common shape, a bad `_meta`, an unknown tool) is left to `call`, which
    /// reports it.
    public func prepare(_ method: String, reading params: inout PlainJSONReader, dispatcher: Dispatcher<Context>) -> PreparedExtensionCall<Context>? {
        guard method == "tools/call", let request = ToolCallParams(reading: &params), let tool = catalog.tool(named: request.name),
              let prepared = dispatcher.prepareCall(tool.method, params: request.arguments) else { return nil }
        let meta = request.meta
        return { dispatcher, context, output in
            try inEra(of: "tools/call", meta: meta, context: &context) { era, context in
                runTool(tool, era: era, context: &context, output: &output) { context, output in
                    dispatcher.call(prepared: prepared, context: &context, output: &output)
                }
            }
        }
    }

    /// Runs `body` in the era of the request, with the log level and progress token it asked for.
    private func inEra(of method: String, meta: MCPRequestMeta, context: inout Context,
                       _ body: (MCPEra, inout Context) throws -> Void) throws {
        let era = try era(of: method, meta: meta, context: context)
        context.mcp.activeLogLevel = era.isStateless ? meta.logLevel : context.mcp.logLevel
        context.mcp.activeProgressToken = meta.progressToken
        defer {
            context.mcp.activeLogLevel = nil
            context.mcp.activeProgressToken = nil
        }
        try body(era, &context)
    }

    /// A stateless request names its version in `_meta`; otherwise the connection must have been
    /// initialized. Anything else gets an immediate error, never silence.
    private func era(of method: String, meta: MCPRequestMeta, context: Context) throws(ResponseError) -> MCPEra {
        if let version = try meta.statelessVersion() { return .stateless(version) }
        if let version = context.mcp.negotiatedVersion { return .handshake(version) }
        if method == "ping" { return .handshake(MCPVersion.negotiate(nil)) }  // allowed before initialize
        throw MCPErrors.notInitialized(method)
    }

    private func answer(_ method: String, _ params: JSONObject, era: MCPEra, dispatcher: Dispatcher<Context>, context: inout Context, output: inout JSONWriter) throws {
        switch method {
        case "ping":
            write([:], era: era, to: &output)
        case "logging/setLevel":
            try setLevel(params, era: era, context: &context, output: &output)
        case "tools/list":
            try listTools(params, era: era, dispatcher: dispatcher, output: &output)
        case "tools/call":
            try callTool(params, era: era, dispatcher: dispatcher, context: &context, output: &output)
        case "resources/list":
            try listResources(params, era: era, context: &context, output: &output)
        case "resources/templates/list":
            try listResourceTemplates(params, era: era, output: &output)
        case "resources/read":
            try readResource(params, era: era, dispatcher: dispatcher, context: &context, output: &output)
        case "prompts/list":
            try listPrompts(params, era: era, output: &output)
        case "prompts/get":
            try getPrompt(params, era: era, dispatcher: dispatcher, context: &context, output: &output)
        case "completion/complete":
            try complete(params, era: era, context: &context, output: &output)
        default:
            throw ResponseError(.methodNotFound, "Method not found: \(method)", details: ["method": .string(method)])
        }
    }

    /// Writes a result with the fields its era asks for: stateless results say `resultType`, name
    /// the server in `_meta`, and cacheable ones carry `ttlMs` and `cacheScope`.
    func write(_ result: JSONObject, era: MCPEra, cache: MCPCachePolicy? = nil, to output: inout JSONWriter) {
        var result = result
        if era.isStateless {
            result.append("resultType", "complete")
            if let cache {
                result.append("ttlMs", JSONValue(cache.ttlMilliseconds))
                result.append("cacheScope", .string(cache.scope.rawValue))
            }
            result.append("_meta", [MCPRequestMeta.serverInfoKey: host.serverInfo.jsonValue])
        }
        output.write(.object(result))
    }
}

/// How long a stateless client may reuse a result, and whether it may share it across users.
public struct MCPCachePolicy: Sendable {
    public enum Scope: String, Sendable {
        /// The same for every caller (tool and prompt lists, glossary entries).
        case `public`
        /// Depends on who asks (row-level access decides what the dashboard counts).
        case `private`
    }

    public let ttlMilliseconds: Int
    public let scope: Scope

    public init(ttlMilliseconds: Int, scope: Scope) {
        self.ttlMilliseconds = ttlMilliseconds
        self.scope = scope
    }

    /// Lists that are fixed for the life of the process.
    public static let fixed = MCPCachePolicy(ttlMilliseconds: 3_600_000, scope: .public)
    /// Data that may change with the next write and that row-level access shapes.
    public static let live = MCPCachePolicy(ttlMilliseconds: 0, scope: .private)
}
