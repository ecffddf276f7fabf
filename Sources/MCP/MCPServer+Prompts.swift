import JSONRPC

/// `prompts/list`, `prompts/get` and `completion/complete`.
extension MCPServer {
    func listPrompts(_ params: JSONObject, era: MCPEra, output: inout JSONWriter) throws(ResponseError) {
        let page = try Pagination.page(host.prompts.map(\.jsonValue), params: params, size: Self.toolPageSize)
        write(Pagination.result("prompts", page), era: era, cache: .fixed, to: &output)
    }

    func getPrompt(_ params: JSONObject, era: MCPEra, dispatcher: Dispatcher<Context>, context: inout Context, output: inout JSONWriter) throws {
        guard let name = params["name"]?.stringValue else {
            throw MCPErrors.invalidParams([("$.name", "is required: the name of a prompt from prompts/list")])
        }
        guard let prompt = host.prompts.first(where: { $0.name == name }) else {
            throw MCPErrors.unknownPrompt(name, among: host.prompts.map(\.name))
        }
        let arguments = try promptArguments(params["arguments"], for: prompt)
        let messages = try host.prompt(prompt, arguments: arguments, dispatcher: dispatcher, context: &context)
        write(["description": .string(messages.description), "messages": .array(messages.messages)], era: era, to: &output)
    }

    /// Arguments are strings by MCP's definition; unknown and missing ones are listed together.
    private func promptArguments(_ given: JSONValue?, for prompt: PromptDeclaration) throws(ResponseError) -> [String: String] {
        var arguments: [String: String] = [:]
        var problems: [(String, String)] = []
        if let given, !given.isNull {
            guard let object = given.objectValue else {
                throw MCPErrors.invalidParams([("$.arguments", "must be an object of strings")])
            }
            for member in object.members {
                let path = "$.arguments.\(member.key)"
                guard let declared = prompt.arguments.first(where: { $0.name == member.key }) else {
                    problems.append((path, "is not an argument of \(prompt.name); it takes " + prompt.arguments.map(\.name).joined(separator: ", ")))
                    continue
                }
                guard let text = member.value.stringValue else {
                    problems.append((path, "must be a string"))
                    continue
                }
                if let allowed = declared.allowed, !allowed.contains(text) {
                    problems.append((path, "must be one of " + allowed.joined(separator: ", ")))
                    continue
                }
                arguments[member.key] = text
            }
        }
        for argument in prompt.arguments where argument.required && (arguments[argument.name] ?? "").isEmpty {
            problems.append(("$.arguments.\(argument.name)", "is required: \(argument.description)"))
        }
        if !problems.isEmpty { throw MCPErrors.invalidParams(problems) }
        return arguments
    }

    func complete(_ params: JSONObject, era: MCPEra, context: inout Context, output: inout JSONWriter) throws(ResponseError) {
        guard let reference = params["ref"]?.objectValue, let kind = reference["type"]?.stringValue else {
            throw MCPErrors.invalidParams([("$.ref", "is required: {\"type\": \"ref/prompt\", \"name\": …} or {\"type\": \"ref/resource\", \"uri\": …}")])
        }
        guard let argument = params["argument"]?.objectValue, let name = argument["name"]?.stringValue else {
            throw MCPErrors.invalidParams([("$.argument", "is required: {\"name\": …, \"value\": …}")])
        }
        switch kind {
        case "ref/prompt":
            let promptName = reference["name"]?.stringValue ?? ""
            guard host.prompts.contains(where: { $0.name == promptName }) else {
                throw MCPErrors.unknownPrompt(promptName, among: host.prompts.map(\.name))
            }
        case "ref/resource":
            break
        default:
            throw MCPErrors.invalidParams([("$.ref.type", "must be ref/prompt or ref/resource")])
        }
        let values = host.completions(for: name, prefix: argument["value"]?.stringValue ?? "", context: &context)
        let shown = values.prefix(100)
        write(["completion": [
            "values": .array(shown.map { .string($0) }),
            "total": JSONValue(values.count),
            "hasMore": .bool(values.count > shown.count),
        ]], era: era, to: &output)
    }
}
