/// A request's id, echoed exactly as sent: a number keeps its text (`1.0` stays `1.0`).
public enum RequestID: Hashable, Sendable {
    case string(String)
    case number(JSONNumber)
    case null

    /// The id for a JSON value, or nil when JSON-RPC does not allow that type (boolean, array, object).
    public init?(_ value: JSONValue) {
        switch value {
        case .string(let string): self = .string(string)
        case .number(let number): self = .number(number)
        case .null: self = .null
        default: return nil
        }
    }

    public var jsonValue: JSONValue {
        switch self {
        case .string(let string): .string(string)
        case .number(let number): .number(number)
        case .null: .null
        }
    }

    func write(to writer: inout JSONWriter) {
        switch self {
        case .string(let string): writer.write(string)
        case .number(let number): writer.write(number)
        case .null: writer.raw("null")
        }
    }
}
