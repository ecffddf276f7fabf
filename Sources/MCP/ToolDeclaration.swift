import JSONRPC

/// One tool: a native method offered to models under a name their hosts accept.
///
/// Only the curation is written by hand (which methods, the tool's name and title, and how it
/// behaves); the description and both schemas are read from the method's declaration, so a tool
/// can never drift from the method it runs. A class (of constants): a prepared `tools/call` holds
/// its tool, and one reference is cheaper to keep than its five fields.
public final class ToolDeclaration: Sendable {
    /// `[a-z_]+`: hosts that forward tools to model APIs refuse dots in names.
    public let name: String
    /// The native method it runs (params are its arguments, the result its structured content).
    public let method: String
    public let title: String
    public let behavior: Behavior
    /// A sentence for the model placed before the method's own description, when the tool is
    /// meant for a narrower use than the method.
    public let guidance: String?

    public init(_ name: String, runs method: String, title: String, _ behavior: Behavior, guidance: String? = nil) {
        self.name = name
        self.method = method
        self.title = title
        self.behavior = behavior
        self.guidance = guidance
    }

    /// MCP's tool annotations, which hosts use to decide when to ask the user first.
    public enum Behavior: Sendable {
        /// Reads only.
        case reads
        /// Adds or changes data without destroying any; repeating it may add again.
        case writes
        /// Changes data; repeating it with the same arguments changes nothing more.
        case updates
    }

    /// The `_meta` key of a tool definition naming the native method it runs.
    public static let methodMetaKey = "io.clover-crm/method"

    /// The tool as `tools/list` shows it, built from the method's declaration.
    public func definition(_ descriptor: MethodDescriptor) -> JSONValue {
        var description = [guidance, descriptor.summary, descriptor.description].compactMap { $0 }.joined(separator: " ")
        if description.isEmpty { description = title }
        var annotations: JSONObject = ["title": .string(title), "readOnlyHint": .bool(behavior == .reads)]
        if behavior != .reads {
            annotations.append("destructiveHint", false)
            annotations.append("idempotentHint", .bool(behavior == .updates))
        }
        annotations.append("openWorldHint", false)
        return [
            "name": .string(name),
            "title": .string(title),
            "description": .string(description),
            "inputSchema": descriptor.paramsSchema.jsonValue,
            "outputSchema": Self.outputSchema(descriptor.result.jsonValue),
            "annotations": .object(annotations),
            // The native method, for programs that want its contract entry (examples, errors).
            "_meta": [Self.methodMetaKey: .string(method)],
        ]
    }

    /// The result schema as clients check structured content against it. `multipleOf` is left
    /// out: it documents money's decimals, but floating-point validators (Python's jsonschema)
    /// reject exact amounts like 0.07 against 0.01. The server writes the amounts; nothing is lost.
    public static func outputSchema(_ schema: JSONValue) -> JSONValue {
        switch schema {
        case .object(let object):
            var copy = JSONObject()
            for member in object.members where member.key != "multipleOf" {
                copy.append(member.key, outputSchema(member.value))
            }
            return .object(copy)
        case .array(let elements):
            return .array(elements.map(outputSchema))
        default:
            return schema
        }
    }
}
