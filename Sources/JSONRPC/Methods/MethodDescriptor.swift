/// A method's declaration without its code: what the contract, `rpc.discover` and MCP read.
///
/// Equal when name and alias are: a registry holds one descriptor per name.
public struct MethodDescriptor: Hashable, Sendable {
    public let name: String
    public let summary: String
    public let description: String?
    public let params: [ParamDeclaration]
    public let result: JSONSchema
    public let errors: [ErrorCode]
    /// Read on demand: examples may be computed (e.g. run against demo data), and a session that
    /// never asks for the contract should not pay for them at start-up.
    public var examples: [MethodExample] { examplesSource() }
    private let examplesSource: @Sendable () -> [MethodExample]
    /// Set when this name is an alias (e.g. `deal.get` for `opportunity.get`).
    public let aliasOf: String?

    init<M: RPCMethod>(_ method: M.Type, name: String? = nil, aliasOf: String? = nil) {
        self.name = name ?? M.name
        self.summary = M.summary
        self.description = aliasOf.map { "Alias of `\($0)`." + (M.description.map { " " + $0 } ?? "") } ?? M.description
        self.params = M.params
        self.result = M.result
        self.errors = M.errors
        self.examplesSource = { M.examples }
        self.aliasOf = aliasOf
        self.paramsSchema = .object(nil, M.params.map { $0.schema.property($0.name, required: $0.required) })
    }

    /// The params as one closed object schema (what a call by name is validated against); built
    /// once here rather than on every call.
    public let paramsSchema: JSONSchema

    public static func == (lhs: MethodDescriptor, rhs: MethodDescriptor) -> Bool {
        lhs.name == rhs.name && lhs.aliasOf == rhs.aliasOf
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(aliasOf)
    }
}
