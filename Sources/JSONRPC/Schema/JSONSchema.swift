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
    public var types: [Kind] {
        get { storage.value.types }
        set { storage.value.types = newValue }
    }
    public var title: String? {
        get { storage.value.title }
        set { storage.value.title = newValue }
    }
    public var description: String? {
        get { storage.value.description }
        set { storage.value.description = newValue }
    }
    public var properties: [Property] {
        get { storage.value.properties }
        set { storage.value.properties = newValue }
    }
    /// For objects: whether members not in `properties` are allowed.
    public var additionalProperties: Bool {
        get { storage.value.additionalProperties }
        set { storage.value.additionalProperties = newValue }
    }
    /// Schema of array elements (zero or one entry; an array keeps the struct non-recursive).
    public var items: [JSONSchema] {
        get { storage.value.items }
        set { storage.value.items = newValue }
    }
    /// Schema of any additional object member's value (zero or one entry), for maps.
    public var valueSchema: [JSONSchema] {
        get { storage.value.valueSchema }
        set { storage.value.valueSchema = newValue }
    }
    public var allowedValues: [JSONValue]? {
        get { storage.value.allowedValues }
        set { storage.value.allowedValues = newValue }
    }
    public var format: Format? {
        get { storage.value.format }
        set { storage.value.format = newValue }
    }
    public var minimum: Int64? {
        get { storage.value.minimum }
        set { storage.value.minimum = newValue }
    }
    public var maximum: Int64? {
        get { storage.value.maximum }
        set { storage.value.maximum = newValue }
    }
    /// Most digits after the decimal point (2 for money); rendered as `multipleOf`.
    public var maximumDecimals: Int? {
        get { storage.value.maximumDecimals }
        set { storage.value.maximumDecimals = newValue }
    }
    public var minLength: Int? {
        get { storage.value.minLength }
        set { storage.value.minLength = newValue }
    }
    public var maxLength: Int? {
        get { storage.value.maxLength }
        set { storage.value.maxLength = newValue }
    }
    public var minItems: Int? {
        get { storage.value.minItems }
        set { storage.value.minItems = newValue }
    }
    public var maxItems: Int? {
        get { storage.value.maxItems }
        set { storage.value.maxItems = newValue }
    }
    public var anyOf: [JSONSchema] {
        get { storage.value.anyOf }
        set { storage.value.anyOf = newValue }
    }
    public var defaultValue: JSONValue? {
        get { storage.value.defaultValue }
        set { storage.value.defaultValue = newValue }
    }
    public var examples: [JSONValue] {
        get { storage.value.examples }
        set { storage.value.examples = newValue }
    }

    /// Every field, behind one reference. A schema is copied far more often than it is built (each
    /// member a call validates hands its schema down), and a copy is then one retain instead of one
    /// per field: copying them was a fifth of validating a small call.
    private var storage: SharedValue<Fields>

    struct Fields: Hashable, Sendable {
        var types: [Kind] = []
        var title: String? = nil
        var description: String? = nil
        var properties: [Property] = []
        var additionalProperties: Bool = true
        var items: [JSONSchema] = []
        var valueSchema: [JSONSchema] = []
        var allowedValues: [JSONValue]? = nil
        var format: Format? = nil
        var minimum: Int64? = nil
        var maximum: Int64? = nil
        var maximumDecimals: Int? = nil
        var minLength: Int? = nil
        var maxLength: Int? = nil
        var minItems: Int? = nil
        var maxItems: Int? = nil
        var anyOf: [JSONSchema] = []
        var defaultValue: JSONValue? = nil
        var examples: [JSONValue] = []
    }

    public init() {
        storage = SharedValue(Fields())
    }

    public static func == (first: JSONSchema, second: JSONSchema) -> Bool {
        first.storage == second.storage
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage)
    }

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
