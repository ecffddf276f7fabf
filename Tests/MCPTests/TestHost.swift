import JSONRPC
import MCP

/// A small application behind MCP: two native methods, one tool each, a resource and a prompt.
struct TestContext: MCPContext {
    var language = MessageLanguage.english
    var mcp = MCPConnection()
    var outbox: [JSONValue] = []
    var ahead: [JSONValue] = []
    var counter = 0

    func logInternalError(_ error: any Error, method: String) {}
    var queuedNotificationCount: Int { outbox.count }
    mutating func takeQueuedNotifications(from index: Int) -> [JSONValue] {
        defer { outbox.removeSubrange(index...) }
        return Array(outbox[index...])
    }
    mutating func queueAheadOfAnswer(_ notification: JSONValue) { ahead.append(notification) }
}

enum Increment: RPCMethod {
    static let name = "counter.increment"
    static let summary = "Adds to the counter."
    static let description: String? = "Use to count things."
    static let params = [ParamDeclaration("by", .integer(minimum: 1, maximum: 10), required: true)]
    static let result = JSONSchema.object("The counter.", [JSONSchema.number(maximumDecimals: 2).property("value", required: true)])
    static let examples = [MethodExample("by one", params: ["by": 1], result: ["value": 1])]

    struct Params: RPCParams {
        let by: Int
        init(from params: ParamReader) { by = params.int("by") ?? 0 }
    }

    static func run(_ params: Params, context: inout TestContext) throws -> JSONValue {
        guard context.counter + params.by <= 10 else {
            throw ResponseError(.conflict, "The counter stops at 10", details: ["current": JSONValue(context.counter)])
        }
        context.counter += params.by
        context.outbox.append(["jsonrpc": "2.0", "method": "admin.progress", "params": ["operation": "increment", "done": JSONValue(context.counter), "total": 10]])
        return ["value": JSONValue(context.counter)]
    }
}

struct TestHost: MCPHost {
    typealias Context = TestContext
    var serverInfo: MCPServerInfo { MCPServerInfo(name: "test", title: "Test", version: "1.0") }
    var instructions: String { "Count things." }
    var tools: [ToolDeclaration] { [ToolDeclaration("counter_increment", runs: "counter.increment", title: "Increment", .writes)] }
    var prompts: [PromptDeclaration] { [PromptDeclaration("count", title: "Count", description: "Counts.", arguments: [.init("what", "What to count.", required: true)])] }
    var resourceTemplates: [ResourceTemplate] { [] }

    func resources(context: inout TestContext) throws -> [ResourceDescriptor] {
        (1...250).map { ResourceDescriptor(uri: "test://\($0)", name: "r\($0)", mimeType: "text/plain") }
    }

    func readResource(_ uri: String, dispatcher: Dispatcher<TestContext>, context: inout TestContext) throws -> [ResourceContents] {
        guard uri == "test://1" else { throw MCPErrors.resourceNotFound(uri, hint: "Try test://1.") }
        return [ResourceContents(uri: uri, mimeType: "text/plain", text: "one")]
    }

    func prompt(_ prompt: PromptDeclaration, arguments: [String: String], dispatcher: Dispatcher<TestContext>, context: inout TestContext) throws -> PromptMessages {
        PromptMessages(description: "Count \(arguments["what"] ?? "")", messages: [["role": "user", "content": ["type": "text", "text": .string("Count \(arguments["what"] ?? "")")]]])
    }

    func completions(for argument: String, prefix: String, context: inout TestContext) -> [String] {
        ["apples", "apricots", "bananas"].filter { $0.hasPrefix(prefix) }
    }

    func cachePolicy(forResource uri: String) -> MCPCachePolicy { .fixed }

    func failureText(_ error: ResponseError, tool: ToolDeclaration, language: MessageLanguage) -> String {
        "\(error.message). Fix: use a smaller number."
    }

    func extraContent(for tool: ToolDeclaration, structured: UnsafeRawBufferPointer) -> [JSONValue] { [] }
}

/// Runs lines through a dispatcher with MCP attached, as the session loop does.
struct Conversation {
    let dispatcher = Dispatcher(registry: MethodRegistry<TestContext>([Increment.self]), protocolExtension: MCPServer(host: TestHost()))
    var context = TestContext()
    /// Notifications sent ahead of the last answer.
    var notifications: [JSONValue] = []

    mutating func send(_ line: String) throws -> JSONValue? {
        var output = JSONWriter()
        Array(line.utf8).withUnsafeBytes { dispatcher.handle(line: $0, context: &context, output: &output) }
        notifications = context.ahead
        context.ahead.removeAll()
        guard !output.bytes.isEmpty else { return nil }
        return try JSONParser.parse(output.bytes.dropLast())
    }

    static let stateless = #""_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}"#

    mutating func initialize(_ version: String = "2025-11-25") throws {
        _ = try send(#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"\#(version)","capabilities":{}}}"#)
    }
}
