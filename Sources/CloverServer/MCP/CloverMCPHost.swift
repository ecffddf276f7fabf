import JSONRPC
import MCP

/// Clover CRM as an MCP server: the curated tools, the glossary and dashboard as resources, and
/// prompts for the conversations a sales team has with an assistant.
struct CloverMCPHost: MCPHost {
    typealias Context = ServerContext

    static let info = MCPServerInfo(name: "clover-crm", title: "Clover CRM", version: CloverVersion.program)

    var serverInfo: MCPServerInfo { Self.info }
    var tools: [ToolDeclaration] { Self.curatedTools }
    var prompts: [PromptDeclaration] { Self.curatedPrompts }
    var resourceTemplates: [ResourceTemplate] { Self.templates }

    var instructions: String {
        """
        Clover CRM holds a B2B sales team's leads, accounts, contacts, deals (opportunities), licence \
        requests and quotas. Everything you see is limited to what the acting user may see. Find records \
        with search_records when you have a name, then read or change them with the lead_*, account_*, \
        contact_* and deal_* tools. Preview lead_convert with dryRun: true before converting, and confirm \
        with the user before moving a deal to won or lost. Quarter figures come from dashboard_summary; \
        glossary_lookup defines sales terms in English and Korean. A failed call explains how to fix it.
        """
    }

    /// A dashboard chart also comes as an SVG resource, which hosts can display.
    func extraContent(for tool: ToolDeclaration, structured: UnsafeRawBufferPointer) -> [JSONValue] {
        guard tool.method == "dashboard.chart", let result = try? JSONParser.parse(structured), let svg = result["svg"]?.stringValue else { return [] }
        let kind = result["kind"]?.stringValue ?? "chart"
        return [["type": "resource", "resource": ResourceContents(uri: "clover://charts/\(kind)", mimeType: "image/svg+xml", text: svg).jsonValue]]
    }

    func cachePolicy(forResource uri: String) -> MCPCachePolicy {
        uri.hasPrefix("glossary://") ? .fixed : .live
    }

    func failureText(_ error: ResponseError, tool: ToolDeclaration, language: MessageLanguage) -> String {
        Self.failureText(error, tool: tool, language: language)
    }
}
