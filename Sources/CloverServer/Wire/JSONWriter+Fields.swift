import CRMCore
import JSONRPC

/// Member writers for domain values, so records go straight into the response buffer without an
/// intermediate `JSONValue` (the hot path of `lead.get` and every list).
extension JSONWriter {
    mutating func member(_ name: StaticString, _ value: String) {
        key(name)
        write(value)
    }

    mutating func member(_ name: StaticString, _ value: String?) {
        key(name)
        if let value { write(value) } else { raw("null") }
    }

    mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        writeDigits(Int64(value))
    }

    mutating func member(_ name: StaticString, _ value: Int?) {
        key(name)
        if let value { writeDigits(Int64(value)) } else { raw("null") }
    }

    mutating func member(_ name: StaticString, _ value: Bool) {
        key(name)
        write(value)
    }

    mutating func member(_ name: StaticString, _ value: RecordID) {
        key(name)
        write(value)
    }

    mutating func member(_ name: StaticString, _ value: RecordID?) {
        key(name)
        if let value { write(value) } else { raw("null") }
    }

    mutating func member(_ name: StaticString, _ value: Timestamp) {
        key(name)
        write(value)
    }

    mutating func member(_ name: StaticString, _ value: Timestamp?) {
        key(name)
        if let value { write(value) } else { raw("null") }
    }

    /// `"lead_42"`, digits written in place (ids are on every record, several times).
    mutating func write(_ id: RecordID) {
        raw(UInt8(ascii: "\""))
        raw(id.kind.prefixText)
        raw(UInt8(ascii: "_"))
        writeDigits(Int64(id.sequence))
        raw(UInt8(ascii: "\""))
    }

    /// RFC 3339 UTC, as `Timestamp.rfc3339` spells it, written byte by byte without a String.
    mutating func write(_ timestamp: Timestamp) {
        let milliseconds = timestamp.milliseconds
        let day: Int64 = 86_400_000
        let days = milliseconds >= 0 ? milliseconds / day : (milliseconds - day + 1) / day
        let ofDay = milliseconds - days * day
        let date = CivilCalendar.date(days: Int(days))
        let (year, month, dayOfMonth) = (Int64(date.year), Int64(date.month), Int64(date.day))
        guard (0...9999).contains(year) else {
            write(timestamp.rfc3339)
            return
        }
        let seconds = ofDay / 1000
        let millis = ofDay % 1000
        // `"2026-11-22T09:00:00.250Z"`: at most 26 bytes, assembled on the stack, appended once.
        var buffer: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { text in
            var index = 0
            func put(_ byte: UInt8) {
                text[index] = byte
                index += 1
            }
            func digits(_ value: Int64, _ width: Int) {
                var rest = value
                for offset in stride(from: width - 1, through: 0, by: -1) {
                    text[index + offset] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                index += width
            }
            put(UInt8(ascii: "\""))
            digits(year, 4); put(UInt8(ascii: "-")); digits(month, 2); put(UInt8(ascii: "-")); digits(dayOfMonth, 2)
            put(UInt8(ascii: "T")); digits(seconds / 3600, 2); put(UInt8(ascii: ":")); digits(seconds / 60 % 60, 2)
            put(UInt8(ascii: ":")); digits(seconds % 60, 2)
            if millis != 0 {
                put(UInt8(ascii: "."))
                digits(millis, 3)
            }
            put(UInt8(ascii: "Z"))
            put(UInt8(ascii: "\""))
            raw(UnsafeRawBufferPointer(rebasing: text[..<index]))
        }
    }

    mutating func member(_ name: StaticString, _ value: Day?) {
        key(name)
        if let value { write(value.description) } else { raw("null") }
    }

    /// Money as a JSON number with exactly two decimals, from integer hundredths.
    mutating func member(_ name: StaticString, _ value: Money) {
        key(name)
        write(JSONNumber(units: value.cents, decimals: 2))
    }

    mutating func member(_ name: StaticString, _ value: Money?) {
        key(name)
        if let value { write(JSONNumber(units: value.cents, decimals: 2)) } else { raw("null") }
    }

    mutating func member(_ name: StaticString, _ value: Double?) {
        key(name)
        if let value { write(JSONNumber(value)) } else { raw("null") }
    }

    mutating func member(_ name: StaticString, _ value: JSONValue) {
        key(name)
        write(value)
    }

    mutating func member<E: RawRepresentable>(_ name: StaticString, _ value: E?) where E.RawValue == String {
        key(name)
        if let value { write(value.rawValue) } else { raw("null") }
    }
}

extension Money {
    /// The wire form: a JSON number with two decimals.
    var json: JSONValue { .number(JSONNumber(units: cents, decimals: 2)) }
}
