import Testing
import Glossary

/// Realistic queries against the bundled content, each with the entry a salesperson would expect
/// first. Pins ranking on real data; when the content changes, update the table deliberately.
@Suite("Real glossary queries")
struct RealGlossaryQueryTests {
    /// Loaded once for all cases: the bundle is large and read-only.
    static let loaded = Result { () throws(GlossaryLoadError) in try Glossary(loadingFrom: RepositoryPaths.bundleDirectory) }

    /// (query, expected first search hit, expected lookup best or nil when the query names nothing
    /// exactly: a typo, a prefix, initial consonants).
    static let queries: [(String, String, String?)] = [
        // English terms and their spellings.
        ("pipeline", "pipeline", "pipeline"),
        ("Win-Rate", "win-rate", "win-rate"),
        ("ＷＩＮ　ＲＡＴＥ", "win-rate", "win-rate"),
        ("winrate", "win-rate", "win-rate"),
        ("deal", "deal", "deal"),
        ("churn", "churn", "churn"),
        ("churn rate", "churn-rate", "churn-rate"),
        ("lead scoring", "lead-scoring", "lead-scoring"),
        ("closed won", "won", "won"),
        ("closed lost", "lost", "lost"),
        ("quote", "quote", "proposal"),
        ("qualified", "qualified-lead", "qualified-lead"),
        ("discovery", "discovery", "discovery"),
        ("health score", "health-score", "health-score"),
        ("seats", "seats", "seats"),
        ("forecast commit", "forecast-commit", "forecast-commit"),
        ("avg sales cycle", "avg-sales-cycle", "avg-sales-cycle"),
        ("license stub", "license-stub", "license-stub"),
        ("renewal", "renewal", "renewal"),
        ("ticket", "case", "case"),
        ("webhook", "webhook", "webhook"),
        ("deal velocity", "deal-velocity", "pipeline-velocity"),
        ("agentic AI", "agentic-ai", "agentic-ai"),
        ("split testing", "a-b-testing", "a-b-testing"),
        ("lead routing", "lead-assignment", "lead-assignment"),
        ("round robin", "allocation-rule", nil),
        ("close date", "opportunity-close-date", "opportunity-close-date"),
        ("deal stage", "opportunity-stage", "opportunity-stage"),
        ("audit trail", "audit-log", "audit-log"),
        ("custom fields", "custom-properties", "custom-properties"),
        ("merge fields", "personalization-tokens", "personalization-tokens"),
        ("dedupe", "data-deduplication", "data-deduplication"),
        ("what if", "what-if-analysis", nil),
        ("ideal customer", "icp", "icp"),
        ("walk-in", "walk-in-lead", "walk-in-lead"),
        ("budget authority need timeline", "bant", "bant"),
        ("best case", "forecast-category", nil),
        ("license IDs", "seats", "seats"),
        ("monthly active users", "mau", "mau"),
        ("new lead", "new-lead", "new-lead"),
        ("lifetime value", "customer-lifetime-value", "customer-lifetime-value"),
        // Abbreviations and expansions.
        ("ACV", "acv", "acv"),
        ("annual contract value", "acv", "acv"),
        ("ARR", "arr", "arr"),
        ("annual recurring revenue", "arr", "arr"),
        ("MRR", "mrr", "mrr"),
        ("TCV", "tcv", "tcv"),
        ("CSM", "csm", "csm"),
        ("customer success manager", "customer-success-manager", "csm"),
        ("ICP", "icp", "icp"),
        ("MQL", "marketing-qualified-lead", "marketing-qualified-lead"),
        ("SQL", "sales-qualified-lead", "sales-qualified-lead"),
        ("NRR", "net-revenue-retention", "net-revenue-retention"),
        ("net revenue retention", "net-revenue-retention", "net-revenue-retention"),
        ("CTR", "click-through-rate", "click-through-rate"),
        ("LTV", "customer-lifetime-value", "customer-lifetime-value"),
        ("CAC", "customer-acquisition-cost", "customer-acquisition-cost"),
        ("NPS", "net-promoter-score", "net-promoter-score"),
        ("CSAT", "customer-satisfaction-score", "customer-satisfaction-score"),
        ("SLA", "service-level-agreement", "service-level-agreement"),
        ("CRM", "customer-relationship-management", "customer-relationship-management"),
        ("SSO", "single-sign-on", "single-sign-on"),
        ("ROI", "return-on-investment", "return-on-investment"),
        ("YoY", "year-over-year", "year-over-year"),
        ("QTD", "won-qtd", "won-qtd"),
        ("TS-MAU", "ts-mau", "ts-mau"),
        ("ARPU", "average-revenue-per-user", "average-revenue-per-user"),
        ("SaaS", "saas", "saas"),
        ("L2R", "lead-to-revenue", "lead-to-revenue"),
        ("AE", "account-executive", "account-executive"),
        ("BDR", "sales-development-representative", "sales-development-representative"),
        ("CPQ", "configure-price-quote", "configure-price-quote"),
        ("FRT", "first-response-time", "first-response-time"),
        ("AHT", "average-handle-time", "average-handle-time"),
        ("MTTR", "average-resolution-time", "average-resolution-time"),
        ("LTV:CAC", "cac-to-ltv-ratio", "cac-to-ltv-ratio"),
        ("VOC", "voice-of-the-customer", "voice-of-the-customer"),
        ("DQ", "disqualified", "disqualified"),
        ("opp", "opportunity", "opportunity"),
        ("x-sell", "cross-sell", "cross-sell"),
        // Korean terms, aliases and partial words.
        ("파이프라인", "pipeline", "pipeline"),
        ("파이프", "pipeline", "pipeline"),
        ("수주율", "win-rate", "win-rate"),
        ("윈레이트", "win-rate", "win-rate"),
        ("수주", "won", "won"),
        ("승률", "win-rate", "win-rate"),
        ("영업 기회", "opportunity", "opportunity"),
        ("딜", "deal", "deal"),
        ("연간 계약 가치", "acv", "acv"),
        ("연간 반복 매출", "arr", "arr"),
        ("고객 성공 매니저", "csm", "csm"),
        ("이상적 고객 프로필", "icp", "icp"),
        ("이탈", "churn", "churn"),
        ("이탈률", "churn-rate", "churn-rate"),
        ("해지율", "churn-rate", "churn-rate"),
        ("클릭률", "click-through-rate", "click-through-rate"),
        ("순추천지수", "net-promoter-score", "net-promoter-score"),
        ("리드", "lead", "lead"),
        ("리드 스코어링", "lead-scoring", "lead-scoring"),
        ("리드 점수화", "lead-scoring", "lead-scoring"),
        ("너처링", "lead-nurturing", "lead-nurturing"),
        ("실주", "lost", "lost"),
        ("네고", "negotiation", "negotiation"),
        ("견적", "quote", "quote"),
        ("디스커버리 콜", "discovery-call", "discovery"),
        ("건강도", "health-score", "health-score"),
        ("사용 시트", "seats", "seats"),
        ("월간 활성 사용자", "mau", "mau"),
        ("포캐스트", "forecast", "forecast"),
        ("영업 주기", "sales-cycle", "sales-cycle"),
        ("평균 영업 주기", "avg-sales-cycle", "avg-sales-cycle"),
        ("쿼터", "quota-attainment", "quota-attainment"),
        ("달성률", "quota-attainment", "quota-attainment"),
        ("담당 BD", "owner", "owner"),
        ("리드 전환", "convert", "convert"),
        ("업셀", "upsell", "upsell"),
        ("크로스셀", "cross-sell", "cross-sell"),
        ("갱신", "renewal", "renewal"),
        ("온보딩", "onboarding", "onboarding"),
        ("세분화", "segmentation", "segmentation"),
        ("티켓", "case", "case"),
        ("웹훅", "webhook", "webhook"),
        ("고객 관계 관리", "customer-relationship-management", "customer-relationship-management"),
        ("워크플로우", "workflow", "workflow"),
        ("밴트", "bant", "bant"),
        ("의사결정자", "decision-maker", "decision-maker"),
        ("총 파이프라인", "total-pipeline", "total-pipeline"),
        ("활성 리드", "active-leads", "active-leads"),
        ("에이전틱", "agentic-ai", nil),
        ("리드 유입 경로", "lead-source", "lead-source"),
        ("인바운드", "inbound", "inbound"),
        ("콜드콜", "cold-calling", "cold-calling"),
        ("전시회", "event", "event"),
        ("요금제", "plan", "plan"),
        ("핵심 성과 지표", "kpi", "kpi"),
        ("대시보드", "dashboard", "dashboard"),
        ("리포트", "report", "report"),
        ("영업 대표", "account-executive", "account-executive"),
        ("헬프데스크", "help-desk", "help-desk"),
        ("견적 자동화", "configure-price-quote", "configure-price-quote"),
        ("테리토리", "sales-territory", "sales-territory"),
        ("계약 예정일", "opportunity-close-date", "opportunity-close-date"),
        ("모자회사 구조", "account-hierarchy", "account-hierarchy"),
        ("옴니채널", "omnichannel", "omnichannel"),
        ("CAC 회수 기간", "cac-payback-period", "cac-payback-period"),
        ("광고비 대비 매출", "return-on-ad-spend", "return-on-ad-spend"),
        ("전년 대비", "year-over-year", "year-over-year"),
        ("페르소나", "buyer-persona", "buyer-persona"),
        ("인텐트 데이터", "buyer-intent-data", "buyer-intent-data"),
        ("내부 옹호자", "champion", "champion"),
        ("고객의 소리", "voice-of-the-customer", "voice-of-the-customer"),
        ("웜 리드", "warm-lead", "warm-lead"),
        ("영업 시퀀스", "sales-cadence", "sales-cadence"),
        ("잠재 고객", "prospect-general", "prospect-general"),
        ("가망 고객", "prospect-general", "prospect-general"),
        ("커버리지 배수", "pipeline-coverage", "pipeline-coverage"),
        ("커밋", "forecast-commit", "forecast-commit"),
        ("이번 분기 수주", "won-qtd", "won-qtd"),
        ("티어", "plan", "plan"),
        ("부적격", "disqualified", "disqualified"),
        ("전환 완료", "converted", "converted"),
        ("컨택 완료", "contacted", "contacted"),
        ("소개", "referral", "referral"),
        ("아웃바운드", "cold-outreach", "cold-outreach"),
        ("자발 문의", "inbound", "inbound"),
        // Mixed scripts.
        ("CRM 연동", "crm-integration", "crm-integration"),
        ("AI 챗봇", "ai-chat-agent", "ai-chat-agent"),
        ("b2b 영업", "b2b", "b2b"),
        ("API 연동", "api-integration", "api-integration"),
        ("UTM 파라미터", "utm-parameters", "utm-parameters"),
        ("QTD 수주", "won-qtd", "won-qtd"),
        ("FAQ 센터", "knowledge-base", "knowledge-base"),
        ("ARS", "ivr", "ivr"),
        ("AB 테스트", "a-b-testing", "a-b-testing"),
        ("CRM 이관", "data-migration", "data-migration"),
        // Typos.
        ("forcast", "forecast", nil),
        ("recurring revenu", "arr", nil),
        ("custmer success", "customer-success", nil),
        ("churm", "churn", nil),
        ("oportunity", "opportunity", nil),
        ("segmentaton", "segmentation", nil),
        ("deliverabilty", "deliverability", nil),
        ("pipline", "pipeline", nil),
        ("renewl", "renewal", nil),
        ("attribtion model", "attribution-model", nil),
        ("qualifed", "qualified-lead", nil),
        ("협상 단게", "negotiation", nil),
        ("수주률", "win-rate", nil),
        // Initial consonants.
        ("ㅍㅇㅍㄹㅇ", "pipeline", nil),
        ("ㅍㅇ", "pipeline", nil),
        ("ㅅㅈㅇ", "win-rate", nil),
        ("ㄱㄱ ㄱㄱㄷ ㅈㅅ", "health-score", nil),
        ("ㅇㅇㄱㅎ", "opportunity", nil),
        ("ㅇㅂㅇㄷ", "inbound", nil),
        ("ㄷㅅㅂㄷ", "dashboard", nil),
        ("ㅋㄹㅅㅅ", "cross-sell", nil),
        ("ㅅㄱ ㄹㄷ", "new-lead", nil),
    ]

