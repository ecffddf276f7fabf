/// Typed access to params that already passed schema validation.
///
/// Validation has checked types, so accessors answer nil only for absent or null members; semantic
/// checks the schema cannot express throw `invalidParams` with the member's path.
public struct ParamReader {
    public let object: JSONObject
    /// Path prefix of these params in error messages (`$` at the top, `$.account` inside).
    public let path: String

    public init(_ object: JSONObject, path: String = "$") {
        self.object = object
        self.path = path
    }

    public func contains(_ name: String) -> Bool { object[name] != nil }

    public func value(_ name: String) -> JSONValue? {
        guard let value = object[name], !value.isNull else { return nil }
        return value
    }

    public func string(_ name: String) -> String? { value(name)?.stringValue }
    public func bool(_ name: String) -> Bool? { value(name)?.boolValue }
    public func number(_ name: String) -> JSONNumber? { value(name)?.numberValue }
    public func int(_ name: String) -> Int? { number(name)?.int64.flatMap { Int(exactly: $0) } }
    public func strings(_ name: String) -> [String]? { value(name)?.arrayValue?.compactMap(\.stringValue) }

    /// A nested object's reader, with the path extended for error messages.
    public func object(_ name: String) -> ParamReader? {
        value(name)?.objectValue.map { ParamReader($0, path: SchemaValidator.join(path, name)) }
    }

    /// The full path of a member, for errors raised after validation.
    public func path(of name: String) -> String { SchemaValidator.join(path, name) }
}
