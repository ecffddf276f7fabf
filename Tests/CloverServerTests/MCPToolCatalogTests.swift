@testable import CloverServer
import Foundation
import JSONRPC
import MCP
import Testing

/// The curated MCP surface of Clover CRM, checked in-process against the real declarations.
@Suite("MCP: Clover's tools, resources and prompts")
struct MCPToolCatalogTests {
    static let initialize = #"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{}}}"#

    static func demo(as user: String? = nil) throws -> TestSession {
        var session = try TestSession.demo(as: user)
        _ = try session.send(initialize)
        return session
    }

    @Test("at most 30 tools, each named as model APIs accept, each running a declared method")
    func curation() throws {
        let registry = MethodList.registry()
        let tools = CloverMCPHost.curatedTools
        #expect(tools.count <= 30)
        #expect(Set(tools.map(\.name)).count == tools.count)
        for tool in tools {
            #expect(tool.name.allSatisfy { $0.isLowercase || $0 == "_" } && tool.name.count <= 64, "\(tool.name)")
            let descriptor = try #require(registry.descriptor(named: tool.method), "\(tool.name) runs \(tool.method), which is not declared")
            #expect(descriptor.result.types == [.object], "\(tool.name): MCP output schemas are objects")
            // Reading tools must not run methods that write, and the other way round.
            let writes = ["create", "update", "setStatus", "convert", "changeStage", "import"].contains { tool.method.hasSuffix($0) }
            #expect((tool.behavior == .reads) == !writes, "\(tool.name) is annotated as \(tool.behavior)")
        }
        // What the issue names is all there.
        for needed in ["search_records", "lead_get", "lead_create", "lead_update", "lead_set_status", "deal_change_stage",
                       "lead_convert", "account_panel", "dashboard_summary", "dashboard_chart", "glossary_lookup", "glossary_search", "glossary_explain"] {
            #expect(tools.contains { $0.name == needed }, "\(needed) is missing")
        }
    }

    @Test("tools/list shows the declarations' schemas unchanged (bar multipleOf in outputs)")
    func schemasFromDeclarations() throws {
        var session = try Self.demo()
        let listed = try #require(try session.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#)?["result"]?["tools"]?.arrayValue)
        let registry = MethodList.registry()
        #expect(listed.count == CloverMCPHost.curatedTools.count)
        for (tool, declaration) in zip(listed, CloverMCPHost.curatedTools) {
            let descriptor = try #require(registry.descriptor(named: declaration.method))
            #expect(tool["inputSchema"] == descriptor.paramsSchema.jsonValue, "\(declaration.name)")
            #expect(tool["outputSchema"] == ToolDeclaration.outputSchema(descriptor.result.jsonValue), "\(declaration.name)")
            #expect(tool["description"]?.stringValue?.contains(descriptor.summary) == true)
        }
    }

    /// The chart tool's extra block is made from the structured content where it lies in the answer.
    @Test("dashboard_chart answers with its SVG as an embedded resource beside the text")
    func chartAsResource() throws {
        var session = try Self.demo()
        let result = try #require(try session.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"dashboard_chart","arguments":{"kind":"pipeline"}}}"#)?["result"])
        let content = try #require(result["content"]?.arrayValue)
        #expect(content.map { $0["type"]?.stringValue } == ["text", "resource"])
        let resource = try #require(content.last?["resource"])
        #expect(resource["mimeType"] == "image/svg+xml")
        #expect(resource["uri"] == "clover://charts/pipeline")
        #expect(resource["text"] == result["structuredContent"]?["svg"])
        #expect(resource["text"]?.stringValue?.hasPrefix("<svg") == true)
    }

    @Test("a BD sees no one else's records through a tool either")
    func rowLevelAccess() throws {
        var admin = try Self.demo()
        let all = try #require(try admin.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"lead_list","arguments":{"limit":500}}}"#)?["result"]?["structuredContent"]?["total"]?.numberValue?.int64)
        var bd = try Self.demo(as: "bd.kim")
        let own = try #require(try bd.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"lead_list","arguments":{"limit":500}}}"#)?["result"]?["structuredContent"]?["items"]?.arrayValue)
        #expect(own.count < all)
        let owners = Set(own.compactMap { $0["ownerId"]?.stringValue })
        #expect(owners.count == 1, "a BD's list holds only their own leads: \(owners)")
    }

