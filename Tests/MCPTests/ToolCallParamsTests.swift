@testable import JSONRPC
@testable import MCP
import Testing

/// `tools/call` params read from the bytes (`ToolCallParams`) must answer exactly as the general
/// path does (the strict parser, a tree, `MCPServer.call`), whatever the line holds; the common
/// shapes must take the fast read, and anything it does not read in full must be left alone.
@Suite("tools/call params read from the bytes")
struct ToolCallParamsTests {
    static let meta = Conversation.stateless

    /// Lines of the shapes clients send, which the fast read takes.
    static let common: [String] = [
        #"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":3},\#(meta)}}"#,
        #"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":3}}}"#,
        #"{"jsonrpc":"2.0","id":"x","method":"tools/call","params":{\#(meta),"arguments":{"by":11},"name":"counter_increment"}}"#,
        #"{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"counter_increment","arguments":{}}}"#,
        #"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"counter_increment","arguments":null,"_meta":null}}"#,
        #"{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":"three"},\#(meta)}}"#,
        #"{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1},"_meta":{"progressToken":"p1"}}}"#,
        #"{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1},"_meta":{"progressToken":17,"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{"sampling":{}},"io.modelcontextprotocol/logLevel":"debug","io.modelcontextprotocol/clientInfo":{"name":"t","version":"1"}}}}"#,
        #"{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1},"_meta":{"io.modelcontextprotocol/protocolVersion":"2099-01-01","io.modelcontextprotocol/clientCapabilities":{}}}}"#,
        #"{"jsonrpc":"2.0","id":10,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28"}}}"#,
        #"{"jsonrpc":"2.0","id":11,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1},"_meta":{"io.modelcontextprotocol/clientCapabilities":{}}}}"#,
        #"{"jsonrpc":"2.0","id":12,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1.5}}}"#,
        #"{"jsonrpc":"2.0","id":13,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":2,"note":"é\n"}}}"#,
        #" { "jsonrpc" : "2.0" , "id" : 14 , "method" : "tools/call" , "params" : { "name" : "counter_increment" , "arguments" : { "by" : 2 } , "_meta" : { } } } "#,
        #"{"jsonrpc":"2.0","id":15,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1},"_meta":{}}}"#,
    ]

    /// Lines the fast read must leave to the general path: errors, other shapes, near misses.
    static let unusual: [String] = [
        #"{"jsonrpc":"2.0","id":20,"method":"tools/call","params":{"name":"counter_incremnt","arguments":{"by":1}}}"#,
        #"{"jsonrpc":"2.0","id":21,"method":"tools/call","params":{"name":"counter_increment","name":"counter_increment"}}"#,
        #"{"jsonrpc":"2.0","id":22,"method":"tools/call","params":{"name":"counter_increment","arguments":[1]}}"#,
        #"{"jsonrpc":"2.0","id":23,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1},"arguments":{"by":2}}}"#,
        #"{"jsonrpc":"2.0","id":24,"method":"tools/call","params":{"name":"counter_incr\u0065ment","arguments":{"by":1}}}"#,
        #"{"jsonrpc":"2.0","id":25,"method":"tools/call","params":{"name":7}}"#,
        #"{"jsonrpc":"2.0","id":26,"method":"tools/call","params":{"arguments":{"by":1}}}"#,
        #"{"jsonrpc":"2.0","id":27,"method":"tools/call","params":{"name":"counter_increment","task":{"ttl":5}}}"#,
        #"{"jsonrpc":"2.0","id":28,"method":"tools/call","params":{"name":"counter_increment","_meta":[]}}"#,
        #"{"jsonrpc":"2.0","id":29,"method":"tools/call","params":{"name":"counter_increment","_meta":{"io.modelcontextprotocol/protocolVersion":7}}}"#,
        #"{"jsonrpc":"2.0","id":30,"method":"tools/call","params":{"name":"counter_increment","_meta":{"io.modelcontextprotocol/clientCapabilities":"all"}}}"#,
        #"{"jsonrpc":"2.0","id":31,"method":"tools/call","params":{"name":"counter_increment","_meta":{"io.modelcontextprotocol/logLevel":"loud"}}}"#,
        #"{"jsonrpc":"2.0","id":32,"method":"tools/call","params":{"name":"counter_increment","_meta":{"progressToken":1.5}}}"#,
        #"{"jsonrpc":"2.0","id":33,"method":"tools/call","params":{"name":"counter_increment","_meta":{"progressToken":true}}}"#,
        #"{"jsonrpc":"2.0","id":34,"method":"tools/call","params":{"name":"counter_increment","_meta":{"progressToken":"a","progressToken":"b"}}}"#,
        #"{"jsonrpc":"2.0","id":35,"method":"tools/call","params":{"name":"counter_increment","_meta":{"other":1}}}"#,
        #"{"jsonrpc":"2.0","id":36,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1},}}"#,
        #"{"jsonrpc":"2.0","id":37,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1}"#,
        #"{"jsonrpc":"2.0","id":38,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1}}} x"#,
        #"{"jsonrpc":"2.0","id":39,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1}},"params":{}}"#,
        #"{"jsonrpc":"2.0","id":40,"method":"tools/call","params":[1]}"#,
        #"{"jsonrpc":"2.0","id":41,"method":"tools/call","params":{}}"#,
        #"{"jsonrpc":"2.0","method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1}}}"#,
        #"{"jsonrpc":"2.0","id":42,"params":{"name":"counter_increment","arguments":{"by":1}},"method":"tools/call"}"#,
        #"{"jsonrpc":"2.0","id":43,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1},"_meta":{"io.modelcontextprotocol/clientInfo":"me"}}}"#,
        #"{"jsonrpc":"2.0","id":44,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1,"by":2}}}"#,
        #"{"jsonrpc":"2.0","id":45,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":01}}}"#,
        #"{"jsonrpc":"2.0","id":46,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/protocolVersion":"2026-07-28"}}}"#,
        #"{"jsonrpc":"2.0","id":47,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":1},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",}}}"#,
    ]

