import CRMCore
import Glossary
import JSONRPC
import MCP

/// Resources: every glossary term in English and Korean, the glossary index, the dashboard and
/// its charts. Glossary resources never change while the process runs; dashboard ones are
/// computed at read time for the acting user.
extension CloverMCPHost {
    static let dashboardURI = "clover://dashboard"
    static let chartPrefix = "clover://charts/"
    static let chartKinds = ["pipeline", "forecast", "quarterly"]
    static let glossaryIndexURI = "glossary://index"

    static let templates = [
        ResourceTemplate(uriTemplate: "glossary://en/{id}", name: "glossary-term-en", title: "Glossary term (English)",
                         description: "One sales or CRM term defined in English, by its glossary id (e.g. win-rate).", mimeType: "text/markdown"),
        ResourceTemplate(uriTemplate: "glossary://ko/{id}", name: "glossary-term-ko", title: "용어집 항목 (한국어)",
                         description: "One sales or CRM term defined in Korean, by its glossary id (e.g. win-rate).", mimeType: "text/markdown"),
        ResourceTemplate(uriTemplate: "clover://charts/{kind}", name: "dashboard-chart", title: "Dashboard chart",
                         description: "A dashboard chart as SVG: kind is pipeline, forecast or quarterly.", mimeType: "image/svg+xml"),
    ]

    func resources(context: inout ServerContext) throws -> [ResourceDescriptor] {
        var resources = [
            ResourceDescriptor(uri: Self.dashboardURI, name: "dashboard", title: "Dashboard KPIs",
                               description: "This quarter's KPIs for the acting user (dashboard.summary).", mimeType: "application/json"),
        ]
        for kind in Self.chartKinds {
            resources.append(ResourceDescriptor(uri: Self.chartPrefix + kind, name: "chart-\(kind)", title: "Chart: \(kind)",
                                                description: "The \(kind) chart of the dashboard.", mimeType: "image/svg+xml"))
        }
        resources.append(ResourceDescriptor(uri: Self.glossaryIndexURI, name: "glossary-index", title: "Glossary index",
                                            description: "A–Z and ㄱ–ㅎ index of the glossary with counts.", mimeType: "application/json"))
        let glossary = try context.glossary()
        for language in ["en", "ko"] {
            for entry in glossary.entries {
                let term = language == "en" ? entry.term.en : entry.term.ko
                resources.append(ResourceDescriptor(uri: "glossary://\(language)/\(entry.id)", name: "\(entry.id)-\(language)", title: term, mimeType: "text/markdown"))
            }
        }
        return resources
    }

    func readResource(_ uri: String, dispatcher: Dispatcher<ServerContext>, context: inout ServerContext) throws -> [ResourceContents] {
        if uri == Self.dashboardURI {
            let summary = try dispatcher.value(of: "dashboard.summary", context: &context)
            return [ResourceContents(uri: uri, mimeType: "application/json", text: summary.jsonText)]
        }
        if uri.hasPrefix(Self.chartPrefix) {
            let kind = String(uri.dropFirst(Self.chartPrefix.count))
            guard Self.chartKinds.contains(kind) else {
                throw MCPErrors.resourceNotFound(uri, hint: "Charts are " + Self.chartKinds.map { Self.chartPrefix + $0 }.joined(separator: ", ") + ".")
            }
            let chart = try dispatcher.value(of: "dashboard.chart", ["kind": .string(kind)], context: &context)
            return [ResourceContents(uri: uri, mimeType: "image/svg+xml", text: chart["svg"]?.stringValue ?? "")]
        }
        if uri == Self.glossaryIndexURI {
            let index = try dispatcher.value(of: "glossary.index", context: &context)
            return [ResourceContents(uri: uri, mimeType: "application/json", text: index.jsonText)]
        }
        for language in [GlossaryLanguage.en, .ko] {
            let prefix = "glossary://\(language.rawValue)/"
            guard uri.hasPrefix(prefix) else { continue }
            let glossary = try context.glossary()
            let id = String(uri.dropFirst(prefix.count))
            guard let entry = glossary.entry(id: id) else {
                let suggestion = ClosestMatch.best(for: id, among: glossary.entries.map(\.id))
                throw MCPErrors.resourceNotFound(uri, hint: suggestion.map { "Did you mean \(prefix)\($0)?" } ?? "resources/list names every term; glossary_search finds one by name.")
            }
            return [ResourceContents(uri: uri, mimeType: "text/markdown", text: GlossaryMarkdown.render(entry, language, glossary: glossary))]
        }
        throw MCPErrors.resourceNotFound(uri, hint: "resources/list and resources/templates/list name what can be read.")
    }

    func completions(for argument: String, prefix: String, context: inout ServerContext) -> [String] {
        let folded = prefix.lowercased()
        func starting(_ values: [String]) -> [String] { values.filter { $0.lowercased().hasPrefix(folded) } }
        switch argument {
        case "lang": return starting(["en", "ko"])
        case "kind": return starting(Self.chartKinds)
        case "id", "term":
            // Glossary ids for templates, term names for the explain prompt. A glossary that
            // cannot load has no completions (the read itself reports the problem).
            guard let glossary = try? context.glossary() else { return [] }
            if argument == "id" { return starting(glossary.entries.map(\.id)) }
            return glossary.entries.flatMap { [$0.term.en, $0.term.ko] }.filter { $0.lowercased().hasPrefix(folded) }
        case "accountId":
            return context.visibleAccounts().filter { $0.id.lowercased().hasPrefix(folded) || $0.name.lowercased().hasPrefix(folded) }.map(\.id)
        default:
            return []
        }
    }
}

extension ServerContext {
    /// Up to 500 live accounts the acting user can see, for completing an account argument.
    func visibleAccounts() -> [(id: String, name: String)] {
        let page = try? state.list(Account.self, ListQuery(limit: ListQuery.maximumLimit), by: actor.id)
        return (page?.items ?? []).map { ($0.id.description, $0.name) }
    }
}
