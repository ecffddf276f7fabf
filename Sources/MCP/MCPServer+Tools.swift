import JSONRPC

/// `tools/list` and `tools/call`: curated native methods, with schemas read from their
/// declarations and failures returned as results a model can read and act on.
extension MCPServer {
    static var toolPageSize: Int { 50 }

    func listTools(_ params: JSONObject, era: MCPEra, dispatcher: Dispatcher<Context>, output: inout JSONWriter) throws(ResponseError) {
        let definitions = host.tools.compactMap { tool in
            dispatcher.registry.descriptor(named: tool.method).map(tool.definition)
        }
        let page = try Pagination.page(definitions, params: params, size: Self.toolPageSize)
        write(Pagination.result("tools", page), era: era, cache: .fixed, to: &output)
    }

    func callTool(_ params: JSONObject, era: MCPEra, dispatcher: Dispatcher<Context>, context: inout Context, output: inout JSONWriter) throws(ResponseError) {
        guard let name = params["name"]?.stringValue else {
            throw MCPErrors.invalidParams([("$.name", "is required: the name of a tool from tools/list")])
        }
        guard let tool = catalog.tool(named: name) else {
            throw MCPErrors.unknownTool(name, among: host.tools.map(\.name))
        }
        var arguments = JSONObject()
        if let given = params["arguments"], !given.isNull {
            guard let object = given.objectValue else {
                throw MCPErrors.invalidParams([("$.arguments", "must be an object of the tool's inputSchema properties")])
            }
            arguments = object
        }
        runTool(tool, era: era, context: &context, output: &output) { context, output in
            dispatcher.call(tool.method, params: .object(arguments), context: &context, output: &output)
        }
    }

    /// Writes a tool's result around what `invoke` writes (the method's own result, or its error).
    func runTool(_ tool: ToolDeclaration, era: MCPEra, context: inout Context, output: inout JSONWriter,
                 invoke: (inout Context, inout JSONWriter) -> ResponseError?) {
        let queued = context.queuedNotificationCount
        // The method writes its result straight into the answer as the structured content; the
        // text rendering is then made from those bytes (members of a JSON object have no order).
        let start = output.count
        output.raw("{\"structuredContent\":")
        let resultStart = output.count
        let failure = invoke(&context, &output)
        translateNotifications(context.takeQueuedNotifications(from: queued), context: &context)

        if let failure {
            output.truncate(to: start)
            context.sendLog(.debug, "\(tool.name) failed: \(failure.message)")
            MCPToolFailure.write(host.failureText(failure, tool: tool, language: context.language), era: era, serverInfo: host.serverInfo, to: &output)
            return
        }
        let resultEnd = output.count
        ReadableText.appendTextContent(ofResultFrom: resultStart, to: &output)
        let extra = output.withBytes { host.extraContent(for: tool, structured: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0[resultStart..<resultEnd]))) }
        for block in extra {
            output.raw(UInt8(ascii: ","))
            output.write(block)
        }
        output.raw("],\"isError\":false")
        if era.isStateless { catalog.statelessTail.withUnsafeBufferPointer { output.raw($0) } }
        output.raw(UInt8(ascii: "}"))
    }

    /// Native notifications a tool's method queued become MCP ones: import progress becomes
    /// `notifications/progress` (when the client gave a token), a licence request a log message
    /// (when the client asked for messages). MCP clients would not know the native names.
    private func translateNotifications(_ notifications: [JSONValue], context: inout Context) {
        for notification in notifications {
            let params = notification["params"]
            switch notification["method"]?.stringValue {
            case "admin.progress":
                let done = params?["done"]?.numberValue?.int64.map(Int.init) ?? 0
                let total = params?["total"]?.numberValue?.int64.map(Int.init)
                let operation = params?["operation"]?.stringValue ?? "transfer"
                context.sendProgress(done, total: total, message: "\(operation): \(done) of \(total.map(String.init) ?? "?") records")
            case let method?:
                context.sendLog(.notice, "\(method): " + (params.map { ReadableText.render($0).split(separator: "\n").joined(separator: "; ") } ?? ""))
            case nil:
                continue
            }
        }
    }
}

/// A failed tool call as its result (`isError: true`): a protocol error would hide the failure
/// from the model, which could then not correct its call.
public enum MCPToolFailure {
    static func write(_ text: String, era: MCPEra, serverInfo: MCPServerInfo, to output: inout JSONWriter) {
        output.write(result(text, era: era, serverInfo: serverInfo))
    }

    static func result(_ text: String, era: MCPEra, serverInfo: MCPServerInfo) -> JSONValue {
        var result: JSONObject = ["content": [["type": "text", "text": .string(text)]], "isError": true]
        if era.isStateless {
            result.append("resultType", "complete")
            result.append("_meta", [MCPRequestMeta.serverInfoKey: serverInfo.jsonValue])
        }
        return .object(result)
    }

    /// The result for `request`, a `tools/call` message as the client sent it: the session uses
    /// it when a write the answer reported turns out not to be durable (group commit learns that
    /// only after the answer was written).
    public static func result(for request: JSONValue, text: String, serverInfo: MCPServerInfo) -> JSONValue {
        // The request was answered once already, so its _meta was valid: only the era is read.
        let version = request["params"]?["_meta"]?[MCPRequestMeta.protocolVersionKey]?.stringValue
        let era = version.map(MCPEra.stateless) ?? .handshake(MCPVersion.negotiate(nil))
        return result(text, era: era, serverInfo: serverInfo)
    }
}
