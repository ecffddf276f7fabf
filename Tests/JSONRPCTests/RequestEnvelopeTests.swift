import Testing
@testable import JSONRPC

/// `RequestEnvelope` reads the common request line without a tree; whatever it accepts must give
/// the message the general path (`JSONParser` then `IncomingMessage`) gives, and the same answer.
@Suite("The request envelope fast path agrees with the general path")
struct RequestEnvelopeTests {
    /// Lines of the common shape, which the fast path takes.
    static let common: [String] = [
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":[42,23]}"#,
        #"{"jsonrpc":"2.0","id":7,"method":"lead.get","params":{"id":"lead_1"}}"#,
        #"{"jsonrpc": "2.0", "method": "subtract", "params": {"subtrahend": 23, "minuend": 42}, "id": 3}"#,
        #"{"method":"subtract","params":{"minuend":42,"subtrahend":23},"id":"abc","jsonrpc":"2.0"}"#,
        #"  {"jsonrpc":"2.0","id":-12,"method":"subtract","params":[1,2]}  "#,
        "{\t\"jsonrpc\"\t:\t\"2.0\" ,\r\"id\" : 0 , \"method\":\"subtract\" }",
        #"{"jsonrpc":"2.0","method":"notify_hello","params":[7]}"#,
        #"{"jsonrpc":"2.0","method":"foobar"}"#,
        #"{"jsonrpc":"2.0","id":12345678901234567890123,"method":"subtract","params":[]}"#,
        #"{"jsonrpc":"2.0","id":"","method":"","params":{}}"#,
        #"{"jsonrpc":"2.0","id":2,"method":"subtract","params":{"a":"é\u00e9\n","b":[{"c":null,"d":true}],"e":-1.5e3}}"#,
        #"{"jsonrpc":"2.0","id":9,"method":"get_data","params":[]}"#,
        #"{"jsonrpc":"2.0","id":10,"method":"subtract","params":{"minuend":-0,"subtrahend":7,"x":true,"y":false,"z":null,"w":"ok"}}"#,
        #"{"jsonrpc":"2.0","id":11,"method":"subtract","params":{ "minuend" : 5 , "subtrahend" : "2" }}"#,
        #"{"jsonrpc":"2.0","id":12,"method":"subtract","params":{"minuend":1.5,"subtrahend":2}}"#,
        #"{"jsonrpc":"2.0","id":13,"method":"subtract","params":{"minuend":{"a":1},"subtrahend":[2]}}"#,
        #"{"jsonrpc":"2.0","id":14,"method":"subtract","params":{"minuend":"\u0031","subtrahend":"é"}}"#,
        #"{"jsonrpc":"2.0","id":15,"method":"tools/call","params":{"name":"lead_get","arguments":{"id":"lead_1"},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}}"#,
        #"{"jsonrpc":"2.0","id":16,"method":"subtract","params":{"a":{"b":{"c":{"d":1}}},"e":{}}}"#,
        #"{"jsonrpc":"2.0","id":17,"method":"subtract","params":{"a":{"b":{"c":{"d":{"e":1}}}}}}"#,
    ]

