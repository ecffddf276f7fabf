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

/// An extension that reads its own params for `own` (and claims `subtract` too, which the registry
/// holds, and would take it if asked): it answers `{"read":<the params' integer a>}` for what it
/// prepared, and `{"general":true}` for what reaches `call`.
private struct OwnParamsExtension: ProtocolExtension {
    typealias Context = SpecContext

    var methodsReadingOwnParams: [String] { ["own", "subtract"] }

    func handles(_ method: String) -> Bool { method == "own" || method == "subtract" }

    func call(_ method: String, params: JSONValue?, dispatcher: Dispatcher<SpecContext>, context: inout SpecContext, output: inout JSONWriter) throws {
        context.notified.append("general \(method)")
        output.write(["general": true])
    }

    func prepare(_ method: String, reading params: inout PlainJSONReader, dispatcher: Dispatcher<SpecContext>) -> PreparedExtensionCall<SpecContext>? {
        guard case .object(let object)? = params.container(nesting: 1) else { return nil }
        if method == "subtract" { return { _, _, output in output.write(["taken": true]) } }  // must never be asked
        guard let number = object["a"]?.numberValue else { return nil }
        return { _, _, output in output.write(["read": .number(number)]) }
    }
}

@Suite("Params an extension reads itself")
struct OwnParamsTests {
    let dispatcher = Dispatcher(registry: MethodRegistry<SpecContext>([Subtract.self]), protocolExtension: OwnParamsExtension())

    private func answers(_ line: String) -> (line: String, prepared: String, notified: [String]) {
        var context = SpecContext(), preparedContext = SpecContext()
        var output = JSONWriter(), preparedOutput = JSONWriter()
        Array(line.utf8).withUnsafeBytes { bytes in
            dispatcher.handle(line: bytes, context: &context, output: &output)
            dispatcher.handle(prepared: dispatcher.prepare(line: bytes), line: bytes, context: &preparedContext, output: &preparedOutput)
        }
        #expect(context.notified == preparedContext.notified)
        return (String(decoding: output.bytes, as: UTF8.self), String(decoding: preparedOutput.bytes, as: UTF8.self), context.notified)
    }

    @Test("what the extension reads, it answers; what it leaves, its call answers; a native name stays native")
    func routing() {
        let read = answers(#"{"jsonrpc":"2.0","id":1,"method":"own","params":{"a":7}}"#)
        #expect(read.line == #"{"jsonrpc":"2.0","id":1,"result":{"read":7}}"# + "\n")
        #expect(read.prepared == read.line)

        let left = answers(#"{"jsonrpc":"2.0","id":2,"method":"own","params":{"b":7}}"#)
        #expect(left.line == #"{"jsonrpc":"2.0","id":2,"result":{"general":true}}"# + "\n")
        #expect(left.prepared == left.line)
        #expect(left.notified == ["general own"])

        // As a notification it is never answered, and its work goes the general way.
        let notification = answers(#"{"jsonrpc":"2.0","method":"own","params":{"a":7}}"#)
        #expect(notification.line.isEmpty && notification.prepared.isEmpty)
        #expect(notification.notified == ["general own"])

        let native = answers(#"{"jsonrpc":"2.0","id":3,"method":"subtract","params":{"minuend":5,"subtrahend":2}}"#)
        #expect(native.line == #"{"jsonrpc":"2.0","id":3,"result":3}"# + "\n")
        #expect(native.prepared == native.line)
    }
}
