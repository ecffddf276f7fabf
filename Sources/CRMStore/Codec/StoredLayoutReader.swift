#if canImport(Glibc)
import Glibc
#endif
import CRMCore
import JSON

/// The bytes were not in the exact layout the encoder writes (or held a value it would not write):
/// the caller decodes them the general way instead, which accepts or rejects them exactly as before.
struct NotStoredLayout: Error {}

/// Reads a journal line's bytes straight into record fields, for the layout `RecordCodec` writes:
/// members in its order, compact, strings without escapes. Journal replay and snapshot loading
/// built a full `JSONValue` tree per line and then looked members up in it; that was most of
/// start-up.
///
/// Anything else throws `NotStoredLayout` and the line goes through `JSONParser` and `FieldReader`.
/// So this reader only has to be right about what it accepts: whatever it accepts is strict JSON
/// (no control characters, valid UTF-8, RFC 8259 numbers, nothing after the object), and each
/// value is checked as `FieldReader` checks it.
struct StoredLayoutReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index = 0
    /// True right after `{`: the next key has no comma before it.
    private var atFirstMember = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var atEnd: Bool { index == bytes.count }

    // MARK: Structure

    @inline(__always)
    mutating func expect(_ byte: UInt8) throws(NotStoredLayout) {
        guard index < bytes.count, bytes[index] == byte else { throw NotStoredLayout() }
        index += 1
    }

    /// True (and consumed) when the next byte is `byte`.
    @inline(__always)
    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func beginObject() throws(NotStoredLayout) {
        try expect(UInt8(ascii: "{"))
        atFirstMember = true
    }

    mutating func endObject() throws(NotStoredLayout) {
        try expect(UInt8(ascii: "}"))
        atFirstMember = false
    }

    /// `"name":`, after a comma unless it is the object's first member.
    mutating func key(_ name: StaticString) throws(NotStoredLayout) {
        if atFirstMember {
            atFirstMember = false
        } else {
            try expect(UInt8(ascii: ","))
        }
        let count = name.utf8CodeUnitCount
        guard index + count + 3 <= bytes.count, let base = bytes.baseAddress, base[index] == UInt8(ascii: "\""),
              Self.same(base + index + 1, name.utf8Start, count),
              base[index + 1 + count] == UInt8(ascii: "\""), base[index + 2 + count] == UInt8(ascii: ":") else { throw NotStoredLayout() }
        index += count + 3
    }

    /// `memcmp(a, b, count) == 0`, inlined for member names (a call to `memcmp` per key was a sixth
    /// of decoding a record): two overlapping 8-byte loads cover 8 to 16 bytes.
    @inline(__always)
    private static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let a = UnsafeRawPointer(a), b = UnsafeRawPointer(b)
        switch count {
        case 8...16:
            return a.loadUnaligned(as: UInt64.self) == b.loadUnaligned(as: UInt64.self)
                && a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
                && a.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self) == b.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
        default:
            return memcmp(a, b, count) == 0
        }
    }

    /// Consumes `null` when it comes next.
    mutating func takeNull() -> Bool {
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
              bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l") else { return false }
        index += 4
        return true
    }

    // MARK: Values

    /// The bytes of a string value without escapes (quotes excluded), checked as `JSONParser` checks them.
    mutating func stringBytes() throws(NotStoredLayout) -> UnsafeBufferPointer<UInt8> {
        try expect(UInt8(ascii: "\""))
        let start = index
        guard let base = bytes.baseAddress else { throw NotStoredLayout() }
        while true {
            // Eight bytes at a time while none is a quote, a backslash, a control byte or non-ASCII
            // (inlined: most stored strings are short).
            while index + 8 <= bytes.count, !StringScan.mayNeedAttention(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
            }
            guard index < bytes.count else { throw NotStoredLayout() }
            let byte = base[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return UnsafeBufferPointer(start: base + start, count: index - 1 - start)
            }
            // Escapes are rare in stored text; the general path decodes them.
            guard byte != UInt8(ascii: "\\"), byte >= 0x20 else { throw NotStoredLayout() }
            if byte < 0x80 {
                index += 1
            } else {
                do {
                    index = try UTF8Validation.validateSequence(in: bytes, at: index)
                } catch {
                    throw NotStoredLayout()
                }
            }
        }
    }

    mutating func string() throws(NotStoredLayout) -> String {
        String(decoding: try stringBytes(), as: UTF8.self)
    }

    mutating func optionalString() throws(NotStoredLayout) -> String? {
        takeNull() ? nil : try string()
    }

    mutating func id() throws(NotStoredLayout) -> RecordID {
        guard let id = RecordID(utf8: try stringBytes()) else { throw NotStoredLayout() }
        return id
    }

    mutating func optionalID() throws(NotStoredLayout) -> RecordID? {
        takeNull() ? nil : try id()
    }

    mutating func timestamp() throws(NotStoredLayout) -> Timestamp {
        guard let time = Timestamp(rfc3339Bytes: try stringBytes()) else { throw NotStoredLayout() }
        return time
    }

    mutating func optionalTimestamp() throws(NotStoredLayout) -> Timestamp? {
        takeNull() ? nil : try timestamp()
    }

    mutating func enumeration<E: RawRepresentable>(_ type: E.Type) throws(NotStoredLayout) -> E where E.RawValue == String {
        guard let value = E(rawValue: try string()) else { throw NotStoredLayout() }
        return value
    }

    mutating func optionalEnumeration<E: RawRepresentable>(_ type: E.Type) throws(NotStoredLayout) -> E? where E.RawValue == String {
        takeNull() ? nil : try enumeration(type)
    }

    mutating func bool() throws(NotStoredLayout) -> Bool {
        if index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "t"), bytes[index + 1] == UInt8(ascii: "r"),
           bytes[index + 2] == UInt8(ascii: "u"), bytes[index + 3] == UInt8(ascii: "e") {
            index += 4
            return true
        }
        guard index + 5 <= bytes.count, bytes[index] == UInt8(ascii: "f"), bytes[index + 1] == UInt8(ascii: "a"),
              bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "s"),
              bytes[index + 4] == UInt8(ascii: "e") else { throw NotStoredLayout() }
        index += 5
        return false
    }

    /// An integer written as plain digits (no fraction or exponent; other spellings go the general way).
    mutating func int() throws(NotStoredLayout) -> Int {
        let negative = take(UInt8(ascii: "-"))
        let magnitude = try digits(maximum: 18)
        return negative ? -magnitude : magnitude
    }

    mutating func optionalInt() throws(NotStoredLayout) -> Int? {
        takeNull() ? nil : try int()
    }

    /// An amount as `JSONNumber(units:decimals: 2)` writes it (`1234.50`), in cents.
    mutating func cents() throws(NotStoredLayout) -> Int64 {
        let negative = take(UInt8(ascii: "-"))
        var cents = Int64(try digits(maximum: 15)) * 100
        if take(UInt8(ascii: ".")) {
            let start = index
            let fraction = try digits(maximum: 2, leadingZeros: true)
            cents += Int64(index - start == 1 ? fraction * 10 : fraction)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") { throw NotStoredLayout() }
        return negative ? -cents : cents
    }

    /// Skips a number whose value is not read (a derived member), checking its syntax.
    mutating func skipNumber() throws(NotStoredLayout) {
        _ = take(UInt8(ascii: "-"))
        _ = try digits(maximum: 30)
        if take(UInt8(ascii: ".")) { _ = try digits(maximum: 30, leadingZeros: true) }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") { throw NotStoredLayout() }
    }

    /// 1 to `maximum` digits, with no leading zero unless `leadingZeros` (RFC 8259 allows `0` alone);
    /// a longer run or a following digit throws, so the value never overflows.
    private mutating func digits(maximum: Int, leadingZeros: Bool = false) throws(NotStoredLayout) -> Int {
        let start = index
        var value = 0
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
            value = value &* 10 &+ Int(bytes[index] &- UInt8(ascii: "0"))
            index += 1
        }
        let count = index - start
        guard count >= 1, count <= maximum else { throw NotStoredLayout() }
        if !leadingZeros, count > 1, bytes[start] == UInt8(ascii: "0") { throw NotStoredLayout() }
        return value
    }
}

