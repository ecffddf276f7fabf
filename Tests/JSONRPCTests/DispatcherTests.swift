import Foundation
import Testing
@testable import JSONRPC

/// The examples of the JSON-RPC 2.0 specification, section 7, plus the edge cases SPEC §2 adds.
@Suite("JSON-RPC dispatch")
struct DispatcherTests {
    func value(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }

    @Test("positional params")
    func positional() {
        #expect(SpecRegistry.answer(#"{"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1}"#) == #"{"jsonrpc":"2.0","id":1,"result":19}"#)
        #expect(SpecRegistry.answer(#"{"jsonrpc": "2.0", "method": "subtract", "params": [23, 42], "id": 2}"#) == #"{"jsonrpc":"2.0","id":2,"result":-19}"#)
    }

    @Test("named params")
    func named() {
        #expect(SpecRegistry.answer(#"{"jsonrpc": "2.0", "method": "subtract", "params": {"subtrahend": 23, "minuend": 42}, "id": 3}"#) == #"{"jsonrpc":"2.0","id":3,"result":19}"#)
        #expect(SpecRegistry.answer(#"{"jsonrpc": "2.0", "method": "subtract", "params": {"minuend": 42, "subtrahend": 23}, "id": 4}"#) == #"{"jsonrpc":"2.0","id":4,"result":19}"#)
    }

    @Test("notifications are never answered, even when they fail, but they still run")
    func notifications() {
        var context = SpecContext()
        #expect(SpecRegistry.answer(#"{"jsonrpc": "2.0", "method": "notify_hello", "params": [7]}"#, context: &context) == "")
        #expect(SpecRegistry.answer(#"{"jsonrpc": "2.0", "method": "foobar"}"#, context: &context) == "")
        #expect(SpecRegistry.answer(#"{"jsonrpc": "2.0", "method": "subtract", "params": {"x": 1}}"#, context: &context) == "")
        #expect(context.notified == ["hello 7"])
    }

