/// The request line nearly every client sends, `{"jsonrpc":"2.0","id":7,"method":"lead.get","params":{…}}`,
/// read without building a tree for the envelope.
///
/// Parsing the whole line made a `JSONValue` object of four members, their key strings, the version
/// string and the id's number text, only for `IncomingMessage` to compare the keys again and take the
/// tree apart: over a quarter of answering a small request. Here the envelope is read from the bytes
/// and only `params` goes to `JSONParser`.
///
/// It reads a strict subset: the members `jsonrpc` (exactly `"2.0"`), `method`, and optionally `id`
/// and `params`, each once, in any order, with keys and `method` plain ASCII (no escapes or control characters),
/// an id that is a plain string or an integer, and `params` an object or array, the whole line valid
/// JSON. Anything else gives nil and goes the general way (`JSONParser` then `IncomingMessage`),
/// which reports errors, so whatever this accepts, the general path reads the same.
enum RequestEnvelope {
    /// The message on `line`, or nil when the line is not of the common shape.
    static func read(_ line: UnsafeRawBufferPointer) -> IncomingMessage? {
        var reader = Reader(bytes: line.bindMemory(to: UInt8.self))
        return reader.message()
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        /// Bits of the members read so far, so a repeated one (a parse error) goes the general way.
        private static let versionBit: UInt8 = 1, idBit: UInt8 = 2, methodBit: UInt8 = 4, paramsBit: UInt8 = 8
        /// How deep objects inside `params` are read here (`params._meta.clientCapabilities` is 2).
        private static let plainDepth = 3

        mutating func message() -> IncomingMessage? {
            skipWhitespace()
            guard consume(UInt8(ascii: "{")) else { return nil }
            var seen: UInt8 = 0
            var id: RequestID?
            var method: String?
            var params: JSONValue?
            repeat {
                skipWhitespace()
                guard let key = plainString() else { return nil }
                skipWhitespace()
                guard consume(UInt8(ascii: ":")) else { return nil }
                skipWhitespace()
                let member: UInt8
                if Self.equals(key, "jsonrpc") {
                    member = Self.versionBit
                    guard let version = plainString(), Self.equals(version, "2.0") else { return nil }
                } else if Self.equals(key, "method") {
                    member = Self.methodBit
                    guard let name = plainString() else { return nil }
                    method = String(knownASCII: name)
                } else if Self.equals(key, "id") {
                    member = Self.idBit
                    guard let value = requestID() else { return nil }
                    id = value
                } else if Self.equals(key, "params") {
                    member = Self.paramsBit
                    guard let value = container() else { return nil }
                    params = value
                } else {
                    return nil
                }
                guard seen & member == 0 else { return nil }
                seen |= member
                skipWhitespace()
            } while consume(UInt8(ascii: ","))
            guard consume(UInt8(ascii: "}")) else { return nil }
            skipWhitespace()
            guard index == bytes.count, seen & Self.versionBit != 0, let method else { return nil }
            if let id { return .request(id: id, method: method, params: params) }
            return .notification(method: method, params: params)
        }

        /// JSON whitespace: space, tab, line feed, carriage return.
        private mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        private mutating func consume(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// A string of ASCII without control characters or escapes, as the bytes between its quotes.
        private mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
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

        /// A plain string id, or an integer id, kept as its text like every number id.
        private mutating func requestID() -> RequestID? {
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "\"") {
                return plainString().map { .string(String(knownASCII: $0)) }
            }
            return integer().map { .number($0) }
        }

        /// An integer in RFC 8259 syntax (an optional minus, no leading zero) with no fraction or
        /// exponent after it, kept as its text as the parser keeps every number.
        private mutating func integer() -> JSONNumber? {
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

        /// `params`: an object of plain members read here, anything else by the strict parser.
        private mutating func container() -> JSONValue? {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "[") else { return nil }
            let start = index
            if let object = plainObject() { return object }
            index = start
            return parsed()
        }

        /// An object whose keys are plain strings, each once, and whose values are plain strings,
        /// integers, `true`, `false`, `null` or (to `plainDepth` levels) objects of the same kind:
        /// what most calls send, an MCP `tools/call` with its `arguments` and `_meta` included.
        /// Anything else gives nil for the strict parser. Saves the parser's member stack and the
        /// copy out of it.
        private mutating func plainObject(depth: Int = 0) -> JSONValue? {
            guard consume(UInt8(ascii: "{")) else { return nil }
            skipWhitespace()
            if consume(UInt8(ascii: "}")) { return .object(JSONObject([])) }
            var members = [JSONObject.Member]()
            members.reserveCapacity(4)  // one allocation for the usual few members, not one per growth
            repeat {
                skipWhitespace()
                guard let keyBytes = plainString() else { return nil }
                skipWhitespace()
                guard consume(UInt8(ascii: ":")) else { return nil }
                skipWhitespace()
                guard index < bytes.count else { return nil }
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
                skipWhitespace()
            } while consume(UInt8(ascii: ","))
            guard consume(UInt8(ascii: "}")) else { return nil }
            return .object(JSONObject(members))
        }

        private mutating func literal(_ text: StaticString) -> Bool {
            guard index + text.utf8CodeUnitCount <= bytes.count,
                  Self.equals(UnsafeBufferPointer(rebasing: bytes[index..<index + text.utf8CodeUnitCount]), text)
            else { return false }
            index += text.utf8CodeUnitCount
            return true
        }

        /// An object or array, by the strict parser, at the depth it has inside the envelope.
        private mutating func parsed() -> JSONValue? {
            do {
                let (value, end) = try JSONParser.parseValue(
                    in: bytes, from: index, maximumDepth: JSONParser.defaultMaximumDepth - 1)
                index = end
                return value
            } catch {
                return nil
            }
        }

        private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

        private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
            guard bytes.count == text.utf8CodeUnitCount else { return false }
            for offset in 0..<bytes.count where bytes[offset] != text.utf8Start[offset] { return false }
            return true
        }
    }
}
