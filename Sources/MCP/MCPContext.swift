import JSONRPC

/// What the MCP layer needs from the session it serves.
public protocol MCPContext: DispatchContext {
    /// The connection's MCP state (the handshake era's negotiated version and log level).
    var mcp: MCPConnection { get set }
    /// Server→client notifications the native methods queued while answering the current line
    /// (e.g. import progress, `license.requested`); MCP clients get them translated, or not at all.
    var queuedNotificationCount: Int { get }
    mutating func takeQueuedNotifications(from index: Int) -> [JSONValue]
    /// Queues an MCP notification to go out ahead of the line's answer: progress and log messages
    /// belong to the request being answered, and a client drops them once the answer is in.
    mutating func queueAheadOfAnswer(_ notification: JSONValue)
}

extension MCPContext {
    /// Sends `notifications/message` when the client asked for messages at this level or above
    /// (handshake: `logging/setLevel`; stateless: the request's own `_meta` log level).
    public mutating func sendLog(_ level: MCPLogLevel, _ message: String, logger: String = "clover-crm") {
        guard let threshold = mcp.activeLogLevel ?? mcp.logLevel, level >= threshold else { return }
        queueAheadOfAnswer(["jsonrpc": "2.0", "method": "notifications/message", "params": [
            "level": .string(level.rawValue), "logger": .string(logger), "data": .string(message),
        ]])
    }

    /// Sends `notifications/progress` for the request being answered, if its client gave a token.
    public mutating func sendProgress(_ progress: Int, total: Int?, message: String?) {
        guard let token = mcp.activeProgressToken else { return }
        var params: JSONObject = ["progressToken": token, "progress": JSONValue(progress)]
        if let total { params.append("total", JSONValue(total)) }
        if let message { params.append("message", .string(message)) }
        queueAheadOfAnswer(["jsonrpc": "2.0", "method": "notifications/progress", "params": .object(params)])
    }
}
