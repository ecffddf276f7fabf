/// A strict RFC 8259 parser over UTF-8 bytes.
///
/// Hand-written because it is the hot path: it parses a typical request several times faster than
/// `JSONSerialization` or `JSONDecoder`. It rejects everything RFC 8259 does not allow (trailing
/// commas, leading zeros, bare control characters, bad escapes, lone surrogates, invalid UTF-8,
/// trailing data) and nesting beyond `maximumDepth`, which is checked before recursing so no input
/// can overflow the stack. Duplicate object keys are rejected: two readers of one message must never
/// disagree about which value counted.
public struct JSONParser {
    public static let defaultMaximumDepth = 512

    public static func parse(_ bytes: UnsafeRawBufferPointer, maximumDepth: Int = defaultMaximumDepth) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: bytes.bindMemory(to: UInt8.self), maximumDepth: maximumDepth)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else { throw JSONParseError(.trailingData, at: parser.index) }
        return value
    }

    public static func parse(_ bytes: some Collection<UInt8>, maximumDepth: Int = defaultMaximumDepth) throws(JSONParseError) -> JSONValue {
        let array = Array(bytes)
        do {
            return try array.withUnsafeBytes { buffer in try parse(buffer, maximumDepth: maximumDepth) }
        } catch let error as JSONParseError {
            throw error
        } catch {
            throw JSONParseError(.unexpectedEnd, at: 0)  // unreachable: parse throws only JSONParseError
        }
    }

    public static func parse(_ text: String, maximumDepth: Int = defaultMaximumDepth) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8), maximumDepth: maximumDepth)
    }

    /// Parses the one value that starts at `index` (after whitespace) and returns it with the index
    /// just past it, leaving the rest of `bytes` unread: for readers that take a known shape apart
    /// themselves and hand the parts they do not know to the strict parser. `maximumDepth` counts
    /// from this value, which is depth 1 when it is an object or array.
    package static func parseValue(
        in bytes: UnsafeBufferPointer<UInt8>, from index: Int, maximumDepth: Int
    ) throws(JSONParseError) -> (value: JSONValue, end: Int) {
        var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth)
        parser.index = index
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        return (value, parser.index)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let maximumDepth: Int
    private var index = 0
    /// Members and elements of the objects and arrays being parsed, innermost last.
    private var memberStack: [JSONObject.Member] = []
    private var elementStack: [JSONValue] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        // Indented documents have long runs of spaces: take them eight at a time.
        index = StringScan.skipSpaces(in: bytes, from: index)
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    @inline(__always)
    private func peek() throws(JSONParseError) -> UInt8 {
        guard index < bytes.count else { throw JSONParseError(.unexpectedEnd, at: index) }
        return bytes[index]
    }

    private mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        switch try peek() {
        case UInt8(ascii: "{"): return .object(try parseObject(depth: depth + 1))
        case UInt8(ascii: "["): return .array(try parseArray(depth: depth + 1))
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case let byte: throw JSONParseError(.unexpectedByte(byte), at: index)
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let start = index
        let count = literal.utf8CodeUnitCount
        for offset in 0..<count {
            guard start + offset < bytes.count else { throw JSONParseError(.unexpectedEnd, at: start + offset) }
            guard bytes[start + offset] == literal.utf8Start[offset] else {
                throw JSONParseError(.unexpectedByte(bytes[start + offset]), at: start + offset)
            }
        }
        index += count
    }

    private mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONObject {
        guard depth <= maximumDepth else { throw JSONParseError(.tooDeep(limit: maximumDepth), at: index) }
        index += 1  // {
        var seenKeys: Set<String>? = nil
        skipWhitespace()
        if try peek() == UInt8(ascii: "}") {
            index += 1
            return JSONObject([])
        }
        // Members collect on a stack shared by all objects and move into an array of the exact size at
        // the end: one allocation per object instead of one per doubling.
        let base = memberStack.count
        while true {
            guard try peek() == UInt8(ascii: "\"") else { throw JSONParseError(.unexpectedByte(bytes[index]), at: index) }
            let keyOffset = index
            let key = try parseString()
            // Small objects scan; large ones switch to a set so a hostile 100k-key object stays linear.
            // Stored records have up to ~30 members, and hashing their keys into a set cost more than
            // scanning them (journal replay parses one record per change set).
            if memberStack.count - base < 32 {
                if memberStack[base...].contains(where: { $0.key == key }) { throw JSONParseError(.duplicateKey(key), at: keyOffset) }
            } else {
                if seenKeys == nil { seenKeys = Set(memberStack[base...].map(\.key)) }
                if seenKeys?.insert(key).inserted == false { throw JSONParseError(.duplicateKey(key), at: keyOffset) }
            }
            skipWhitespace()
            guard try peek() == UInt8(ascii: ":") else { throw JSONParseError(.unexpectedByte(bytes[index]), at: index) }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            memberStack.append(JSONObject.Member(key: key, value: value))
            seenKeys?.insert(key)
            skipWhitespace()
            switch try peek() {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                index += 1
                let members = Array(memberStack[base...])
                memberStack.removeSubrange(base...)
                return JSONObject(members)
            case let byte:
                throw JSONParseError(.unexpectedByte(byte), at: index)
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONParseError) -> [JSONValue] {
        guard depth <= maximumDepth else { throw JSONParseError(.tooDeep(limit: maximumDepth), at: index) }
        index += 1  // [
        skipWhitespace()
        if try peek() == UInt8(ascii: "]") {
            index += 1
            return []
        }
        // As for objects: elements collect on a shared stack, then move into an exact-size array.
        let base = elementStack.count
        while true {
            let element = try parseValue(depth: depth)
            elementStack.append(element)
            skipWhitespace()
            switch try peek() {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
            case UInt8(ascii: "]"):
                index += 1
                let elements = Array(elementStack[base...])
                elementStack.removeSubrange(base...)
                return elements
            case let byte:
                throw JSONParseError(.unexpectedByte(byte), at: index)
            }
        }
    }

    private mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { throw JSONParseError(.invalidNumber, at: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            // RFC 8259: no leading zeros ("01" is not a number).
            if index < bytes.count, isDigit(bytes[index]) { throw JSONParseError(.invalidNumber, at: start) }
        } else if isDigit(bytes[index]) {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        } else {
            throw JSONParseError(.invalidNumber, at: start)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw JSONParseError(.invalidNumber, at: start) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw JSONParseError(.invalidNumber, at: start) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return JSONNumber(validatedText: text)
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    private mutating func parseString() throws(JSONParseError) -> String {
        index += 1  // opening quote
        let start = index
        // Fast path: no escapes. Runs of plain ASCII are skipped eight bytes at a time; UTF-8 is
        // validated sequence by sequence while scanning, and the string is built in one step.
        var ascii = true
        while true {
            index = StringScan.firstNeedingAttention(in: bytes, from: index)
            guard index < bytes.count else { throw JSONParseError(.unexpectedEnd, at: index) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = UnsafeBufferPointer(rebasing: bytes[start..<index])
                let string = ascii ? String(knownASCII: text) : String(validatedUTF8: text)
                index += 1
                return string
            }
            if byte == UInt8(ascii: "\\") { return try parseEscapedString(from: start) }
            if byte < 0x20 { throw JSONParseError(.controlCharacterInString, at: index) }
            if byte < 0x80 {
                index += 1
            } else {
                ascii = false
                index = try UTF8Validation.validateSequence(in: bytes, at: index)
            }
        }
    }

    /// The slow path, taken at the first backslash: copies into a buffer, decoding escapes.
    private mutating func parseEscapedString(from start: Int) throws(JSONParseError) -> String {
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try appendEscape(to: &buffer)
            case 0..<0x20:
                throw JSONParseError(.controlCharacterInString, at: index)
            case 0..<0x80:
                buffer.append(byte)
                index += 1
            default:
                let end = try UTF8Validation.validateSequence(in: bytes, at: index)
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
            }
        }
        throw JSONParseError(.unexpectedEnd, at: index)
    }

    private mutating func appendEscape(to buffer: inout [UInt8]) throws(JSONParseError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else { throw JSONParseError(.unexpectedEnd, at: index) }
        let code = bytes[index]
        index += 1
        switch code {
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "/"): buffer.append(0x2F)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = UInt32(try readHex4())
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw JSONParseError(.loneSurrogate, at: escapeStart)
                }
                index += 2
                let low = UInt32(try readHex4())
                guard (0xDC00...0xDFFF).contains(low) else { throw JSONParseError(.loneSurrogate, at: escapeStart) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw JSONParseError(.loneSurrogate, at: escapeStart)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw JSONParseError(.invalidEscape, at: escapeStart) }
            UTF8Validation.append(unicode, to: &buffer)
        default:
            throw JSONParseError(.invalidEscape, at: escapeStart)
        }
    }

    private mutating func readHex4() throws(JSONParseError) -> UInt16 {
        guard index + 4 <= bytes.count else { throw JSONParseError(.invalidEscape, at: index) }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONParseError(.invalidEscape, at: index)
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }
}
