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
    /// The message on `line`, offering the params to `readParams` first (with the method, when
    /// the method came before them, as clients write it). It returns true when it read them in
    /// place, from the reader at their first byte to just after their last, false to leave them
    /// to be read as usual, and nil when it stopped somewhere inside them (then so does this).
    static func read(_ line: UnsafeRawBufferPointer, readingParams readParams: (String, inout PlainJSONReader) -> Bool?) -> Envelope? {
        var reader = PlainJSONReader(line.bindMemory(to: UInt8.self))
        return reader.envelope(readingParams: readParams)
    }

    /// A request or notification read from the common shape.
    struct Envelope {
        let id: RequestID?
        let method: String
        /// The params, unless `readParams` read them.
        let params: JSONValue?
        let paramsWereRead: Bool

        var message: IncomingMessage {
            if let id { return .request(id: id, method: method, params: params) }
            return .notification(method: method, params: params)
        }
    }
}

private extension PlainJSONReader {
    /// Bits of the members read so far, so a repeated one (a parse error) goes the general way.
    private static var versionBit: UInt8 { 1 }
    private static var idBit: UInt8 { 2 }
    private static var methodBit: UInt8 { 4 }
    private static var paramsBit: UInt8 { 8 }

    mutating func envelope(readingParams readParams: (String, inout PlainJSONReader) -> Bool?) -> RequestEnvelope.Envelope? {
        skipWhitespace()
        guard consume(UInt8(ascii: "{")) else { return nil }
        skipWhitespace()
        var seen: UInt8 = 0
        var id: RequestID?
        var method: String?
        var params: JSONValue?
        var paramsWereRead = false
        repeat {
            guard let key = key() else { return nil }
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
                guard seen & member == 0 else { return nil }
                if let method {
                    guard let read = readParams(method, &self) else { return nil }  // it stopped inside them
                    paramsWereRead = read
                }
                if !paramsWereRead {
                    guard let value = container(nesting: 1) else { return nil }
                    params = value
                }
            } else {
                return nil
            }
            guard seen & member == 0 else { return nil }
            seen |= member
        } while consumeComma()
        guard consume(UInt8(ascii: "}")) else { return nil }
        skipWhitespace()
        guard isAtEnd, seen & Self.versionBit != 0, let method else { return nil }
        return RequestEnvelope.Envelope(id: id, method: method, params: params, paramsWereRead: paramsWereRead)
    }

    /// A plain string id, or an integer id, kept as its text like every number id.
    private mutating func requestID() -> RequestID? {
        switch current {
        case UInt8(ascii: "\""): return plainString().map { .string(String(knownASCII: $0)) }
        case nil: return nil
        default: return integer().map { .number($0) }
        }
    }
}
