extension JSONSchema {
    /// The schema as a JSON Schema document (for OpenRPC and MCP tool schemas).
    public var jsonValue: JSONValue {
        var object = JSONObject()
        if types.count == 1 {
            object.append("type", .string(types[0].rawValue))
        } else if types.count > 1 {
            object.append("type", .array(types.map { .string($0.rawValue) }))
        }
        if let title { object.append("title", .string(title)) }
        if let description { object.append("description", .string(description)) }
        if let allowedValues { object.append("enum", .array(allowedValues)) }
        if let format { object.append("format", .string(format.rawValue)) }
        if let minimum { object.append("minimum", JSONValue(minimum)) }
        if let maximum { object.append("maximum", JSONValue(maximum)) }
        if let maximumDecimals, maximumDecimals > 0 {
            object.append("multipleOf", .number(JSONNumber(units: 1, decimals: maximumDecimals)))
        }
        if let minLength { object.append("minLength", JSONValue(minLength)) }
        if let maxLength { object.append("maxLength", JSONValue(maxLength)) }
        if let element = items.first { object.append("items", element.jsonValue) }
        if let minItems { object.append("minItems", JSONValue(minItems)) }
        if let maxItems { object.append("maxItems", JSONValue(maxItems)) }
        if types.contains(.object) {
            if !properties.isEmpty {
                var members = JSONObject()
                for property in properties { members.append(property.name, property.schema.jsonValue) }
                object.append("properties", .object(members))
                let required = properties.filter(\.required).map { JSONValue.string($0.name) }
                if !required.isEmpty { object.append("required", .array(required)) }
            }
            if let value = valueSchema.first {
                object.append("additionalProperties", value.jsonValue)
            } else if !additionalProperties {
                object.append("additionalProperties", false)
            }
        }
        if !anyOf.isEmpty { object.append("anyOf", .array(anyOf.map(\.jsonValue))) }
        if let defaultValue { object.append("default", defaultValue) }
        if !examples.isEmpty { object.append("examples", .array(examples)) }
        return .object(object)
    }
}
