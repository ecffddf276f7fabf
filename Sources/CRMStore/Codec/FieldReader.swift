import CRMCore
import JSON

/// Typed reads from a stored JSON object, each failure naming the member's path.
struct FieldReader {
    let object: JSONObject
    let path: String

    init(_ value: JSONValue, path: String) throws(CodecError) {
        guard let object = value.objectValue else { throw CodecError(path, "expected an object") }
        self.object = object
        self.path = path
    }

    private func value(_ key: String) -> JSONValue? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    private func fail(_ key: String, _ reason: String) -> CodecError { CodecError("\(path).\(key)", reason) }

    func string(_ key: String) throws(CodecError) -> String {
        guard let text = value(key)?.stringValue else { throw fail(key, "expected a string") }
        return text
    }

    func optionalString(_ key: String) throws(CodecError) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.stringValue else { throw fail(key, "expected a string or null") }
        return text
    }

    func int(_ key: String) throws(CodecError) -> Int {
        guard let number = value(key)?.numberValue?.int64, let int = Int(exactly: number) else { throw fail(key, "expected an integer") }
        return int
    }

    func optionalInt(_ key: String) throws(CodecError) -> Int? {
        guard value(key) != nil else { return nil }
        return try int(key)
    }

    func bool(_ key: String) throws(CodecError) -> Bool {
        guard let flag = value(key)?.boolValue else { throw fail(key, "expected a boolean") }
        return flag
    }

    func id(_ key: String) throws(CodecError) -> RecordID {
        guard let id = RecordID(try string(key)) else { throw fail(key, "not a record id") }
        return id
    }

    func optionalID(_ key: String) throws(CodecError) -> RecordID? {
        guard let text = try optionalString(key) else { return nil }
        guard let id = RecordID(text) else { throw fail(key, "not a record id") }
        return id
    }

    func timestamp(_ key: String) throws(CodecError) -> Timestamp {
        guard let time = Timestamp(rfc3339: try string(key)) else { throw fail(key, "not an RFC 3339 time") }
        return time
    }

    func optionalTimestamp(_ key: String) throws(CodecError) -> Timestamp? {
        guard let text = try optionalString(key) else { return nil }
        guard let time = Timestamp(rfc3339: text) else { throw fail(key, "not an RFC 3339 time") }
        return time
    }

    func optionalDay(_ key: String) throws(CodecError) -> Day? {
        guard let text = try optionalString(key) else { return nil }
        guard let day = Day(text) else { throw fail(key, "not a YYYY-MM-DD date") }
        return day
    }

    func enumeration<E: RawRepresentable>(_ key: String, _ type: E.Type) throws(CodecError) -> E where E.RawValue == String {
        guard let value = E(rawValue: try string(key)) else { throw fail(key, "not a known \(E.self)") }
        return value
    }

    func optionalEnumeration<E: RawRepresentable>(_ key: String, _ type: E.Type) throws(CodecError) -> E? where E.RawValue == String {
        guard value(key) != nil else { return nil }
        return try enumeration(key, type)
    }

    func currency(_ key: String) throws(CodecError) -> CurrencyCode {
        guard let code = CurrencyCode(try string(key)) else { throw fail(key, "not an ISO 4217 currency") }
        return code
    }

    /// An exact amount: the number's text scaled to cents, never through Double.
    func money(_ key: String, currency: CurrencyCode) throws(CodecError) -> Money {
        guard let cents = value(key)?.numberValue?.scaledInteger(decimals: 2) else { throw fail(key, "expected an amount with at most 2 decimals") }
        do {
            return try Money(cents: cents, currency: currency)
        } catch {
            throw fail(key, "not a valid \(currency.code) amount")
        }
    }

    func array(_ key: String) throws(CodecError) -> [JSONValue] {
        guard let elements = value(key)?.arrayValue else { throw fail(key, "expected an array") }
        return elements
    }

    func nested(_ key: String) throws(CodecError) -> FieldReader? {
        guard let value = value(key) else { return nil }
        return try FieldReader(value, path: "\(path).\(key)")
    }
}

/// Small builders for the encoding side.
extension JSONValue {
    init(_ id: RecordID?) { self = id.map { .string($0.description) } ?? .null }
    init(_ time: Timestamp?) { self = time.map { .string($0.rfc3339) } ?? .null }
    init(_ day: Day?) { self = day.map { .string($0.description) } ?? .null }
    init(optionalInt int: Int?) { self = int.map { JSONValue($0) } ?? .null }
    init<E: RawRepresentable>(enumValue: E?) where E.RawValue == String { self = enumValue.map { .string($0.rawValue) } ?? .null }
    init(amount: Money) { self = .number(JSONNumber(units: amount.cents, decimals: 2)) }
}
