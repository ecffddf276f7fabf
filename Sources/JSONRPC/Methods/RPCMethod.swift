/// A method, declared once: its name, documentation, params and result schemas, the errors it can
/// answer with, examples, and the code that runs it.
///
/// Everything a client learns about a method (`rpc.discover`, `protocol/openrpc.json`, MCP tool
/// schemas) is generated from these declarations, and params are validated against the same schema
/// before `run` sees them.
public protocol RPCMethod<Context>: SendableMetatype {
    /// The state a method runs against (the server's session), owned by the single loop.
    associatedtype Context
    associatedtype Params: RPCParams = NoParams
    associatedtype Output: JSONWritable

    static var name: String { get }
    static var summary: String { get }
    static var description: String? { get }
    /// The params in positional order; a call may pass them by name or as an array in this order.
    static var params: [ParamDeclaration] { get }
    static var result: JSONSchema { get }
    /// The errors beyond invalid_params that this method can answer with.
    static var errors: [ErrorCode] { get }
    static var examples: [MethodExample] { get }

    static func run(_ params: Params, context: inout Context) throws -> Output
}

extension RPCMethod {
    public static var description: String? { nil }
    public static var params: [ParamDeclaration] { [] }
    public static var errors: [ErrorCode] { [] }
}

/// One param of a method.
public struct ParamDeclaration: Hashable, Sendable {
    public let name: String
    public let schema: JSONSchema
    public let required: Bool

    public init(_ name: String, _ schema: JSONSchema, required: Bool = false) {
        self.name = name
        self.schema = schema
        self.required = required
    }
}

/// A worked call: params by name and the result they produce (shown in the contract and tested).
public struct MethodExample: Hashable, Sendable {
    public let name: String
    public let params: JSONObject
    public let result: JSONValue

    public init(_ name: String, params: JSONObject = [:], result: JSONValue) {
        self.name = name
        self.params = params
        self.result = result
    }
}

/// Params decoded from an already validated object.
public protocol RPCParams {
    init(from params: ParamReader) throws
}

/// For methods without params.
public struct NoParams: RPCParams {
    public init(from params: ParamReader) {}
}
