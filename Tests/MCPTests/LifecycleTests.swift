import JSONRPC
import MCP
import Testing

@Suite("MCP lifecycle: handshake and stateless eras")
struct LifecycleTests {
    @Test("initialize echoes a version it speaks and answers others with its newest", arguments: [
        ("2025-06-18", "2025-06-18"), ("2025-11-25", "2025-11-25"), ("2024-11-05", "2025-11-25"), ("2026-07-28", "2025-11-25"), ("1999-01-01", "2025-11-25"),
    ])
    func negotiation(requested: String, answered: String) throws {
        var conversation = Conversation()
        let answer = try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"\#(requested)","capabilities":{}}}"#)
        #expect(answer?["result"]?["protocolVersion"] == .string(answered))
        #expect(answer?["result"]?["serverInfo"]?["name"] == "test")
        #expect(answer?["result"]?["capabilities"]?["tools"] != nil)
    }

    @Test("requests are accepted right after initialize is answered; a second initialize is an error")
    func handshake() throws {
        var conversation = Conversation()
        try conversation.initialize()
        let tools = try conversation.send(#"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#)
        #expect(tools?["result"]?["tools"]?.arrayValue?.count == 1)
        #expect(tools?["result"]?["resultType"] == nil, "handshake results carry no stateless members")
        #expect(try conversation.send(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#) == nil)
        #expect(conversation.context.mcp.clientSaidInitialized)
        let again = try conversation.send(#"{"jsonrpc":"2.0","id":3,"method":"initialize","params":{"protocolVersion":"2025-11-25"}}"#)
        #expect(again?["error"]?["code"] == -32600)
    }

    @Test("an MCP request with neither a handshake nor _meta gets an immediate error naming both ways in")
    func neither() throws {
        var conversation = Conversation()
        let answer = try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#)
        #expect(answer?["error"]?["code"] == -32602)
        let message = answer?["error"]?["message"]?.stringValue ?? ""
        #expect(message.contains("initialize") && message.contains("2026-07-28"))
        // ping is allowed before initialize.
        #expect(try conversation.send(#"{"jsonrpc":"2.0","id":2,"method":"ping"}"#)?["result"] == [:])
    }

    @Test("server/discover answers without _meta and lists every version")
    func discover() throws {
        var conversation = Conversation()
        let answer = try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"server/discover"}"#)
        let result = try #require(answer?["result"])
        #expect(result["supportedVersions"] == ["2025-06-18", "2025-11-25", "2026-07-28"])
        #expect(result["resultType"] == "complete")
        #expect(result["cacheScope"] == "public")
        #expect(result["ttlMs"]?.numberValue != nil)
        #expect(result["_meta"]?["io.modelcontextprotocol/serverInfo"]?["name"] == "test")
    }

    @Test("an unsupported stateless version is -32022 with what is supported")
    func unsupported() throws {
        var conversation = Conversation()
        for method in ["server/discover", "tools/list"] {
            let answer = try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"\#(method)","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2030-01-01","io.modelcontextprotocol/clientCapabilities":{}}}}"#)
            #expect(answer?["error"]?["code"] == -32022)
            #expect(answer?["error"]?["data"]?["requested"] == "2030-01-01")
            #expect(answer?["error"]?["data"]?["supported"]?.arrayValue?.contains("2026-07-28") == true)
        }
    }

    @Test("a stateless request needs both required _meta keys, each of the right type", arguments: [
        #"{"io.modelcontextprotocol/protocolVersion":"2026-07-28"}"#,
        #"{"io.modelcontextprotocol/clientCapabilities":{}}"#,
        #"{"io.modelcontextprotocol/protocolVersion":7,"io.modelcontextprotocol/clientCapabilities":{}}"#,
        #"{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":[]}"#,
        #"{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{},"io.modelcontextprotocol/logLevel":"loud"}"#,
        #""just a string""#,
    ])
    func incompleteMeta(meta: String) throws {
        var conversation = Conversation()
        let answer = try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":\#(meta)}}"#)
        #expect(answer?["error"]?["code"] == -32602, "\(meta)")
        #expect(answer?["error"]?["data"]?["errors"]?.arrayValue?.first?["path"]?.stringValue?.hasPrefix("$._meta") == true)
    }

    @Test("a stateless request needs no handshake, and its result says resultType and caching")
    func stateless() throws {
        var conversation = Conversation()
        let answer = try conversation.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{\#(Conversation.stateless)}}"#)
        let result = try #require(answer?["result"])
        #expect(result["tools"]?.arrayValue?.count == 1)
        #expect(result["resultType"] == "complete")
        #expect(result["ttlMs"] != nil && result["cacheScope"] == "public")
        #expect(conversation.context.mcp.negotiatedVersion == nil, "nothing is remembered from a stateless request")
    }

    @Test("logging: messages only after logging/setLevel (handshake) or with a _meta level (stateless)")
    func logging() throws {
        var conversation = Conversation()
        try conversation.initialize()
        let call = #"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":9}}}"#
        _ = try conversation.send(call)  // an error result, logged at debug
        _ = try conversation.send(call)
        #expect(conversation.notifications.isEmpty, "no messages unless asked")
        #expect(try conversation.send(#"{"jsonrpc":"2.0","id":6,"method":"logging/setLevel","params":{"level":"debug"}}"#)?["result"] == [:])
        _ = try conversation.send(call)
        #expect(conversation.notifications.contains { $0["method"] == "notifications/message" && $0["params"]?["level"] == "debug" })
        let badLevel = try conversation.send(#"{"jsonrpc":"2.0","id":7,"method":"logging/setLevel","params":{"level":"verbose"}}"#)
        #expect(badLevel?["error"]?["code"] == -32602)

        var fresh = Conversation()
        let meta = #""_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{},"io.modelcontextprotocol/logLevel":"debug"}"#
        _ = try fresh.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":9},\#(meta)}}"#)
        _ = try fresh.send(#"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":9},\#(meta)}}"#)
        #expect(fresh.notifications.contains { $0["method"] == "notifications/message" })
        _ = try fresh.send(#"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"counter_increment","arguments":{"by":9},\#(Conversation.stateless)}}"#)
        #expect(fresh.notifications.isEmpty, "a stateless level lasts one request")
    }

    @Test("notifications MCP clients send are never answered")
    func clientNotifications() throws {
        var conversation = Conversation()
        try conversation.initialize()
        for method in ["notifications/cancelled", "notifications/roots/list_changed", "notifications/progress"] {
            #expect(try conversation.send(#"{"jsonrpc":"2.0","method":"\#(method)","params":{"requestId":1}}"#) == nil)
        }
    }
}
