import JSONRPC

/// What an application puts behind MCP: its tools, resources and prompts, and how its failures
/// read to a model. The MCP layer does the protocol; the host supplies the content.
public protocol MCPHost<Context>: Sendable {
    associatedtype Context: MCPContext

    var serverInfo: MCPServerInfo { get }
    /// Guidance a client may put in the model's system prompt.
    var instructions: String { get }
    /// The curated tools, in the order `tools/list` shows them.
    var tools: [ToolDeclaration] { get }
    var prompts: [PromptDeclaration] { get }
    var resourceTemplates: [ResourceTemplate] { get }

    /// Every concrete resource, in a stable order (paged by the MCP layer).
    func resources(context: inout Context) throws -> [ResourceDescriptor]
    /// The contents of one resource; throws `MCPErrors.resourceNotFound` for an unknown URI.
    func readResource(_ uri: String, dispatcher: Dispatcher<Context>, context: inout Context) throws -> [ResourceContents]
    /// The messages of one prompt, its arguments already checked against the declaration.
    func prompt(_ prompt: PromptDeclaration, arguments: [String: String], dispatcher: Dispatcher<Context>, context: inout Context) throws -> PromptMessages
    /// Values for a prompt argument or resource template variable that start like `prefix`.
    func completions(for argument: String, prefix: String, context: inout Context) -> [String]
    /// How long a stateless client may reuse a read of `uri`, and for whom.
    func cachePolicy(forResource uri: String) -> MCPCachePolicy
    /// A failed tool call as text that tells a model how to fix the call.
    func failureText(_ error: ResponseError, tool: ToolDeclaration, language: MessageLanguage) -> String
    /// Extra content blocks for a successful result beside its text (e.g. an SVG chart as an
    /// embedded resource); most tools have none.
    func extraContent(for tool: ToolDeclaration, structured: UnsafeRawBufferPointer) -> [JSONValue]
}

public struct MCPServerInfo: Sendable {
    public let name: String
    public let title: String
    public let version: String

    public init(name: String, title: String, version: String) {
        self.name = name
        self.title = title
        self.version = version
    }

    var jsonValue: JSONValue { ["name": .string(name), "title": .string(title), "version": .string(version)] }
}

/// A concrete resource as `resources/list` shows it.
public struct ResourceDescriptor: Sendable {
    public let uri: String
    public let name: String
    public let title: String?
    public let description: String?
    public let mimeType: String

    public init(uri: String, name: String, title: String? = nil, description: String? = nil, mimeType: String) {
        self.uri = uri
        self.name = name
        self.title = title
        self.description = description
        self.mimeType = mimeType
    }

    var jsonValue: JSONValue {
        var object: JSONObject = ["uri": .string(uri), "name": .string(name)]
        if let title { object.append("title", .string(title)) }
        if let description { object.append("description", .string(description)) }
        object.append("mimeType", .string(mimeType))
        return .object(object)
    }
}

/// A family of resources addressed by an RFC 6570 template such as `glossary://en/{id}`.
public struct ResourceTemplate: Sendable {
    public let uriTemplate: String
    public let name: String
    public let title: String
    public let description: String
    public let mimeType: String

    public init(uriTemplate: String, name: String, title: String, description: String, mimeType: String) {
        self.uriTemplate = uriTemplate
        self.name = name
        self.title = title
        self.description = description
        self.mimeType = mimeType
    }

    var jsonValue: JSONValue {
        ["uriTemplate": .string(uriTemplate), "name": .string(name), "title": .string(title),
         "description": .string(description), "mimeType": .string(mimeType)]
    }
}

/// What `resources/read` returns for one resource: text with its MIME type.
public struct ResourceContents: Sendable {
    public let uri: String
    public let mimeType: String
    public let text: String

    public init(uri: String, mimeType: String, text: String) {
        self.uri = uri
        self.mimeType = mimeType
        self.text = text
    }

    public var jsonValue: JSONValue { ["uri": .string(uri), "mimeType": .string(mimeType), "text": .string(text)] }
}

/// A prompt template: its name, what it is for, and its arguments.
public struct PromptDeclaration: Sendable {
    public let name: String
    public let title: String
    public let description: String
    public let arguments: [Argument]

    public struct Argument: Sendable {
        public let name: String
        public let description: String
        public let required: Bool
        /// The only values it takes, when it is a choice (checked before the host sees it).
        public let allowed: [String]?

        public init(_ name: String, _ description: String, required: Bool = false, allowed: [String]? = nil) {
            self.name = name
            self.description = description
            self.required = required
            self.allowed = allowed
        }
    }

    public init(_ name: String, title: String, description: String, arguments: [Argument]) {
        self.name = name
        self.title = title
        self.description = description
        self.arguments = arguments
    }

    var jsonValue: JSONValue {
        ["name": .string(name), "title": .string(title), "description": .string(description),
         "arguments": .array(arguments.map { ["name": .string($0.name), "description": .string($0.description), "required": .bool($0.required)] })]
    }
}

/// The result of `prompts/get`: a description and the conversation to start with.
public struct PromptMessages: Sendable {
    public let description: String
    /// Each message is `{role, content}` with MCP content (text, or an embedded resource).
    public let messages: [JSONValue]

    public init(description: String, messages: [JSONValue]) {
        self.description = description
        self.messages = messages
    }
}