    /// Lines the fast path must leave to the general path (errors, other shapes, escapes), and
    /// near misses of the common shape.
    static let others: [String] = [
        #"{"jsonrpc":"2.0","id":1.0,"method":"subtract","params":[1,2]}"#,
        #"{"jsonrpc":"2.0","id":1e2,"method":"subtract"}"#,
        #"{"jsonrpc":"2.0","id":01,"method":"subtract"}"#,
        #"{"jsonrpc":"2.0","id":-,"method":"subtract"}"#,
        #"{"jsonrpc":"2.0","id":null,"method":"subtract"}"#,
        #"{"jsonrpc":"2.0","id":true,"method":"subtract"}"#,
        #"{"jsonrpc":"2.0","id":"\u0041","method":"subtract"}"#,
        #"{"jsonrpc":"2.0","id":"é","method":"subtract"}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"sub\u0074ract"}"#,
        #"{"jsonrpc":"2.0","id":1,"m\u0065thod":"subtract"}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","method":"sum"}"#,
        #"{"jsonrpc":"2.0","id":1,"id":2,"method":"subtract"}"#,
        #"{"jsonrpc":"2.0","jsonrpc":"2.0","id":1,"method":"subtract"}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":[1,2],"params":[3,4]}"#,
        #"{"jsonrpc":"1.0","id":1,"method":"subtract"}"#,
        #"{"jsonrpc":2.0,"id":1,"method":"subtract"}"#,
        #"{"id":1,"method":"subtract"}"#,
        #"{"jsonrpc":"2.0","id":1}"#,
        #"{"jsonrpc":"2.0","id":1,"method":1}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":"bar"}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":null}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":[1,2,]}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{"a":1,"a":2}}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","extra":1}"#,
        #"{"jsonrpc":"2.0","id":9,"result":1}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract",}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract"} x"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract""#,
        #"{"jsonrpc":"2.0" "id":1,"method":"subtract"}"#,
        #"{}"#,
        #"[]"#,
        #"[{"jsonrpc":"2.0","id":1,"method":"subtract","params":[1,2]}]"#,
        #""just a string""#,
        "",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"sub\ttract\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"subtract\",\"params\":[\"\u{7F}\"]}",
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{"a":01}}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{"a":-}}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{"a":tru}}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{"a":nulls}}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{"a":1,}}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{"a" 1}}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{a:1}}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{"a":1"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{"a":"x","b":"y","a":"z"}}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{"a":{"b":1,"b":2}}}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{"a":{"b":1,},"c":2}}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{"a":{"b":1}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{"a":{"b":{"c":1}},"a":{}}}"#,
    ]

    private func fast(_ line: String) -> IncomingMessage? {
        Array(line.utf8).withUnsafeBytes { RequestEnvelope.read($0, readingParams: { _, _ in false })?.message }
    }

    private func general(_ line: String) -> IncomingMessage? {
        (try? JSONParser.parse(line)).map(IncomingMessage.init)
    }

    @Test(arguments: common)
    func commonLinesTakeTheFastPathAndReadTheSame(line: String) {
        let message = fast(line)
        #expect(message != nil)
        #expect(message == general(line))
    }

    @Test(arguments: others)
    func otherLinesReadTheSameWhenTheFastPathTakesThem(line: String) {
        if let message = fast(line) { #expect(message == general(line)) }
    }

    @Test(arguments: [
        #"{"jsonrpc":"2.0","id":1.0,"method":"subtract","params":[1,2]}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","method":"sum"}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":{"a":1,"a":2}}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract","extra":1}"#,
        #"{"jsonrpc":"2.0","id":1,"method":"subtract"} x"#,
        #"{"jsonrpc":"1.0","id":1,"method":"subtract"}"#,
    ])
    func nearMissesGoTheGeneralWay(line: String) {
        #expect(fast(line) == nil)
    }

    /// The params sit one level inside the envelope, so the depth limit falls where it does for
    /// the whole line: 511 nested arrays in params parse, 512 do not.
    @Test(arguments: [510, 511, 512, 513])
    func depthLimitAsForTheWholeLine(depth: Int) {
        let params = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let line = #"{"jsonrpc":"2.0","id":1,"method":"subtract","params":"# + params + "}"
        #expect(fast(line) == general(line))
        #expect((fast(line) != nil) == (depth <= JSONParser.defaultMaximumDepth - 1))
    }

    /// The whole answer, through `handle(line:)` (fast path) and `handle(value:)` (general path).
    @Test(arguments: common + others)
    func sameAnswers(line: String) throws {
        guard let value = try? JSONParser.parse(line) else { return }
        var context = SpecContext()
        let viaLine = SpecRegistry.answer(line, context: &context)
        var otherContext = SpecContext()
        var output = JSONWriter()
        SpecRegistry.dispatcher.handle(value: value, context: &otherContext, output: &output)
        var viaValue = String(decoding: output.bytes, as: UTF8.self)
        if viaValue.hasSuffix("\n") { viaValue.removeLast() }
        #expect(viaLine == viaValue)
        #expect(context.notified == otherContext.notified)
    }

    /// Params offered to a reader of their own (a protocol extension's), when the method came first.
    @Test("params are offered to their own reader, which reads them in place or leaves them")
    func paramsReadInPlace() {
        func read(_ line: String, _ answer: Bool?) -> (RequestEnvelope.Envelope?, offered: [String]) {
            var offered: [String] = []
            let envelope = Array(line.utf8).withUnsafeBytes { bytes in
                RequestEnvelope.read(bytes) { method, reader in
                    offered.append(method)
                    guard answer == true else { return answer }
                    return reader.container(nesting: 1) != nil  // reads them, leaving the reader after them
                }
            }
            return (envelope, offered)
        }
        let line = #"{"jsonrpc":"2.0","method":"take","params":{"a":[1,{"b":"}"}]},"id":5}"#
        let (taken, offered) = read(line, true)
        #expect(offered == ["take"])
        #expect(taken?.paramsWereRead == true)
        #expect(taken?.params == nil)
        #expect(taken?.id == .number(JSONNumber(validatedText: "5")))

        let (left, _) = read(line, false)
        #expect(left?.paramsWereRead == false)
        #expect(left?.message == fast(line))

        #expect(read(line, nil).0 == nil)  // the reader stopped inside them: not the common shape

        let paramsFirst = #"{"jsonrpc":"2.0","params":{"a":1},"method":"take","id":5}"#
        let (notOffered, none) = read(paramsFirst, true)
        #expect(none.isEmpty)
        #expect(notOffered?.message == fast(paramsFirst))
    }
}