    @Test("failures read as instructions: allowed moves, duplicate candidates, the version to retry with")
    func failureTexts() throws {
        var session = try Self.demo()
        func text(_ name: String, _ arguments: String) throws -> String {
            let result = try session.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"\#(name)","arguments":\#(arguments)}}"#)?["result"]
            #expect(result?["isError"] == true, "\(name) \(arguments)")
            return result?["content"]?.arrayValue?.first?["text"]?.stringValue ?? ""
        }
        #expect(try text("lead_set_status", #"{"id":"lead_1","status":"won"}"#).contains("allowed: new, contacted"))
        #expect(try text("lead_set_status", #"{"id":"lead_1","status":"converted"}"#).contains("lead_convert"))
        #expect(try text("lead_update", #"{"id":"lead_1","title":"x","ifVersion":99}"#).contains("retry with ifVersion"))
        #expect(try text("lead_create", #"{"name":"A","sauce":"x"}"#).contains("did you mean \"source\""))
        let lead = try session.call("lead.create", ["name": "Ana Lee", "company": "Nike Inc", "email": "ana@nike.com"])
        for status in ["contacted", "qualified"] { _ = try session.call("lead.setStatus", ["id": lead["id"] ?? .null, "status": .string(status)]) }
        let duplicate = try text("lead_convert", #"{"leadId":"\#(lead["id"]?.stringValue ?? "")"}"#)
        #expect(duplicate.contains("createNewAccount: true") && duplicate.contains("acct_"), "\(duplicate)")
    }

    @Test("Korean sessions get Korean failure texts")
    func koreanFailure() throws {
        var session = try TestSession(arguments: TestSession.demoArguments + ["--locale", "ko"])
        _ = try session.send(Self.initialize)
        let result = try session.send(#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"lead_get","arguments":{"id":"lead_999"}}}"#)?["result"]
        #expect(result?["content"]?.arrayValue?.first?["text"]?.stringValue?.contains("search_records나") == true)
    }

    @Test("glossary resources in both languages, the dashboard for the acting user, charts as SVG")
    func resources() throws {
        var session = try Self.demo()
        func read(_ uri: String) throws -> JSONValue? {
            try session.send(#"{"jsonrpc":"2.0","id":1,"method":"resources/read","params":{"uri":"\#(uri)"}}"#)?["result"]?["contents"]?.arrayValue?.first
        }
        let english = try #require(try read("glossary://en/win-rate"))
        #expect(english["mimeType"] == "text/markdown")
        #expect(english["text"]?.stringValue?.hasPrefix("# Win Rate") == true)
        #expect(try read("glossary://ko/win-rate")?["text"]?.stringValue?.hasPrefix("# 수주율") == true)
        #expect(try read("clover://charts/forecast")?["text"]?.stringValue?.hasPrefix("<svg") == true)
        let dashboard = try #require(try read("clover://dashboard")?["text"]?.stringValue)
        #expect(try JSONParser.parse(dashboard)["winRate"] != nil)
        let missing = try session.send(#"{"jsonrpc":"2.0","id":1,"method":"resources/read","params":{"uri":"glossary://en/win-rat"}}"#)
        #expect(missing?["error"]?["code"] == -32002)
        #expect(missing?["error"]?["message"]?.stringValue?.contains("glossary://en/win-rate") == true, "suggests the closest term")
    }

    @Test("prompts embed live data: the account panel, the quarter's KPIs, the glossary entry")
    func prompts() throws {
        var session = try Self.demo()
        let brief = try session.send(#"{"jsonrpc":"2.0","id":1,"method":"prompts/get","params":{"name":"account_brief","arguments":{"accountId":"acct_1"}}}"#)?["result"]
        let messages = try #require(brief?["messages"]?.arrayValue)
        let data = try #require(messages.last?["content"]?["resource"]?["text"]?.stringValue)
        #expect(try JSONParser.parse(data)["account"]?["id"] == "acct_1")
        let missing = try session.send(#"{"jsonrpc":"2.0","id":2,"method":"prompts/get","params":{"name":"account_brief","arguments":{"accountId":"acct_999"}}}"#)
        #expect(missing?["error"]?["data"]?["kind"] == "not_found")
        let korean = try session.send(#"{"jsonrpc":"2.0","id":3,"method":"prompts/get","params":{"name":"explain_term","arguments":{"term":"ACV","lang":"ko"}}}"#)?["result"]
        let badLanguage = try session.send(#"{"jsonrpc":"2.0","id":4,"method":"prompts/get","params":{"name":"explain_term","arguments":{"term":"ACV","lang":"fr"}}}"#)
        #expect(badLanguage?["error"]?["data"]?["errors"]?.arrayValue?.first?["path"] == "$.arguments.lang")
        #expect(korean?["messages"]?.arrayValue?.first?["content"]?["text"]?.stringValue?.contains("설명") == true)
    }

    @Test("completion offers account ids the acting user can see, and glossary ids")
    func completion() throws {
        var session = try Self.demo(as: "bd.kim")
        let accounts = try session.send(#"{"jsonrpc":"2.0","id":1,"method":"completion/complete","params":{"ref":{"type":"ref/prompt","name":"account_brief"},"argument":{"name":"accountId","value":""}}}"#)?["result"]?["completion"]?["values"]?.arrayValue ?? []
        let visible = try session.call("account.list", ["limit": 500])["total"]
        #expect(JSONValue(accounts.count) == visible)
        let ids = try session.send(#"{"jsonrpc":"2.0","id":2,"method":"completion/complete","params":{"ref":{"type":"ref/resource","uri":"glossary://en/{id}"},"argument":{"name":"id","value":"win-"}}}"#)?["result"]?["completion"]?["values"]?.arrayValue ?? []
        #expect(ids.contains("win-rate"))
    }
}

extension MCPToolCatalogTests {
    @Test("import progress goes out ahead of the tool's answer, and only with a progress token")
    func progressAheadOfAnswer() throws {
        var session = try Self.demo()
        let rows = "name,company\n" + (0..<1_500).map { "Person \($0),Company \($0)\n" }.joined()
        let call: JSONValue = ["jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": [
            "name": "import_records", "arguments": ["format": "csv", "object": "lead", "data": .string(rows), "dryRun": true],
            "_meta": ["progressToken": "import-1"],
        ]]
        var output = JSONWriter()
        Array(call.jsonText.utf8).withUnsafeBytes { session.session.receive(line: $0, output: &output) }
        session.session.settle(output: &output)
        let lines = try output.bytes.split(separator: UInt8(ascii: "\n")).map { try JSONParser.parse(Array($0)) }
        #expect(lines.count == 3, "progress at 1,000 and at 1,500, then the answer")
        #expect(lines.dropLast().allSatisfy { $0["method"] == "notifications/progress" && $0["params"]?["progressToken"] == "import-1" })
        #expect(lines.last?["id"] == 7 && lines.last?["result"]?["isError"] == false)

        var quiet = JSONWriter()
        let untracked = call.jsonText.replacingOccurrences(of: #","_meta":{"progressToken":"import-1"}"#, with: "")
        Array(untracked.utf8).withUnsafeBytes { session.session.receive(line: $0, output: &quiet) }
        #expect(quiet.bytes.split(separator: UInt8(ascii: "\n")).count == 1, "no token, no progress")
    }

    @Test("stateless reads say how long to cache: glossary terms publicly, the dashboard not at all")
    func cachePolicy() throws {
        var session = try TestSession.demo()
        let meta = #""_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}"#
        let term = try session.send(#"{"jsonrpc":"2.0","id":1,"method":"resources/read","params":{"uri":"glossary://en/acv",\#(meta)}}"#)?["result"]
        #expect(term?["cacheScope"] == "public" && term?["ttlMs"] != 0)
        let dashboard = try session.send(#"{"jsonrpc":"2.0","id":2,"method":"resources/read","params":{"uri":"clover://dashboard",\#(meta)}}"#)?["result"]
        #expect(dashboard?["cacheScope"] == "private" && dashboard?["ttlMs"] == 0)
        #expect(dashboard?["resultType"] == "complete")
    }
}
