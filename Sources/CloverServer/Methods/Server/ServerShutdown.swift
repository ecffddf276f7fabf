import JSONRPC

/// `server.shutdown`: answer, finish the lines already read, make everything durable, exit 0.
enum ServerShutdown: RPCMethod {
    static let name = "server.shutdown"
    static let summary = "Stops the server cleanly after answering: lines already read are answered, then it exits 0."

    static let result = JSONSchema.object(nil, [
        JSONSchema.boolean("Always true.").property("stopping", required: true),
    ])

    static let examples = [MethodExample("Stop", result: ["stopping": true])]

    static func run(_ params: NoParams, context: inout ServerContext) -> JSONValue {
        context.stopRequested = true
        return ["stopping": true]
    }
}
