import JSONRPC

/// The host's tools by name, and what every stateless tool result ends with: built once, and held
/// by one reference, so a prepared call that keeps its server keeps one pointer.
final class ToolCatalog: Sendable {
    let tools: [ToolDeclaration]
    private let byName: [String: ToolDeclaration]
    /// Each tool's name as bytes, in `tools` order, for a name read straight from a request.
    private let names: [[UInt8]]
    /// `,"resultType":"complete","_meta":{…serverInfo…}`: written once here rather than built on
    /// every call.
    let statelessTail: [UInt8]

    init(_ tools: [ToolDeclaration], serverInfo: MCPServerInfo) {
        self.tools = tools
        self.byName = Dictionary(tools.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.names = tools.map { Array($0.name.utf8) }
        let tail: JSONValue = ["resultType": "complete", "_meta": [MCPRequestMeta.serverInfoKey: serverInfo.jsonValue]]
        self.statelessTail = [UInt8(ascii: ",")] + tail.bytes.dropFirst().dropLast()
    }

    func tool(named name: String) -> ToolDeclaration? {
        byName[name]
    }

    /// The tool whose name is spelled by `name` (a few dozen tools: compared by length first,
    /// which settles nearly all of them, without making a string or hashing one).
    func tool(named name: UnsafeBufferPointer<UInt8>) -> ToolDeclaration? {
        for index in names.indices where names[index].count == name.count {
            if names[index].withUnsafeBufferPointer({ Self.same($0, name) }) { return tools[index] }
        }
        return nil
    }

    /// Whether two runs of bytes of the same length are equal, compared a word at a time.
    private static func same(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let left = UnsafeRawPointer(first.baseAddress), let right = UnsafeRawPointer(second.baseAddress) else { return first.count == second.count }
        var offset = 0
        while offset + 8 <= first.count {
            guard left.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
            offset += 8
        }
        while offset < first.count {
            guard first[offset] == second[offset] else { return false }
            offset += 1
        }
        return true
    }
}