/// Keyed reads: the member's key, then its value (as `FieldReader` reads a member by name).
extension StoredLayoutReader {
    mutating func string(_ name: StaticString) throws(NotStoredLayout) -> String { try key(name); return try string() }
    mutating func optionalString(_ name: StaticString) throws(NotStoredLayout) -> String? { try key(name); return try optionalString() }
    mutating func id(_ name: StaticString) throws(NotStoredLayout) -> RecordID { try key(name); return try id() }
    mutating func optionalID(_ name: StaticString) throws(NotStoredLayout) -> RecordID? { try key(name); return try optionalID() }
    mutating func timestamp(_ name: StaticString) throws(NotStoredLayout) -> Timestamp { try key(name); return try timestamp() }
    mutating func optionalTimestamp(_ name: StaticString) throws(NotStoredLayout) -> Timestamp? { try key(name); return try optionalTimestamp() }
    mutating func bool(_ name: StaticString) throws(NotStoredLayout) -> Bool { try key(name); return try bool() }
    mutating func int(_ name: StaticString) throws(NotStoredLayout) -> Int { try key(name); return try int() }
    mutating func optionalInt(_ name: StaticString) throws(NotStoredLayout) -> Int? { try key(name); return try optionalInt() }

    mutating func enumeration<E: RawRepresentable>(_ name: StaticString, _ type: E.Type) throws(NotStoredLayout) -> E where E.RawValue == String {
        try key(name)
        return try enumeration(type)
    }

    mutating func optionalEnumeration<E: RawRepresentable>(_ name: StaticString, _ type: E.Type) throws(NotStoredLayout) -> E? where E.RawValue == String {
        try key(name)
        return try optionalEnumeration(type)
    }
}
