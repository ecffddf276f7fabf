/// A JSON value as the wire carries it.
///
/// Numbers keep their exact text (see `JSONNumber`) and objects keep their key order, so a value
/// read and written again is byte-for-byte what was sent, ids and money included.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

extension JSONValue {
    public var isNull: Bool { if case .null = self { true } else { false } }

    public var stringValue: String? { if case .string(let value) = self { value } else { nil } }

    public var boolValue: Bool? { if case .bool(let value) = self { value } else { nil } }

    public var numberValue: JSONNumber? { if case .number(let value) = self { value } else { nil } }

    public var arrayValue: [JSONValue]? { if case .array(let value) = self { value } else { nil } }

    public var objectValue: JSONObject? { if case .object(let value) = self { value } else { nil } }

    /// The member `key` when this is an object.
    public subscript(key: String) -> JSONValue? { objectValue?[key] }

    /// The JSON type name used in error messages and schemas.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number(let number): number.isInteger ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .number(JSONNumber(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements.map { JSONObject.Member(key: $0.0, value: $0.1) }))
    }
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue {
    /// Convenience for optional fields: `nil` becomes JSON null.
    public init(_ string: String?) { self = string.map(JSONValue.string) ?? .null }
    public init(_ integer: Int) { self = .number(JSONNumber(Int64(integer))) }
    public init(_ integer: Int64) { self = .number(JSONNumber(integer)) }
    public init(_ double: Double) { self = .number(JSONNumber(double)) }
}
