import JSONRPC

/// One writable field of a record, declared once for both `create` (required where the record
/// needs it) and `update` (always optional; null clears the clearable ones).
struct FieldParam {
    let name: String
    let schema: JSONSchema
    let requiredOnCreate: Bool
    let clearable: Bool

    init(_ name: String, _ schema: JSONSchema, required: Bool = false, clearable: Bool = true) {
        self.name = name
        self.schema = schema
        self.requiredOnCreate = required
        self.clearable = clearable
    }

    static func create(_ fields: [FieldParam]) -> [ParamDeclaration] {
        fields.map { ParamDeclaration($0.name, $0.schema, required: $0.requiredOnCreate) }
    }

    /// `id` first, then every field (null clears), then `ifVersion`.
    static func update(_ id: JSONSchema, _ fields: [FieldParam]) -> [ParamDeclaration] {
        [ParamDeclaration("id", id, required: true)]
            + fields.map { ParamDeclaration($0.name, $0.clearable ? $0.schema.orNull : $0.schema) }
            + [ParamDeclaration("ifVersion", WireSchema.ifVersion)]
    }
}
