import JSONRPC
import MCP

/// Prompts: conversations a sales team starts with an assistant, each seeded with the live data
/// it needs (as embedded JSON), so the model starts from facts rather than a blank page.
extension CloverMCPHost {
    static let curatedPrompts = [
        PromptDeclaration("pipeline_review", title: "Pipeline review",
                          description: "Review this quarter's pipeline: coverage against quota, deals at risk, and next steps.",
                          arguments: [
                            .init("quarter", "Fiscal quarter such as 2026-Q4; the current one when left out."),
                            .init("lang", "en or ko: the language to answer in (default en).", allowed: ["en", "ko"]),
                          ]),
        PromptDeclaration("account_brief", title: "Account brief",
                          description: "Brief someone on an account before a meeting: health, contacts, open deals, licences and recent notes.",
                          arguments: [
                            .init("accountId", "The account's id, such as acct_1.", required: true),
                            .init("lang", "en or ko: the language to answer in (default en).", allowed: ["en", "ko"]),
                          ]),
        PromptDeclaration("explain_term", title: "Explain a sales term",
                          description: "Explain a sales or CRM term from the glossary, with an example from this CRM.",
                          arguments: [
                            .init("term", "The term, abbreviation or Korean name, e.g. ACV, Win Rate, 수주율.", required: true),
                            .init("lang", "en or ko: the language to answer in (default en).", allowed: ["en", "ko"]),
                          ]),
    ]

    func prompt(_ prompt: PromptDeclaration, arguments: [String: String], dispatcher: Dispatcher<ServerContext>, context: inout ServerContext) throws -> PromptMessages {
        let korean = arguments["lang"] == "ko"
        switch prompt.name {
        case "pipeline_review":
            var params: JSONObject = [:]
            if let quarter = arguments["quarter"] { params.append("quarter", .string(quarter)) }
            let summary = try dispatcher.value(of: "dashboard.summary", params, context: &context)
            let pipeline = try dispatcher.value(of: "dashboard.pipeline", params, context: &context)
            let quarter = summary["quarter"]?.stringValue ?? ""
            let ask = korean
                ? "\(quarter) 파이프라인을 검토해 주세요. 쿼터 대비 커버리지와 달성률, 단계별로 정체된 딜, 위험한 딜, 그리고 이번 주에 할 일을 한국어로 정리해 주세요. 숫자는 아래 데이터만 근거로 하세요."
                : "Review the \(quarter) pipeline. Cover coverage and attainment against quota, deals stuck in a stage, deals at risk, and the next steps for this week. Base every figure on the data below."
            return PromptMessages(description: "Pipeline review for \(quarter)", messages: [
                Self.userText(ask),
                Self.userData("clover://dashboard", summary),
                Self.userData("clover://dashboard/pipeline", pipeline),
            ])
        case "account_brief":
            let id = arguments["accountId"] ?? ""
            let panel = try dispatcher.value(of: "account.panel", ["id": .string(id)], context: &context)
            let name = panel["account"]?["name"]?.stringValue ?? id
            let ask = korean
                ? "\(name) 미팅 전에 볼 고객사 브리핑을 한국어로 써 주세요: 고객사 상태와 플랜, 핵심 연락처(챔피언), 진행 중인 딜과 다음 단계, 라이선스 요청, 최근 노트의 요점."
                : "Write a pre-meeting brief on \(name): account health and plan, key contacts (the champion first), open deals and their next steps, licence requests, and the gist of recent notes."
            return PromptMessages(description: "Account brief: \(name)", messages: [
                Self.userText(ask),
                Self.userData("clover://accounts/\(id)", panel),
            ])
        default:  // explain_term
            let term = arguments["term"] ?? ""
            let lookup = try dispatcher.value(of: "glossary.lookup", ["term": .string(term), "lang": korean ? "ko" : "en"], context: &context)
            let found = lookup["found"]?.boolValue ?? false
            let ask: String
            if found {
                ask = korean
                    ? "'\(term)'을(를) 영업팀 신입에게 설명하듯 한국어로 풀어 주세요. 아래 용어집 항목을 근거로 하고, 이 CRM에서 어디에 나타나는지 예를 들어 주세요."
                    : "Explain \"\(term)\" as you would to a new member of a sales team. Ground it in the glossary entry below and give an example of where it shows up in this CRM."
            } else {
                ask = korean
                    ? "용어집에 '\(term)'이(가) 없습니다. 아래 제안 중 사용자가 뜻한 것이 있는지 물어봐 주세요."
                    : "The glossary has no entry for \"\(term)\". Ask the user whether they meant one of the suggestions below."
            }
            return PromptMessages(description: "Explain: \(term)", messages: [
                Self.userText(ask),
                Self.userData("glossary://lookup/\(term)", lookup),
            ])
        }
    }

    private static func userText(_ text: String) -> JSONValue {
        ["role": "user", "content": ["type": "text", "text": .string(text)]]
    }

    /// Live data as an embedded JSON resource, so a host can show it apart from the request.
    private static func userData(_ uri: String, _ value: JSONValue) -> JSONValue {
        ["role": "user", "content": ["type": "resource", "resource": ResourceContents(uri: uri, mimeType: "application/json", text: value.jsonText).jsonValue]]
    }
}
