/// Reads the plain JSON nearly every request is made of straight from the line's bytes: keys and
/// short strings of printable ASCII, integers, literals and small objects of those.
///
/// Everything a reader built on it accepts must read the same through the strict parser: it gives
/// nil at the first thing outside the plain subset (an escape, a fraction, a repeated key, a
/// syntax error) and its caller then leaves the line to the general path, which reports errors.
/// Used for the request envelope and for the params a protocol extension reads itself (MCP's
/// `tools/call`, whose `_meta` need not become a tree).
public struct PlainJSONReader {
    public let bytes: UnsafeBufferPointer<UInt8>
    public private(set) var index = 0

    /// How deep objects are read here before the strict parser takes over (to
    /// `params._meta.clientCapabilities` in an MCP request).
    private static let plainDepth = 3

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    public var isAtEnd: Bool { index == bytes.count }

    /// The byte at the index, or nil at the end.
    public var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// JSON whitespace: space, tab, line feed, carriage return.
    public mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    public mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// `,` after a member (true) or the end of its object (false), whitespace skipped on both sides.
    public mutating func consumeComma() -> Bool {
        skipWhitespace()
        guard consume(UInt8(ascii: ",")) else { return false }
        skipWhitespace()
        return true
    }

    /// A member's key and its colon, whitespace around them skipped.
    public mutating func key() -> UnsafeBufferPointer<UInt8>? {
        guard let key = plainString() else { return nil }
        skipWhitespace()
        guard consume(UInt8(ascii: ":")) else { return nil }
        skipWhitespace()
        return key
    }

    /// A string of ASCII without control characters or escapes, as the bytes between its quotes.
    public mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
        guard consume(UInt8(ascii: "\"")) else { return nil }
        let start = index
        index = StringScan.firstNeedingAttention(in: bytes, from: index)  // eight bytes at a time
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return UnsafeBufferPointer(rebasing: bytes[start..<index - 1])
            }
            guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { return nil }
            index += 1
        }
        return nil
    }

    /// An integer in RFC 8259 syntax (an optional minus, no leading zero) with no fraction or
    /// exponent after it, kept as its text as the parser keeps every number.
    public mutating func integer() -> JSONNumber? {
        let start = index
        _ = consume(UInt8(ascii: "-"))
        guard index < bytes.count, Self.isDigit(bytes[index]) else { return nil }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
            default: break
            }
        }
        return JSONNumber(validatedText: String(knownASCII: UnsafeBufferPointer(rebasing: bytes[start..<index])))
    }

    /// `true`, `false` or `null` when `text` is next.
    public mutating func literal(_ text: StaticString) -> Bool {
        guard index + text.utf8CodeUnitCount <= bytes.count,
              Self.equals(UnsafeBufferPointer(rebasing: bytes[index..<index + text.utf8CodeUnitCount]), text)
        else { return false }
        index += text.utf8CodeUnitCount
        return true
    }

    /// An object or array `nesting` levels inside the line (the envelope's `params` is 1): plain
    /// objects read here, anything else by the strict parser, so the depth limit falls where it
    /// does for the whole line.
    public mutating func container(nesting: Int) -> JSONValue? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "[") else { return nil }
        let start = index
        if let object = plainObject(depth: 0) { return object }
        index = start
        return parsed(nesting: nesting)
    }

    /// An object whose keys are plain strings, each once, and whose values are plain strings,
    /// integers, `true`, `false`, `null` or (to `plainDepth` levels) objects of the same kind:
    /// what most calls send. Anything else gives nil for the strict parser. Saves the parser's
    /// member stack and the copy out of it.
    private mutating func plainObject(depth: Int) -> JSONValue? {
        guard consume(UInt8(ascii: "{")) else { return nil }
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return .object(JSONObject([])) }
        var members = [JSONObject.Member]()
        members.reserveCapacity(4)  // one allocation for the usual few members, not one per growth
        repeat {
            guard let keyBytes = key(), index < bytes.count else { return nil }
            let value: JSONValue
            switch bytes[index] {
            case UInt8(ascii: "\""):
                guard let text = plainString() else { return nil }
                value = .string(String(knownASCII: text))
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard let number = integer() else { return nil }
                value = .number(number)
            case UInt8(ascii: "t"):
                guard literal("true") else { return nil }
                value = .bool(true)
            case UInt8(ascii: "f"):
                guard literal("false") else { return nil }
                value = .bool(false)
            case UInt8(ascii: "n"):
                guard literal("null") else { return nil }
                value = .null
            case UInt8(ascii: "{") where depth < Self.plainDepth:
                guard let object = plainObject(depth: depth + 1) else { return nil }
                value = object
            default:
                return nil
            }
            let key = String(knownASCII: keyBytes)
            // A repeated key is a parse error, which the strict parser reports.
            guard !members.contains(where: { JSONObject.sameKey($0.key, key) }) else { return nil }
            members.append(JSONObject.Member(key: key, value: value))
        } while consumeComma()
        guard consume(UInt8(ascii: "}")) else { return nil }
        return .object(JSONObject(members))
    }

    /// An object or array by the strict parser, at its depth inside the line.
    private mutating func parsed(nesting: Int) -> JSONValue? {
        do {
            let (value, end) = try JSONParser.parseValue(
                in: bytes, from: index, maximumDepth: JSONParser.defaultMaximumDepth - nesting)
            index = end
            return value
        } catch {
            return nil
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// Whether `bytes` spell `text` exactly, compared a word at a time (MCP's `_meta` keys are
    /// forty bytes long).
    public static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        equals(bytes, UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Whether two runs of bytes are the same, compared a word at a time.
    public static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == other.count else { return false }
        guard let left = UnsafeRawPointer(bytes.baseAddress), let right = UnsafeRawPointer(other.baseAddress) else { return true }
        var offset = 0
        while offset + 8 <= bytes.count {
            guard left.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
            offset += 8
        }
        while offset < bytes.count {
            guard bytes[offset] == other[offset] else { return false }
            offset += 1
        }
        return true
    }
}
