import JSONRPC

extension Dispatcher where Context == ServerContext {
    /// Runs a native method for an MCP resource or prompt and returns its result as a value;
    /// its error, if any, is thrown as the wire error it would have answered with.
    func value(of method: String, _ params: JSONObject = [:], context: inout ServerContext) throws -> JSONValue {
        var output = JSONWriter()
        if let failure = call(method, params: .object(params), context: &context, output: &output) { throw failure }
        return try JSONParser.parse(output.bytes)
    }
}
