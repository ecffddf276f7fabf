import JSONRPC

/// `tools/call` params read from the request's bytes: the tool's name, its arguments as a tree (the
/// native method checks and decodes them) and `_meta` straight into `MCPRequestMeta`.
///
/// A stateless request carries two long `_meta` keys and an object in every call. As a tree, with
/// the params object around it, that cost more to build and free than the arguments of a small
/// call, on top of the call itself. This reads the common shape only: `name`, `arguments` and
/// `_meta`, each at most once, with the reserved `_meta` members this server knows. Anything else
/// gives nil, and `MCPServer.call` then reads the params as usual and reports what is wrong.
struct ToolCallParams {
    /// The tool's name as it stands in the request: valid while the request's line is.
    let name: UnsafeBufferPointer<UInt8>
    let arguments: JSONObject
    let meta: MCPRequestMeta

    /// Reads the params object at the reader's index, leaving the reader just after it.
    init?(reading reader: inout PlainJSONReader) {
        guard reader.consume(UInt8(ascii: "{")) else { return nil }
        reader.skipWhitespace()
        var name: UnsafeBufferPointer<UInt8>?
        var arguments = JSONObject()
        var meta = MCPRequestMeta.absent
        var seen = Members()
        repeat {
            guard let key = reader.key() else { return nil }
            if PlainJSONReader.equals(key, "name") {
                guard seen.insert(.name), let text = reader.plainString() else { return nil }
                name = text
            } else if PlainJSONReader.equals(key, "arguments") {
                guard seen.insert(.arguments) else { return nil }
                if !reader.literal("null") {
                    guard case .object(let object)? = reader.container(nesting: 2) else { return nil }
                    arguments = object
                }
            } else if PlainJSONReader.equals(key, "_meta") {
                guard seen.insert(.meta) else { return nil }
                if !reader.literal("null") {
                    guard let read = Self.meta(&reader) else { return nil }
                    meta = read
                }
            } else {
                return nil
            }
        } while reader.consumeComma()
        guard reader.consume(UInt8(ascii: "}")), let name else { return nil }
        self.name = name
        self.arguments = arguments
        self.meta = meta
    }

    /// `_meta` with the reserved members `MCPRequestMeta` reads, each of the type it checks for.
    private static func meta(_ reader: inout PlainJSONReader) -> MCPRequestMeta? {
        guard reader.consume(UInt8(ascii: "{")) else { return nil }
        reader.skipWhitespace()
        var version: String?
        var capabilities: JSONObject?
        var level: MCPLogLevel?
        var token: JSONValue?
        var seen = Members()
        if !reader.consume(UInt8(ascii: "}")) {
            repeat {
                guard let key = reader.key() else { return nil }
                if PlainJSONReader.equals(key, MCPRequestMeta.protocolVersionName) {
                    guard seen.insert(.version), let text = reader.plainString() else { return nil }
                    version = String(knownASCII: text)
                } else if PlainJSONReader.equals(key, MCPRequestMeta.clientCapabilitiesName) {
                    guard seen.insert(.capabilities), case .object(let object)? = reader.container(nesting: 3) else { return nil }
                    capabilities = object
                } else if PlainJSONReader.equals(key, MCPRequestMeta.clientInfoName) {
                    // Not used here, but read, so the request is known to be valid JSON.
                    guard seen.insert(.clientInfo), case .object? = reader.container(nesting: 3) else { return nil }
                } else if PlainJSONReader.equals(key, MCPRequestMeta.logLevelName) {
                    guard seen.insert(.logLevel), let text = reader.plainString(),
                          let known = MCPLogLevel(rawValue: String(knownASCII: text)) else { return nil }
                    level = known
                } else if PlainJSONReader.equals(key, MCPRequestMeta.progressTokenName) {
                    guard seen.insert(.progressToken) else { return nil }
                    if let text = reader.plainString() {
                        token = .string(String(knownASCII: text))
                    } else {
                        guard let number = reader.integer() else { return nil }
                        token = .number(number)
                    }
                } else {
                    return nil
                }
            } while reader.consumeComma()
            guard reader.consume(UInt8(ascii: "}")) else { return nil }
        }
        return MCPRequestMeta(protocolVersion: version, clientCapabilities: capabilities, logLevel: level, progressToken: token)
    }

    /// The members of one object read so far: a repeated one is a parse error, left to the strict
    /// parser. The params' members and `_meta`'s are counted in sets of their own, so their bits
    /// may coincide.
    private struct Members: OptionSet {
        let rawValue: UInt8
        // In the params object.
        static let name = Members(rawValue: 1), arguments = Members(rawValue: 2), meta = Members(rawValue: 4)
        // In `_meta`.
        static let version = Members(rawValue: 1), capabilities = Members(rawValue: 2), clientInfo = Members(rawValue: 4)
        static let logLevel = Members(rawValue: 8), progressToken = Members(rawValue: 16)

        /// False when `member` was already there.
        mutating func insert(_ member: Members) -> Bool {
            insert(member).inserted
        }
    }
}
