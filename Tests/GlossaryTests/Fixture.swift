import Glossary

/// A small glossary written for these tests, so query behaviour is pinned down independently of the
/// bundled content (which other people edit). Definitions are our own words.
enum Fixture {
    static let categories: [GlossaryCategory] = [
        GlossaryCategory(id: "core-entities", scope: .clover, label: LocalizedText(en: "Core Entities", ko: "핵심 객체")),
        GlossaryCategory(id: "sales-stages", scope: .clover, label: LocalizedText(en: "Sales Stages", ko: "영업 단계")),
        GlossaryCategory(id: "lead-status", scope: .clover, label: LocalizedText(en: "Lead Status", ko: "리드 상태")),
        GlossaryCategory(id: "key-metrics", scope: .clover, label: LocalizedText(en: "Key Metrics & Terms", ko: "핵심 지표·용어")),
        GlossaryCategory(id: "dashboard-kpis", scope: .clover, label: LocalizedText(en: "Dashboard KPIs", ko: "대시보드 KPI")),
        GlossaryCategory(id: "account-health", scope: .clover, label: LocalizedText(en: "Account Health", ko: "고객사 건강도")),
        GlossaryCategory(id: "clo-admin-metrics", scope: .clover, label: LocalizedText(en: "CLO Admin Metrics", ko: "CLO Admin 지표")),
        GlossaryCategory(id: "industry-standard", scope: .clover, label: LocalizedText(en: "Industry Standard (Reference)", ko: "업계 표준 용어(참고)")),
        GlossaryCategory(id: "sales", scope: .industry, label: LocalizedText(en: "Sales", ko: "영업")),
        GlossaryCategory(id: "marketing", scope: .industry, label: LocalizedText(en: "Marketing", ko: "마케팅")),
        GlossaryCategory(id: "metrics", scope: .industry, label: LocalizedText(en: "Metrics & Reporting", ko: "지표·리포트")),
    ]

    static func text(_ en: String, _ ko: String) -> LocalizedText { LocalizedText(en: en, ko: ko) }