    /// The answer through `handle(line:)`, through a line prepared ahead, and through the general
    /// path from a parsed tree, each from a fresh conversation in the same state.
    private func answers(_ line: String, stateless: Bool) -> (line: String, prepared: String, general: String?) {
        // Each answer is followed by what the call did: the counter and the notifications sent.
        func state(_ conversation: Conversation) -> String {
            " counter \(conversation.context.counter), \(conversation.context.outbox.count) + \(conversation.context.ahead.count) notifications"
        }
        func fresh() -> Conversation {
            var conversation = Conversation()
            if !stateless { _ = try? conversation.initialize() }
            return conversation
        }
        var viaLine = fresh(), viaPrepared = fresh(), viaValue = fresh()
        var lineOutput = JSONWriter(), preparedOutput = JSONWriter(), valueOutput = JSONWriter()
        let bytes = Array(line.utf8)
        bytes.withUnsafeBytes { bytes in
            viaLine.dispatcher.handle(line: bytes, context: &viaLine.context, output: &lineOutput)
            let prepared = viaPrepared.dispatcher.prepare(line: bytes)
            viaPrepared.dispatcher.handle(prepared: prepared, line: bytes, context: &viaPrepared.context, output: &preparedOutput)
        }
        var general: String?
        if let value = try? JSONParser.parse(line) {
            viaValue.dispatcher.handle(value: value, context: &viaValue.context, output: &valueOutput)
            general = String(decoding: valueOutput.bytes, as: UTF8.self) + state(viaValue)
        }
        return (String(decoding: lineOutput.bytes, as: UTF8.self) + state(viaLine),
                String(decoding: preparedOutput.bytes, as: UTF8.self) + state(viaPrepared), general)
    }

    private func readsFast(_ line: String) -> Bool {
        let prepared = Array(line.utf8).withUnsafeBytes { Conversation().dispatcher.prepare(line: $0) }
        if case .extensionCall = prepared.step { return true }
        return false
    }

    @Test("common shapes take the fast read and answer as the general path does", arguments: common)
    func commonShapes(line: String) {
        #expect(readsFast(line))
        for stateless in [true, false] {
            let (viaLine, viaPrepared, general) = answers(line, stateless: stateless)
            #expect(viaLine == general)
            #expect(viaPrepared == general)
        }
    }

    @Test("anything else is left to the general path and answered as before", arguments: unusual)
    func unusualShapes(line: String) {
        #expect(!readsFast(line))
        for stateless in [true, false] {
            let (viaLine, viaPrepared, general) = answers(line, stateless: stateless)
            #expect(viaLine == viaPrepared)
            if let general { #expect(viaLine == general) }
        }
    }

    @Test("the fast read stops just after the params object, at every cut of a valid one")
    func readsExactlyTheObject() throws {
        let params = #"{"name":"counter_increment","arguments":{"by":3},\#(Self.meta)}"#
        let bytes = Array((params + ",\"id\":1}").utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            var reader = PlainJSONReader(buffer)
            let read = try #require(ToolCallParams(reading: &reader))
            #expect(String(decoding: read.name, as: UTF8.self) == "counter_increment")
            #expect(read.arguments == ["by": 3])
            #expect(read.meta.protocolVersion == "2026-07-28")
            #expect(read.meta.clientCapabilities == [:])
            #expect(reader.index == params.utf8.count)
        }
        // Cut anywhere, the object is not whole, and the read says so rather than guessing.
        for cut in 0..<params.utf8.count {
            let truncated = Array(params.utf8.prefix(cut))
            truncated.withUnsafeBufferPointer { buffer in
                var reader = PlainJSONReader(buffer)
                #expect(ToolCallParams(reading: &reader) == nil, "cut at \(cut)")
            }
        }
    }

    /// Lines with one byte removed, replaced or added at every position (a quote, a brace, a comma,
    /// a backslash): whatever the fast read makes of them, the answer is the general path's.
    @Test("lines broken at every byte answer as the general path does", arguments: Self.common.prefix(3))
    func brokenAtEveryByte(line: String) {
        let bytes = Array(line.utf8)
        var taken = 0
        for position in bytes.indices {
            var removed = bytes
            removed.remove(at: position)
            var variants = [removed]
            for byte in Array(#""},\"#.utf8) {
                var replaced = bytes, inserted = bytes
                replaced[position] = byte
                inserted.insert(byte, at: position)
                variants += [replaced, inserted]
            }
            for variant in variants {
                let text = String(decoding: variant, as: UTF8.self)
                if readsFast(text) { taken += 1 }
                let (viaLine, viaPrepared, general) = answers(text, stateless: true)
                #expect(viaLine == viaPrepared, "\(text)")
                if let general { #expect(viaLine == general, "\(text)") }
            }
        }
        #expect(taken > 0)  // some changes (inside a string, say) keep the common shape
    }
}
