import JSONRPC
import MCP
import Testing

@Suite("MCP tools, resources, prompts and paging")
struct ToolTests {
    @Test("a tool's schemas and description are the method's declaration")
    func generated() throws {
        var conversation = Conversation()
        try conversation.initialize()
        let tool = try #require(try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#)?["result"]?["tools"]?.arrayValue?.first)
        let descriptor = try #require(MethodRegistry<TestContext>([Increment.self]).descriptor(named: "counter.increment"))
        #expect(tool["name"] == "counter_increment")
        #expect(tool["inputSchema"] == descriptor.paramsSchema.jsonValue)
        #expect(tool["description"] == "Adds to the counter. Use to count things.")
        #expect(tool["annotations"]?["readOnlyHint"] == false)
        #expect(tool["_meta"]?["io.clover-crm/method"] == "counter.increment")
        // multipleOf documents decimals but trips float validators, so output schemas drop it.
        #expect(descriptor.result.jsonValue.jsonText.contains("multipleOf"))
        #expect(tool["outputSchema"]?.jsonText.contains("multipleOf") == false)
    }

    @Test("a successful call carries the method's result as structuredContent and a text rendering")
    func success() throws {
        var conversation = Conversation()
        try conversation.initialize()
        let result = try #require(try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":3}}}"#)?["result"])
        #expect(result["structuredContent"] == ["value": 3])
        #expect(result["isError"] == false)
        #expect(result["content"]?.arrayValue?.first?["text"] == "value: 3")
    }

    @Test("a failed call is an isError result the model can read; bad arguments too")
    func failure() throws {
        var conversation = Conversation()
        try conversation.initialize()
        let conflict = try #require(try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":11}}}"#)?["result"])
        #expect(conflict["isError"] == true)
        #expect(conflict["content"]?.arrayValue?.first?["text"]?.stringValue?.contains("by") == true)
        let missing = try #require(try conversation.send(#"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"counter_increment"}}"#)?["result"])
        #expect(missing["isError"] == true)
        #expect(missing["structuredContent"] == nil)
    }

    @Test("an unknown tool, a missing name or non-object arguments are JSON-RPC errors")
    func protocolErrors() throws {
        var conversation = Conversation()
        try conversation.initialize()
        let unknown = try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"counter_incremnt"}}"#)
        #expect(unknown?["error"]?["code"] == -32602)
        #expect(unknown?["error"]?["data"]?["didYouMean"] == "counter_increment")
        #expect(try conversation.send(#"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{}}"#)?["error"]?["code"] == -32602)
        #expect(try conversation.send(#"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"counter_increment","arguments":[1]}}"#)?["error"]?["code"] == -32602)
        #expect(try conversation.send(#"{"jsonrpc":"2.0","id":4,"method":"tools/call","params":[1]}"#)?["error"]?["code"] == -32602)
    }

    @Test("native progress becomes notifications/progress ahead of the answer, only with a token")
    func progress() throws {
        var conversation = Conversation()
        try conversation.initialize()
        _ = try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":2}}}"#)
        #expect(conversation.notifications.isEmpty)
        #expect(conversation.context.outbox.isEmpty, "native notifications never reach an MCP client")
        _ = try conversation.send(#"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":2},"_meta":{"progressToken":"t1"}}}"#)
        let progress = try #require(conversation.notifications.first)
        #expect(progress["method"] == "notifications/progress")
        #expect(progress["params"]?["progressToken"] == "t1")
        #expect(progress["params"]?["progress"] == 4)
        #expect(progress["params"]?["total"] == 10)
    }

    @Test("resources page by 100 with opaque cursors; a foreign cursor is an error")
    func paging() throws {
        var conversation = Conversation()
        try conversation.initialize()
        var cursor: String?
        var seen: [String] = []
        repeat {
            let params = cursor.map { #"{"cursor":"\#($0)"}"# } ?? "{}"
            let result = try #require(try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"resources/list","params":\#(params)}"#)?["result"])
            seen += result["resources"]?.arrayValue?.compactMap { $0["uri"]?.stringValue } ?? []
            cursor = result["nextCursor"]?.stringValue
        } while cursor != nil
        #expect(seen.count == 250 && Set(seen).count == 250)
        for bad in [#""nope""#, #""offset-9999""#, #""offset-0""#, "12"] {
            #expect(try conversation.send(#"{"jsonrpc":"2.0","id":2,"method":"resources/list","params":{"cursor":\#(bad)}}"#)?["error"]?["code"] == -32602, "\(bad)")
        }
    }

    @Test("resources/read returns contents; an unknown URI is -32002 with the URI")
    func read() throws {
        var conversation = Conversation()
        try conversation.initialize()
        let contents = try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"resources/read","params":{"uri":"test://1"}}"#)?["result"]?["contents"]?.arrayValue?.first
        #expect(contents?["text"] == "one")
        let missing = try conversation.send(#"{"jsonrpc":"2.0","id":2,"method":"resources/read","params":{"uri":"test://2"}}"#)
        #expect(missing?["error"]?["code"] == -32002)
        #expect(missing?["error"]?["data"]?["uri"] == "test://2")
        #expect(try conversation.send(#"{"jsonrpc":"2.0","id":3,"method":"resources/read","params":{}}"#)?["error"]?["code"] == -32602)
    }

    @Test("prompts check their arguments: required, unknown and non-string ones are listed together")
    func prompts() throws {
        var conversation = Conversation()
        try conversation.initialize()
        let got = try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"prompts/get","params":{"name":"count","arguments":{"what":"sheep"}}}"#)
        #expect(got?["result"]?["description"] == "Count sheep")
        let bad = try conversation.send(#"{"jsonrpc":"2.0","id":2,"method":"prompts/get","params":{"name":"count","arguments":{"how":1}}}"#)
        #expect(bad?["error"]?["data"]?["errors"]?.arrayValue?.count == 2)
        #expect(try conversation.send(#"{"jsonrpc":"2.0","id":3,"method":"prompts/get","params":{"name":"cont"}}"#)?["error"]?["data"]?["didYouMean"] == "count")
    }

    @Test("completion/complete offers values that start like the argument")
    func completion() throws {
        var conversation = Conversation()
        try conversation.initialize()
        let result = try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"completion/complete","params":{"ref":{"type":"ref/prompt","name":"count"},"argument":{"name":"what","value":"ap"}}}"#)?["result"]
        #expect(result?["completion"]?["values"] == ["apples", "apricots"])
        #expect(result?["completion"]?["hasMore"] == false)
    }

    @Test("native methods keep working beside MCP, before and after the handshake")
    func native() throws {
        var conversation = Conversation()
        #expect(try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"counter.increment","params":{"by":1}}"#)?["result"] == ["value": 1])
        try conversation.initialize()
        #expect(try conversation.send(#"{"jsonrpc":"2.0","id":2,"method":"counter.increment","params":{"by":1}}"#)?["result"] == ["value": 2])
        #expect(try conversation.send(#"{"jsonrpc":"2.0","id":3,"method":"counter.incremnt"}"#)?["error"]?["code"] == -32601)
    }
}
