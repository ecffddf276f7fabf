import JSONRPC
import MCP

/// The MCP server as the dispatcher's protocol extension, through a conformance of our own.
///
/// The dispatcher holds its extension as an existential. Through `MCPServer`'s own (generic)
/// conformance, every MCP request ran unspecialised code that looked up generic type metadata at
/// run time, about a thousand instructions per `tools/call` on each thread. Here the server's type
/// is concrete, so the optimiser specialises the calls (with cross-module optimisation).
struct CloverMCPExtension: ProtocolExtension {
    typealias Context = ServerContext

    let server = MCPServer(host: CloverMCPHost())

    func handles(_ method: String) -> Bool {
        server.handles(method)
    }

    func call(_ method: String, params: JSONValue?, dispatcher: Dispatcher<ServerContext>, context: inout ServerContext, output: inout JSONWriter) throws {
        try server.call(method, params: params, dispatcher: dispatcher, context: &context, output: &output)
    }

    var methodsReadingOwnParams: [String] { server.methodsReadingOwnParams }

    func prepare(_ method: String, reading params: inout PlainJSONReader, dispatcher: Dispatcher<ServerContext>) -> PreparedExtensionCall<ServerContext>? {
        server.prepare(method, reading: &params, dispatcher: dispatcher)
    }
}