    @Test("unknown method, with the closest one suggested")
    func methodNotFound() throws {
        let answer = try value(SpecRegistry.answer(#"{"jsonrpc": "2.0", "method": "subtrct", "id": "1"}"#))
        #expect(answer["id"] == "1")
        #expect(answer["error"]?["code"] == -32601)
        #expect(answer["error"]?["data"] == ["kind": "method_not_found", "method": "subtrct", "didYouMean": "subtract"])
    }

    @Test("invalid JSON is a parse error with id null")
    func parseError() throws {
        let answer = try value(SpecRegistry.answer(#"{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]"#))
        #expect(answer["id"] == .null)
        #expect(answer["error"]?["code"] == -32700)
        #expect(answer["error"]?["data"]?["kind"] == "parse_error")
        #expect(answer["error"]?["data"]?["offset"] != nil)
    }

    @Test("invalid requests", arguments: [
        (#"{"jsonrpc": "2.0", "method": 1, "params": "bar"}"#, "null"),
        (#"{"jsonrpc": "1.0", "method": "sum", "id": 5}"#, "5"),
        (#"{"method": "sum", "id": 5}"#, "5"),
        (#"{"jsonrpc": "2.0", "method": "sum", "params": "bar", "id": "x"}"#, "\"x\""),
        (#"{"jsonrpc": "2.0", "method": "sum", "id": true}"#, "null"),
        (#"{"jsonrpc": "2.0", "method": "sum", "id": [1]}"#, "null"),
        (#"{"jsonrpc": "2.0", "method": "sum", "id": {"a": 1}}"#, "null"),
        (#"{"jsonrpc": "2.0", "id": 9, "result": 1}"#, "9"),
        (#""just a string""#, "null"),
        ("1", "null"),
    ])
    func invalidRequest(line: String, id: String) throws {
        let answer = try value(SpecRegistry.answer(line))
        #expect(answer["id"] == (try value(id)))
        #expect(answer["error"]?["code"] == -32600)
        #expect(answer["error"]?["data"]?["kind"] == "invalid_request")
    }

    @Test("ids are echoed exactly: strings, big numbers, decimals, null")
    func idsEchoed() {
        #expect(SpecRegistry.answer(#"{"jsonrpc":"2.0","method":"get_data","id":12345678901234567890}"#).hasPrefix(#"{"jsonrpc":"2.0","id":12345678901234567890,"#))
        #expect(SpecRegistry.answer(#"{"jsonrpc":"2.0","method":"get_data","id":1.50}"#).hasPrefix(#"{"jsonrpc":"2.0","id":1.50,"#))
        #expect(SpecRegistry.answer(#"{"jsonrpc":"2.0","method":"get_data","id":"한글-id"}"#).hasPrefix(#"{"jsonrpc":"2.0","id":"한글-id","#))
        #expect(SpecRegistry.answer(#"{"jsonrpc":"2.0","method":"get_data","id":null}"#) == #"{"jsonrpc":"2.0","id":null,"result":["hello",5]}"#)
    }

    @Test("batch: answers in order, notifications left out, invalid elements answered alone")
    func batch() throws {
        let line = """
        [
            {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},
            {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]},
            {"jsonrpc": "2.0", "method": "subtract", "params": [42,23], "id": "2"},
            {"foo": "boo"},
            {"jsonrpc": "2.0", "method": "foo.get", "params": {"name": "myself"}, "id": "5"},
            {"jsonrpc": "2.0", "method": "get_data", "id": "9"}
        ]
        """.replacingOccurrences(of: "\n", with: " ")
        let answers = try #require(try value(SpecRegistry.answer(line)).arrayValue)
        #expect(answers.map { $0["id"] } == ["1", "2", JSONValue.null, "5", "9"])
        #expect(answers[0]["result"] == 7)
        #expect(answers[1]["result"] == 19)
        #expect(answers[2]["error"]?["code"] == -32600)
        #expect(answers[3]["error"]?["code"] == -32601)
        #expect(answers[4]["result"] == ["hello", 5])
    }

    @Test("batch edge cases")
    func batchEdges() throws {
        #expect(try value(SpecRegistry.answer("[]"))["error"]?["code"] == -32600)
        let three = try #require(try value(SpecRegistry.answer("[1,2,3]")).arrayValue)
        #expect(three.count == 3 && three.allSatisfy { $0["error"]?["code"] == -32600 && $0["id"] == .null })
        #expect(try value(SpecRegistry.answer("[1]")).arrayValue?.count == 1)
        #expect(SpecRegistry.answer(#"[{"jsonrpc":"2.0","method":"notify_hello","params":[1]},{"jsonrpc":"2.0","method":"notify_hello","params":[2]}]"#) == "")
        let nested = try #require(try value(SpecRegistry.answer(#"[[{"jsonrpc":"2.0","method":"get_data","id":1}]]"#)).arrayValue)
        #expect(nested.first?["error"]?["code"] == -32600)
    }

    @Test("invalid params: every problem with a path, the id kept")
    func invalidParams() throws {
        let answer = try value(SpecRegistry.answer(#"{"jsonrpc":"2.0","method":"subtract","params":{"minuend":"x","subtrahen":1},"id":7}"#))
        #expect(answer["id"] == 7)
        #expect(answer["error"]?["code"] == -32602)
        let errors = try #require(answer["error"]?["data"]?["errors"]?.arrayValue)
        #expect(errors.map { $0["path"] } == ["$.minuend", "$.subtrahend", "$.subtrahen"])
        #expect(errors[2]["didYouMean"] == "subtrahend")
        let positional = try value(SpecRegistry.answer(#"{"jsonrpc":"2.0","method":"subtract","params":[1,2,3],"id":8}"#))
        #expect(positional["error"]?["code"] == -32602)
    }

    @Test("a bug answers -32603 without its detail")
    func internalError() throws {
        let answer = try value(SpecRegistry.answer(#"{"jsonrpc":"2.0","method":"explode","id":1}"#))
        #expect(answer["error"]?["code"] == -32603)
        #expect(answer["error"]?["data"] == ["kind": "internal_error"])
        let message = try #require(answer["error"]?["message"]?.stringValue)
        #expect(!message.contains("Bug"))
    }

    @Test("each answer is exactly one line")
    func oneLine() {
        var output = JSONWriter()
        var context = SpecContext()
        for line in [#"{"jsonrpc":"2.0","method":"get_data","id":1}"#, "[1,2]", "{bad", #"{"jsonrpc":"2.0","method":"notify_hello"}"#] {
            Array(line.utf8).withUnsafeBytes { SpecRegistry.dispatcher.handle(line: $0, context: &context, output: &output) }
        }
        #expect(output.bytes.filter { $0 == 0x0A }.count == 3)
        #expect(output.bytes.last == 0x0A)
    }
}