    @Test func thereAreEnoughQueries() {
        #expect(Self.queries.count >= 100)
    }

    @Test("Search ranks the expected entry first, lookup agrees", arguments: queries)
    func query(_ query: String, firstHit: String, lookupBest: String?) throws {
        let glossary = try Self.loaded.get()
        let search = glossary.search(query)
        let top = try #require(search.hits.first, "no hit for \(query)")
        #expect(top.entry.id == firstHit)
        let lookup = glossary.lookup(query)
        #expect(lookup.best?.entry.id == lookupBest)
        if lookupBest == nil && top.tier != .definition {
            // Nothing exact: the suggestions lead with what search ranks first.
            #expect(lookup.suggestions.first?.id == firstHit)
        }
    }

    @Test("Explain maps CRM fields to their terms", arguments: [
        ("opportunity", "stage", "won", "won"), ("opportunity", "stage", "negotiation", "negotiation"),
        ("lead", "status", "qualified", "qualified-lead"), ("lead", "status", "disqualified", "disqualified"),
        ("lead", "source", "cold_outreach", "cold-outreach"), ("opportunity", "stage", "paused", "opportunity"),
        ("account", "health", nil, "health-score"), ("opportunity", "acv", nil, "acv"), ("opportunity", "type", nil, "new-expansion-renewal"),
    ] as [(String, String, String?, String)])
    func explain(object: String, field: String, value: String?, id: String) throws {
        #expect(try Self.loaded.get().explain(object: object, field: field, value: value)?.entry.id == id)
    }

    @Test func indexAndCategoriesCoverEveryEntry() throws {
        let glossary = try Self.loaded.get()
        let index = glossary.index()
        #expect(index.latin.reduce(0) { $0 + $1.count } == glossary.entries.count)
        #expect(index.hangul.reduce(0) { $0 + $1.count } <= glossary.entries.count)
        #expect(glossary.categories().reduce(0) { $0 + $1.entryCount } == glossary.entries.count)
        #expect(glossary.categories().allSatisfy { $0.entryCount > 0 })
        #expect(glossary.list(scope: .clover).count == 51)
    }

    @Test func relatedIDsAllResolve() throws {
        let glossary = try Self.loaded.get()
        for entry in glossary.entries {
            guard case .found(_, let related) = glossary.related(to: entry.id) else {
                Issue.record("\(entry.id) not found")
                continue
            }
            #expect(related.count == entry.related.count, "\(entry.id)")
        }
    }
}
