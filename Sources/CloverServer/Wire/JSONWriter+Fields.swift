import CRMCore
import JSONRPC

/// Member writers for domain values, so records go straight into the response buffer without an
/// intermediate `JSONValue` (the hot path of `lead.get` and every list).
extension JSONWriter {
    mutating func member(_ name: String, _ value: String) {
        key(name)
        write(value)
    }

    mutating func member(_ name: String, _ value: String?) {
        key(name)
        if let value { write(value) } else { raw("null") }
    }

    mutating func member(_ name: String, _ value: Int) {
        key(name)
        write(value)
    }

    mutating func member(_ name: String, _ value: Int?) {
        key(name)
        if let value { write(value) } else { raw("null") }
    }

    mutating func member(_ name: String, _ value: Bool) {
        key(name)
        write(value)
    }

    mutating func member(_ name: String, _ value: RecordID) {
        key(name)
        write(value.description)
    }

    mutating func member(_ name: String, _ value: RecordID?) {
        key(name)
        if let value { write(value.description) } else { raw("null") }
    }

    mutating func member(_ name: String, _ value: Timestamp) {
        key(name)
        write(value.rfc3339)
    }

    mutating func member(_ name: String, _ value: Timestamp?) {
        key(name)
        if let value { write(value.rfc3339) } else { raw("null") }
    }

    mutating func member(_ name: String, _ value: Day?) {
        key(name)
        if let value { write(value.description) } else { raw("null") }
    }

    /// Money as a JSON number with exactly two decimals, from integer hundredths.
    mutating func member(_ name: String, _ value: Money) {
        key(name)
        write(JSONNumber(units: value.cents, decimals: 2))
    }

    mutating func member(_ name: String, _ value: Money?) {
        key(name)
        if let value { write(JSONNumber(units: value.cents, decimals: 2)) } else { raw("null") }
    }

    mutating func member(_ name: String, _ value: Double?) {
        key(name)
        if let value { write(JSONNumber(value)) } else { raw("null") }
    }

    mutating func member(_ name: String, _ value: JSONValue) {
        key(name)
        write(value)
    }

    mutating func member<E: RawRepresentable>(_ name: String, _ value: E?) where E.RawValue == String {
        key(name)
        if let value { write(value.rawValue) } else { raw("null") }
    }
}

extension Money {
    /// The wire form: a JSON number with two decimals.
    var json: JSONValue { .number(JSONNumber(units: cents, decimals: 2)) }
}
