import JSONRPC

/// The host's tools, found by name, and what every stateless tool result ends with: built once, and held
/// by one reference, so a prepared call that keeps its server keeps one pointer.
final class ToolCatalog: Sendable {
    private let tools: [ToolDeclaration]
    /// Each tool's name as bytes, in `tools` order, for a name read straight from a request.
    private let names: [[UInt8]]
    /// `,"resultType":"complete","_meta":{…serverInfo…}`: written once here rather than built on
    /// every call.
    let statelessTail: [UInt8]

    init(_ tools: [ToolDeclaration], serverInfo: MCPServerInfo) {
        self.tools = tools
        self.names = tools.map { Array($0.name.utf8) }
        let tail: JSONValue = ["resultType": "complete", "_meta": [MCPRequestMeta.serverInfoKey: serverInfo.jsonValue]]
        self.statelessTail = [UInt8(ascii: ",")] + tail.bytes.dropFirst().dropLast()
    }

    func tool(named name: String) -> ToolDeclaration? {
        var name = name
        return name.withUTF8 { tool(named: $0) }
    }

    /// The tool whose name is spelled by `name` (a few dozen tools: compared by length first,
    /// which settles nearly all of them, without making a string or hashing one).
    func tool(named name: UnsafeBufferPointer<UInt8>) -> ToolDeclaration? {
        for index in names.indices where names[index].count == name.count {
            if names[index].withUnsafeBufferPointer({ PlainJSONReader.equals(name, $0) }) { return tools[index] }
        }
        return nil
    }
}