    static let entries: [GlossaryEntry] = [
        GlossaryEntry(
            id: "pipeline", term: text("Pipeline", "파이프라인"),
            aliases: LocalizedList(en: ["Sales Pipeline"], ko: ["영업 파이프라인"]),
            category: "key-metrics", scope: .clover,
            definition: text(
                "The open opportunities a BD is still working, shown per stage with their amounts so the team can see what may close.",
                "담당 BD가 진행 중인 영업 기회 전체를 단계별 금액과 함께 모아 본 것이다."),
            phase: .v1, related: ["opportunity", "win-rate"], letter: "P"),
        GlossaryEntry(
            id: "opportunity", term: text("Opportunity", "영업 기회"),
            aliases: LocalizedList(en: ["Opp"], ko: ["기회", "오퍼튜니티"]),
            category: "core-entities", scope: .clover,
            definition: text(
                "A concrete chance to sign a contract with an account, tracked with a stage, an amount and a close date.",
                "고객사와 계약으로 이어질 수 있는 구체적인 건으로, 단계·금액·계약 예정일을 함께 관리한다."),
            phase: .v1, related: ["pipeline", "deal"], crmField: "opportunity", letter: "O"),
        GlossaryEntry(
            id: "deal", term: text("Deal", "딜"), aliases: LocalizedList(ko: ["거래"]),
            category: "key-metrics", scope: .clover,
            definition: text(
                "The word the screens use for an opportunity; the data model keeps the name Opportunity.",
                "화면에서 영업 기회를 부르는 이름이며 데이터 모델에서는 Opportunity라는 이름을 쓴다."),
            phase: .v1, related: ["opportunity"], letter: "D"),
        GlossaryEntry(
            id: "win-rate", term: text("Win Rate", "수주율"),
            aliases: LocalizedList(en: ["Close Rate"], ko: ["윈레이트", "승률"]),
            category: "dashboard-kpis", scope: .clover,
            definition: text(
                "Of the deals closed this quarter, the share that was won rather than lost.",
                "이번 분기에 종료된 딜 중 실주가 아니라 수주로 끝난 비율이다."),
            formula: "Won ÷ (Won + Lost)", phase: .v1, related: ["won", "lost"], letter: "W"),
        GlossaryEntry(
            id: "won", term: text("Won", "수주"),
            aliases: LocalizedList(en: ["Closed Won"], ko: ["수주 완료"]),
            category: "sales-stages", scope: .clover,
            definition: text(
                "The stage for a signed deal; reaching it asks CLO Admin to issue the licenses.",
                "계약이 확정된 단계로, 이 단계가 되면 CLO Admin에 라이선스 발급을 요청한다."),
            phase: .v1, related: ["lost", "win-rate"], crmField: "opportunity.stage=won", letter: "W"),
        GlossaryEntry(
            id: "lost", term: text("Lost", "실주"), aliases: LocalizedList(en: ["Closed Lost"]),
            category: "sales-stages", scope: .clover,
            definition: text(
                "The stage for a deal that did not happen this time, recorded with the reason.",
                "이번에는 성사되지 않은 딜의 단계로, 사유를 함께 남긴다."),
            phase: .v1, related: ["won"], crmField: "opportunity.stage=lost", letter: "L"),
        GlossaryEntry(
            id: "acv", term: text("ACV", "연간 계약 가치(ACV)"), abbreviation: "ACV", expansion: "Annual Contract Value",
            category: "key-metrics", scope: .clover,
            definition: text(
                "What a contract is worth per year, which makes multi-year deals comparable with one-year ones.",
                "계약 금액을 1년 기준으로 환산한 값으로, 다년 계약과 1년 계약을 나란히 비교하게 해 준다."),
            phase: .v1, related: ["opportunity"], crmField: "opportunity.amount", letter: "A"),
        GlossaryEntry(
            id: "sales-cycle", term: text("Sales Cycle", "영업 주기"),
            category: "key-metrics", scope: .clover,
            definition: text(
                "How many days a lead takes, from creation, to become a won deal.",
                "리드가 생성된 날부터 수주까지 걸린 일수다."),
            phase: .v1, related: ["avg-sales-cycle"], letter: "S"),
        GlossaryEntry(
            id: "avg-sales-cycle", term: text("Avg. Sales Cycle", "평균 영업 주기"),
            category: "dashboard-kpis", scope: .clover,
            definition: text(
                "The dashboard figure averaging the sales cycle of the deals won.",
                "수주된 딜의 영업 주기를 평균한 대시보드 지표다."),
            phase: .v1, related: ["sales-cycle"], letter: "A"),
        GlossaryEntry(
            id: "lead", term: text("Lead", "리드"), category: "core-entities", scope: .clover,
            definition: text(
                "A possible customer nobody has qualified yet; converting it creates the account, contact and opportunity.",
                "아직 검증하지 않은 잠재 고객으로, 전환하면 고객사·담당자·영업 기회가 만들어진다."),
            phase: .v1, related: ["qualified-lead", "opportunity"], crmField: "lead", letter: "L"),
        GlossaryEntry(
            id: "qualified-lead", term: text("Qualified", "검증된 리드"),
            aliases: LocalizedList(en: ["Qualified Lead"], ko: ["적격 리드"]),
            category: "lead-status", scope: .clover,
            definition: text(
                "A lead whose budget, decision-maker and need have been confirmed against the ICP.",
                "ICP 기준으로 예산, 의사결정자, 도입 필요성을 확인한 리드다."),
            phase: .v1, related: ["lead"], crmField: "lead.status=qualified", letter: "Q"),
        GlossaryEntry(
            id: "health-score", term: text("Health Score", "고객 건강도 점수"),
            category: "account-health", scope: .clover,
            definition: text(
                "A four-step badge (High, Medium, Low, At Risk) telling how well an account is doing.",
                "고객사 상태를 높음·보통·낮음·위험 네 단계 배지로 보여 준다."),
            phase: .v1, related: ["seats"], crmField: "account.healthScore", letter: "H"),
        GlossaryEntry(
            id: "seats", term: text("Seats / Seats Used", "시트 / 사용 시트"),
            category: "clo-admin-metrics", scope: .clover,
            definition: text(
                "The license IDs an account holds, and how many of them people actually use.",
                "고객사가 보유한 라이선스 ID 수와 그중 실제로 쓰이는 수다."),
            phase: .v1, related: ["health-score"], letter: "S"),
        GlossaryEntry(
            id: "mql-sql-sal", term: text("MQL / SQL / SAL", "MQL / SQL / SAL"),
            category: "industry-standard", scope: .clover,
            definition: text(
                "Three funnel checkpoints: marketing says a lead is worth a call, sales accepts it, sales qualifies it.",
                "마케팅이 가치 있다고 본 리드, 영업이 넘겨받은 리드, 영업이 검증한 리드를 가리키는 퍼널 단계다."),
            phase: .reference, related: ["qualified-lead"], letter: "M"),
        GlossaryEntry(
            id: "quota-attainment", term: text("Quota / Attainment", "영업 목표(쿼터) / 달성률"),
            category: "key-metrics", scope: .clover,
            definition: text(
                "The sales target of a BD or team for a period, and the share of it already won.",
                "BD나 팀의 기간별 영업 목표와 그 목표 대비 수주 금액의 비율이다."),
            formula: "Won ÷ Quota", phase: .phase2, related: ["win-rate"], letter: "Q"),
        GlossaryEntry(
            id: "new-expansion-renewal", term: text("New / Expansion / Renewal", "신규 / 확장 / 갱신"),
            category: "key-metrics", scope: .clover,
            definition: text(
                "The three kinds of deal: a first contract, more licenses for a customer, or a contract extended for another term.",
                "딜의 세 가지 유형으로, 첫 계약, 기존 고객의 라이선스 추가, 계약 기간 연장을 구분한다."),
            phase: .v1, related: ["opportunity"], crmField: "opportunity.type", letter: "N"),
        GlossaryEntry(
            id: "renewal", term: text("Renewal", "갱신"), category: "sales", scope: .industry,
            definition: text(
                "A customer signing on for another contract term when the current one ends.",
                "현재 계약이 끝날 때 고객이 다음 계약 기간을 다시 맺는 것이다."),
            phase: .reference, related: ["churn-rate"], letter: "R"),
        GlossaryEntry(
            id: "pipeline-general", term: text("Pipeline", "파이프라인"), category: "sales", scope: .industry,
            definition: text(
                "In general CRM use, every open deal a team expects to work through stage by stage.",
                "일반적인 CRM 용어로, 팀이 단계별로 진행 중인 모든 딜의 흐름을 말한다."),
            phase: .reference, related: ["pipeline"], letter: "P"),
        GlossaryEntry(
            id: "click-through-rate", term: text("Click-Through Rate", "클릭률"), abbreviation: "CTR",
            aliases: LocalizedList(ko: ["클릭 비율"]), category: "marketing", scope: .industry,
            definition: text(
                "Clicks divided by impressions for an email, ad or link.",
                "이메일·광고·링크가 노출된 횟수 대비 클릭된 횟수의 비율이다."),
            formula: "Clicks ÷ Impressions", phase: .reference, related: [], letter: "C"),
        GlossaryEntry(
            id: "churn-rate", term: text("Churn Rate", "이탈률"),
            aliases: LocalizedList(en: ["Attrition Rate"], ko: ["해지율"]), category: "metrics", scope: .industry,
            definition: text(
                "The share of customers, or of recurring revenue, lost over a period.",
                "일정 기간 동안 잃은 고객 또는 반복 매출의 비율이다."),
            phase: .reference, related: [], letter: "C"),
        GlossaryEntry(
            id: "sales-forecast", term: text("Sales Forecast", "매출 예측"),
            aliases: LocalizedList(en: ["Forecast"]), category: "sales", scope: .industry,
            definition: text(
                "An estimate of the revenue a team will book in a coming period, built from the pipeline.",
                "파이프라인을 바탕으로 다가올 기간의 매출을 추정한 값이다."),
            phase: .reference, related: ["pipeline-general"], letter: "S"),
    ]

    /// The fixture as a loaded glossary; the fixture is valid, so loading cannot fail.
    static func glossary() throws -> Glossary {
        try Glossary(entries: entries, categories: categories)
    }
}
