import Testing
@testable import JSONRPC

/// A line prepared ahead of its turn (possibly on another thread) must be answered with exactly the
/// bytes the usual path writes, whatever the line holds.
@Suite("Prepared lines")
struct PreparedLineTests {
    static let lines = [
        #"{"jsonrpc":"2.0","method":"subtract","params":{"minuend":42,"subtrahend":23},"id":1}"#,
        #"{"jsonrpc":"2.0","id":"a","method":"get_data"}"#,
        #"{"jsonrpc":"2.0","method":"sum","params":{},"id":2}"#,
        #"{"jsonrpc":"2.0","method":"subtract","params":[42,23],"id":3}"#,
        #"{"jsonrpc":"2.0","method":"subtract","params":{"minuend":"x","subtrahen":1},"id":4}"#,
        #"{"jsonrpc":"2.0","method":"divide","params":{"dividend":6,"divisor":0},"id":5}"#,
        #"{"jsonrpc":"2.0","method":"divide","params":{"dividend":6,"divisor":3},"id":6}"#,
        #"{"jsonrpc":"2.0","method":"explode","id":7}"#,
        #"{"jsonrpc":"2.0","method":"subtrct","id":8}"#,
        #"{"jsonrpc":"2.0","method":"notify_hello","params":{"value":7}}"#,
        #"[{"jsonrpc":"2.0","method":"get_data","id":9},{"jsonrpc":"2.0","method":"sum","params":[1,2],"id":10}]"#,
        #"{"jsonrpc":"2.0","method":"foobar, "params":"#,
        #"{"jsonrpc":"1.0","method":"sum","id":11}"#,
        #"{ "id" : 12 , "params" : { "minuend" : 1 , "subtrahend" : 2 } , "method" : "subtract" , "jsonrpc" : "2.0" }"#,
        #"{"jsonrpc":"2.0","method":"subtract","params":{"minuend":1,"subtrahend":2,"minuend":3},"id":13}"#,
    ]

    @Test("the same answer as the usual path", arguments: lines)
    func sameAnswer(line: String) {
        let dispatcher = SpecRegistry.dispatcher
        var usualContext = SpecContext(), preparedContext = SpecContext()
        var usual = JSONWriter(), prepared = JSONWriter()
        Array(line.utf8).withUnsafeBytes { bytes in
            dispatcher.handle(line: bytes, context: &usualContext, output: &usual)
            let ahead = dispatcher.prepare(line: bytes)
            dispatcher.handle(prepared: ahead, line: bytes, context: &preparedContext, output: &prepared)
        }
        #expect(String(decoding: prepared.bytes, as: UTF8.self) == String(decoding: usual.bytes, as: UTF8.self))
        #expect(preparedContext.notified == usualContext.notified)
    }

    @Test("only a single request for a native method with named params is prepared")
    func whatIsPrepared() {
        func step(_ line: String) -> String {
            let prepared = Array(line.utf8).withUnsafeBytes { SpecRegistry.dispatcher.prepare(line: $0) }
            switch prepared.step {
            case .call(_, let call):
                switch call.outcome {
                case .decoded: return "call"
                case .invalidParams: return "invalid params"
                case .decodingFailed: return "decoding failed"
                }
            case .extensionCall: return "extension"
            case .later: return "later"
            }
        }
        #expect(step(Self.lines[0]) == "call")
        #expect(step(Self.lines[1]) == "call")
        #expect(step(Self.lines[3]) == "later")  // positional params
        #expect(step(Self.lines[4]) == "invalid params")
        #expect(step(Self.lines[5]) == "decoding failed")
        #expect(step(Self.lines[8]) == "later")  // unknown method: suggestions are the owner's work
        #expect(step(Self.lines[9]) == "later")  // notification
        #expect(step(Self.lines[10]) == "later")  // batch
        #expect(step(Self.lines[11]) == "later")  // parse error
    }

    @Test("a refusal is worded in the session's language when answered, not when prepared")
    func languageAtAnswerTime() throws {
        let dispatcher = SpecRegistry.dispatcher
        let line = Array(Self.lines[4].utf8)
        let prepared = line.withUnsafeBytes { dispatcher.prepare(line: $0) }
        var context = SpecContext()
        context.language = .korean
        var output = JSONWriter()
        line.withUnsafeBytes { dispatcher.handle(prepared: prepared, line: $0, context: &context, output: &output) }
        var expected = JSONWriter()
        line.withUnsafeBytes { dispatcher.handle(line: $0, context: &context, output: &expected) }
        #expect(output.bytes == expected.bytes)
        let english = SpecRegistry.answer(Self.lines[4])
        #expect(String(decoding: output.bytes, as: UTF8.self) != english + "\n")
    }
}
