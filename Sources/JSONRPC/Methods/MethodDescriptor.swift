/// A method's declaration without its code: what the contract, `rpc.discover` and MCP read.
public struct MethodDescriptor: Hashable, Sendable {
    public let name: String
    public let summary: String
    public let description: String?
    public let params: [ParamDeclaration]
    public let result: JSONSchema
    public let errors: [ErrorCode]
    public let examples: [MethodExample]
    /// Set when this name is an alias (e.g. `deal.get` for `opportunity.get`).
    public let aliasOf: String?

    init<M: RPCMethod>(_ method: M.Type, name: String? = nil, aliasOf: String? = nil) {
        self.name = name ?? M.name
        self.summary = M.summary
        self.description = aliasOf.map { "Alias of `\($0)`." + (M.description.map { " " + $0 } ?? "") } ?? M.description
        self.params = M.params
        self.result = M.result
        self.errors = M.errors
        self.examples = M.examples
        self.aliasOf = aliasOf
        self.paramsSchema = .object(nil, M.params.map { $0.schema.property($0.name, required: $0.required) })
    }

    /// The params as one closed object schema (what a call by name is validated against); built
    /// once here rather than on every call.
    public let paramsSchema: JSONSchema
}
