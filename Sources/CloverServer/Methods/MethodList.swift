import JSONRPC

/// Every method the server answers, in one alphabetized list. Adding a method starts here
/// (CONTRIBUTING.md has the checklist).
enum MethodList {
    static var methods: [any RPCMethod<ServerContext>.Type] {
        [
            LeadArchive.self,
            LeadGet.self,
            LeadList.self,
            LeadRestore.self,
            RPCDiscover.self,
            ServerInfo.self,
            ServerShutdown.self,
            SessionConfigure.self,
        ]
    }

    static func registry() -> MethodRegistry<ServerContext> {
        MethodRegistry(methods)
    }

    static let info = OpenRPCDocument.Info(
        title: "Clover CRM",
        version: CloverVersion.program,
        description: "A headless B2B sales CRM spoken to in newline-delimited JSON-RPC 2.0 over stdio. See protocol/README.md."
    )

    static func contract(_ registry: MethodRegistry<ServerContext>) -> JSONValue {
        OpenRPCDocument.build(info: info, methods: registry.descriptors)
    }
}

/// The declarations, for tests and tools that inspect the contract without running a session.
public enum MethodCatalog {
    public static var descriptors: [MethodDescriptor] { MethodList.registry().descriptors }
}
