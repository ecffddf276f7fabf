import JSONRPC

/// The JSON-RPC errors of the MCP layer. Domain failures of a tool are not among them: those are
/// tool results with `isError: true`, so a model can read them and correct its call.
public enum MCPErrors {
    /// The stateless revision's "unsupported protocol version" (the data lists what we speak).
    public static let unsupportedProtocolVersionCode = ErrorCode(-32022, kind: "unsupported_protocol_version")
    /// MCP's "resource not found".
    public static let resourceNotFoundCode = ErrorCode(-32002, kind: "resource_not_found")

    static func invalidParams(_ problems: [(path: String, message: String)]) -> ResponseError {
        let first = problems.first.map { "\($0.path) \($0.message)" } ?? ""
        let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
        let errors = problems.map { problem -> JSONValue in ["path": .string(problem.path), "message": .string(problem.message)] }
        return ResponseError(.invalidParams, "Invalid params: " + first + more, details: ["errors": .array(errors)])
    }

    static func unsupportedVersion(_ requested: String) -> ResponseError {
        ResponseError(
            unsupportedProtocolVersionCode,
            "Unsupported protocol version \(requested); this server speaks " + MCPVersion.all.joined(separator: ", "),
            details: ["requested": .string(requested), "supported": .array(MCPVersion.all.map { .string($0) })]
        )
    }

    /// An MCP request that came neither after `initialize` nor with the stateless `_meta`.
    static func notInitialized(_ method: String) -> ResponseError {
        invalidParams([("$._meta", "\(method) needs either an initialize handshake first (2025-06-18 or 2025-11-25) or, in every request, _meta with \"\(MCPRequestMeta.protocolVersionKey)\": \"2026-07-28\" and \"\(MCPRequestMeta.clientCapabilitiesKey)\": {}")])
    }

    static func alreadyInitialized(_ version: String) -> ResponseError {
        ResponseError(.invalidRequest, "Invalid Request: initialize was already answered (protocol version \(version)); a connection is initialized once")
    }

    static func unknownTool(_ name: String, among names: [String]) -> ResponseError {
        let suggestion = ClosestMatch.best(for: name, among: names)
        var details: JSONObject = ["tool": .string(name)]
        if let suggestion { details.append("didYouMean", .string(suggestion)) }
        let hint = suggestion.map { " Did you mean \"\($0)\"?" } ?? " tools/list names every tool."
        return ResponseError(.invalidParams, "Unknown tool: \(name).\(hint)", details: details)
    }

    static func unknownPrompt(_ name: String, among names: [String]) -> ResponseError {
        let suggestion = ClosestMatch.best(for: name, among: names)
        var details: JSONObject = ["prompt": .string(name)]
        if let suggestion { details.append("didYouMean", .string(suggestion)) }
        let hint = suggestion.map { " Did you mean \"\($0)\"?" } ?? " prompts/list names every prompt."
        return ResponseError(.invalidParams, "Unknown prompt: \(name).\(hint)", details: details)
    }

    public static func resourceNotFound(_ uri: String, hint: String) -> ResponseError {
        ResponseError(resourceNotFoundCode, "Resource not found: \(uri). \(hint)", details: ["uri": .string(uri)])
    }

    static func badCursor(_ cursor: String) -> ResponseError {
        invalidParams([("$.cursor", "is not a cursor this server gave out (\(cursor)); start again without one")])
    }
}
