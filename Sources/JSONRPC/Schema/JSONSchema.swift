/// The subset of JSON Schema (2020-12) that method declarations use, rendered into OpenRPC and MCP
/// tool schemas and enforced on every call by `SchemaValidator`.
///
/// One description drives validation, documentation and the generated contract, so they cannot
/// drift apart.
public struct JSONSchema: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case string, integer, number, boolean, object, array, null
    }

    public struct Property: Hashable, Sendable {
        public var name: String
        public var schema: JSONSchema
        public var required: Bool
    }

    /// Allowed JSON types; empty means any value.
    public var types: [Kind] = []
    public var title: String? = nil
    public var description: String? = nil
    public var properties: [Property] = []
    /// For objects: whether members not in `properties` are allowed.
    public var additionalProperties = true
    /// Schema of array elements (zero or one entry; an array keeps the struct non-recursive).
    public var items: [JSONSchema] = []
    /// Schema of any additional object member's value (zero or one entry), for maps.
    public var valueSchema: [JSONSchema] = []
    public var allowedValues: [JSONValue]? = nil
    public var format: Format? = nil
    public var minimum: Int64? = nil
    public var maximum: Int64? = nil
    /// Most digits after the decimal point (2 for money); rendered as `multipleOf`.
    public var maximumDecimals: Int? = nil
    public var minLength: Int? = nil
    public var maxLength: Int? = nil
    public var minItems: Int? = nil
    public var maxItems: Int? = nil
    public var anyOf: [JSONSchema] = []
    public var defaultValue: JSONValue? = nil
    public var examples: [JSONValue] = []

    public init() {}

    /// String formats the validator checks.
    public enum Format: String, Hashable, Sendable {
        case date
        case dateTime = "date-time"
        case email
        case currency
        case uri
    }
}

// MARK: - Builders

extension JSONSchema {
    public static var any: JSONSchema { JSONSchema() }

    public static func string(_ description: String? = nil, format: Format? = nil, minLength: Int? = nil, maxLength: Int? = nil) -> JSONSchema {
        var schema = JSONSchema()
        schema.types = [.string]
        schema.description = description
        schema.format = format
        schema.minLength = minLength
        schema.maxLength = maxLength
        return schema
    }

    public static func integer(_ description: String? = nil, minimum: Int64? = nil, maximum: Int64? = nil, default defaultValue: Int64? = nil) -> JSONSchema {
        var schema = JSONSchema()
        schema.types = [.integer]
        schema.description = description
        schema.minimum = minimum
        schema.maximum = maximum
        schema.defaultValue = defaultValue.map { JSONValue($0) }
        return schema
    }

    public static func number(_ description: String? = nil, minimum: Int64? = nil, maximumDecimals: Int? = nil) -> JSONSchema {
        var schema = JSONSchema()
        schema.types = [.number]
        schema.description = description
        schema.minimum = minimum
        schema.maximumDecimals = maximumDecimals
        return schema
    }

    public static func boolean(_ description: String? = nil, default defaultValue: Bool? = nil) -> JSONSchema {
        var schema = JSONSchema()
        schema.types = [.boolean]
        schema.description = description
        schema.defaultValue = defaultValue.map(JSONValue.bool)
        return schema
    }

    /// A string limited to `values` (the validator lists them when a call gets it wrong).
    public static func enumeration(_ values: [String], _ description: String? = nil) -> JSONSchema {
        var schema = JSONSchema.string(description)
        schema.allowedValues = values.map(JSONValue.string)
        return schema
    }

    public static func array(of element: JSONSchema, _ description: String? = nil, minItems: Int? = nil, maxItems: Int? = nil) -> JSONSchema {
        var schema = JSONSchema()
        schema.types = [.array]
        schema.description = description
        schema.items = [element]
        schema.minItems = minItems
        schema.maxItems = maxItems
        return schema
    }

    /// A closed object: members not listed are rejected.
    public static func object(_ description: String? = nil, _ properties: [Property], additionalProperties: Bool = false) -> JSONSchema {
        var schema = JSONSchema()
        schema.types = [.object]
        schema.description = description
        schema.properties = properties
        schema.additionalProperties = additionalProperties
        return schema
    }

    /// An object whose members are all `value` (a map keyed by name).
    public static func map(of value: JSONSchema, _ description: String? = nil) -> JSONSchema {
        var schema = JSONSchema()
        schema.types = [.object]
        schema.description = description
        schema.valueSchema = [value]
        return schema
    }

    public static func anyOf(_ alternatives: [JSONSchema], _ description: String? = nil) -> JSONSchema {
        var schema = JSONSchema()
        schema.description = description
        schema.anyOf = alternatives
        return schema
    }

    /// The same schema, also accepting null.
    public var orNull: JSONSchema {
        var schema = self
        if !schema.types.isEmpty && !schema.types.contains(.null) { schema.types.append(.null) }
        if let allowed = schema.allowedValues, !allowed.contains(.null) { schema.allowedValues = allowed + [.null] }
        return schema
    }

    public func described(_ text: String) -> JSONSchema {
        var schema = self
        schema.description = text
        return schema
    }

    public func example(_ value: JSONValue) -> JSONSchema {
        var schema = self
        schema.examples.append(value)
        return schema
    }

    /// A member of an object schema.
    public func property(_ name: String, required: Bool = false) -> Property {
        Property(name: name, schema: self, required: required)
    }
}
