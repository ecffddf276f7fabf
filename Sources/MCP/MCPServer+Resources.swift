import JSONRPC

/// `resources/list`, `resources/templates/list` and `resources/read`, over the host's content.
extension MCPServer {
    static var resourcePageSize: Int { 100 }

    func listResources(_ params: JSONObject, era: MCPEra, context: inout Context, output: inout JSONWriter) throws {
        let resources = try host.resources(context: &context).map(\.jsonValue)
        let page = try Pagination.page(resources, params: params, size: Self.resourcePageSize)
        // Private: the list names the dashboard, whose figures depend on who asks.
        write(Pagination.result("resources", page), era: era, cache: MCPCachePolicy(ttlMilliseconds: 60_000, scope: .private), to: &output)
    }

    func listResourceTemplates(_ params: JSONObject, era: MCPEra, output: inout JSONWriter) throws(ResponseError) {
        let page = try Pagination.page(host.resourceTemplates.map(\.jsonValue), params: params, size: Self.resourcePageSize)
        write(Pagination.result("resourceTemplates", page), era: era, cache: .fixed, to: &output)
    }

    func readResource(_ params: JSONObject, era: MCPEra, dispatcher: Dispatcher<Context>, context: inout Context, output: inout JSONWriter) throws {
        guard let uri = params["uri"]?.stringValue else {
            throw MCPErrors.invalidParams([("$.uri", "is required: a URI from resources/list or one built from a template")])
        }
        let contents = try host.readResource(uri, dispatcher: dispatcher, context: &context)
        write(["contents": .array(contents.map(\.jsonValue))], era: era, cache: host.cachePolicy(forResource: uri), to: &output)
    }
}
