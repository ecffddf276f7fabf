/// The OpenRPC 1.3 document for a set of method declarations: what `rpc.discover` answers and what
/// `protocol/openrpc.json` holds.
public struct OpenRPCDocument {
    public struct Info: Sendable {
        public let title: String
        public let version: String
        public let description: String

        public init(title: String, version: String, description: String) {
            self.title = title
            self.version = version
            self.description = description
        }
    }

    public static func build(info: Info, methods: [MethodDescriptor]) -> JSONValue {
        [
            "openrpc": "1.3.2",
            "info": ["title": .string(info.title), "version": .string(info.version), "description": .string(info.description)],
            "methods": .array(methods.map(method)),
            "components": ["errors": .object(JSONObject(ErrorCode.all.map { JSONObject.Member(key: $0.kind, value: errorValue($0)) }))],
        ]
    }

    private static func method(_ descriptor: MethodDescriptor) -> JSONValue {
        var object: JSONObject = ["name": .string(descriptor.name), "summary": .string(descriptor.summary)]
        if let description = descriptor.description { object.append("description", .string(description)) }
        object.append("paramStructure", "either")
        object.append("params", .array(descriptor.params.map(param)))
        object.append("result", ["name": "result", "schema": descriptor.result.jsonValue])
        let errors = [ErrorCode.invalidParams] + descriptor.errors
        object.append("errors", .array(errors.map(errorValue)))
        object.append("examples", .array(descriptor.examples.map { example($0, descriptor) }))
        return .object(object)
    }

    private static func param(_ declaration: ParamDeclaration) -> JSONValue {
        var object: JSONObject = ["name": .string(declaration.name)]
        if let description = declaration.schema.description { object.append("description", .string(description)) }
        object.append("required", .bool(declaration.required))
        object.append("schema", declaration.schema.jsonValue)
        return .object(object)
    }

    private static func errorValue(_ code: ErrorCode) -> JSONValue {
        ["code": JSONValue(code.rawValue), "message": .string(code.kind), "data": ["kind": .string(code.kind)]]
    }

    private static func example(_ example: MethodExample, _ descriptor: MethodDescriptor) -> JSONValue {
        [
            "name": .string(example.name),
            "params": .array(example.params.members.map { ["name": .string($0.key), "value": $0.value] }),
            "result": ["name": "result", "value": example.result],
        ]
    }
}
