import JSONRPC

/// `rpc.discover`: the OpenRPC document of every method, generated from the declarations
/// (`protocol/openrpc.json` holds the same document; a test keeps them equal).
enum RPCDiscover: RPCMethod {
    static let name = "rpc.discover"
    static let summary = "The OpenRPC 1.3 document describing every method, its params, result, errors and examples."

    static let result = JSONSchema.object("An OpenRPC document (https://spec.open-rpc.org).", [
        JSONSchema.string().property("openrpc", required: true),
        JSONSchema.object(nil, [], additionalProperties: true).property("info", required: true),
        JSONSchema.array(of: .object(nil, [], additionalProperties: true)).property("methods", required: true),
        JSONSchema.object(nil, [], additionalProperties: true).property("components"),
    ])

    static let examples = [
        MethodExample("The contract (abridged)", result: [
            "openrpc": "1.3.2",
            "info": ["title": "Clover CRM", "version": .string(CloverVersion.program), "description": "…"],
            "methods": [["name": "server.info", "summary": "…", "params": [], "result": ["name": "result", "schema": ["type": "object"]]]],
        ]),
    ]

    /// Built on first use and kept: most sessions never ask, and it runs every example.
    static func run(_ params: NoParams, context: inout ServerContext) -> JSONValue {
        if context.contract.isNull { context.contract = MethodList.contract(MethodList.registry()) }
        return context.contract
    }
}
