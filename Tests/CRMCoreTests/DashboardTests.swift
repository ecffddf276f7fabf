import Foundation
import Testing
@testable import CRMCore

/// A fixed dataset, base USD, fiscal year from January, UTC; asOf 2026-11-22T09:00Z → 2026-Q4
/// (2026-10-01 … 2027-01-01). All of kim's deals are on one account:
///
/// | deal | created    | acv          | history                         |
/// |------|------------|--------------|---------------------------------|
/// | D1   | 2026-07-01 | 10,000 USD   | won 2026-10-15 (cycle 106 days) |
/// | D2   | 2026-10-01 | 20,000 USD   | won 2026-11-01 (cycle 31 days)  |
/// | D3   | 2026-09-01 | 5,000 USD    | lost 2026-10-20                 |
/// | D4   | 2026-10-05 | 30,000 USD   | negotiation from 2026-11-10     |
/// | D5   | 2026-10-06 | 8,000 USD    | proposal (created so)           |
/// | D6   | 2026-10-07 | 1,000,000 KRW| prospect                        |
/// | D7   | 2026-03-01 | 12,000 USD   | won 2026-03-15 (1-year term)    |
/// | D8   | 2025-01-01 | 7,000 USD    | won 2025-01-10 (term over)      |
///
/// jones (another team) won J1, 99,999 USD, on 2026-11-02. kim's quota for 2026-Q4 is 60,000 USD.
/// Leads of kim: new, contacted, disqualified.
@Suite struct DashboardTests {
    static func at(_ text: String) throws -> Timestamp { try #require(Timestamp(rfc3339: text)) }

    static func dataset() throws -> World {
        var world = try World()
        let kim = world.kim
        func ctx(_ text: String, _ actor: RecordID) throws -> OperationContext { OperationContext(actorId: actor, now: try at(text)) }
        let account = world.commit(try world.state.createAccount(AccountDraft(name: "Nike"), ctx("2025-01-01T00:00:00Z", kim)))
        func deal(_ name: String, _ created: String, _ acv: String, currency: String? = nil, stage: OpportunityStage? = nil,
                  owner: RecordID? = nil) throws -> RecordID {
            let draft = OpportunityDraft(name: name, accountId: account.id, stage: stage, acv: acv, currency: currency)
            return world.commit(try world.state.createOpportunity(draft, try ctx(created, owner ?? kim))).id
        }
        func move(_ id: RecordID, _ stage: OpportunityStage, _ when: String, reason: String? = nil) throws {
            _ = world.commit(try world.state.changeStage(id, to: stage, lostReason: reason, try ctx(when, kim)))
        }
        let d1 = try deal("D1", "2026-07-01T00:00:00Z", "10000")
        try move(d1, .won, "2026-10-15T00:00:00Z")
        let d2 = try deal("D2", "2026-10-01T00:00:00Z", "20000")
        try move(d2, .won, "2026-11-01T00:00:00Z")
        let d3 = try deal("D3", "2026-09-01T00:00:00Z", "5000")
        try move(d3, .lost, "2026-10-20T00:00:00Z", reason: "Budget")
        let d4 = try deal("D4", "2026-10-05T00:00:00Z", "30000")
        try move(d4, .negotiation, "2026-11-10T00:00:00Z")
        _ = try deal("D5", "2026-10-06T00:00:00Z", "8000", stage: .proposal)
        _ = try deal("D6", "2026-10-07T00:00:00Z", "1000000", currency: "KRW")
        let d7 = try deal("D7", "2026-03-01T00:00:00Z", "12000")
        try move(d7, .won, "2026-03-15T00:00:00Z")
        let d8 = try deal("D8", "2025-01-01T00:00:00Z", "7000")
        try move(d8, .won, "2025-01-10T00:00:00Z")
        let jonesAccount = world.commit(try world.state.createAccount(AccountDraft(name: "Zara"), ctx("2026-01-01T00:00:00Z", world.jones)))
        _ = world.commit(try world.state.createOpportunity(
            OpportunityDraft(name: "J1", accountId: jonesAccount.id, stage: .won, acv: "99999"), ctx("2026-11-02T00:00:00Z", world.jones)))
        _ = world.commit(try world.state.createQuota(QuotaDraft(userId: kim, period: "2026-Q4", amount: "60000"), ctx("2026-10-01T00:00:00Z", world.admin)))
        let early = try ctx("2026-11-01T00:00:00Z", kim)
        _ = world.commit(try world.state.createLead(LeadDraft(name: "New"), early))
        _ = world.commit(try world.state.createLead(LeadDraft(name: "Contacted", status: .contacted), early))
        _ = world.commit(try world.state.createLead(LeadDraft(name: "Dq", status: .disqualified, disqualifiedReason: "No fit"), early))
        return world
    }

    @Test func summaryForABD() throws {
        let world = try Self.dataset()
        let summary = try world.state.dashboardSummary(by: world.kim, now: try Self.at("2026-11-22T09:00:00Z"))
        #expect(summary.quarter.description == "2026-Q4")
        #expect(summary.quarterStart == (try Self.at("2026-10-01T00:00:00Z")))
        // Total pipeline: D4 + D5 = 38,000 USD (2), plus D6 1,000,000 KRW beside it.
        #expect(summary.totalPipeline.headline == Tally(amount: try money("38000"), count: 2))
        #expect(summary.totalPipeline.others == [Tally(amount: try money("1000000", "KRW"), count: 1)])
        // Won QTD: D1 + D2 = 30,000 (2).
        #expect(summary.wonQTD.headline == Tally(amount: try money("30000"), count: 2))
        // Win rate: 2 won, 1 lost (D3) → 2/3 by count, 30,000 / 35,000 by amount.
        #expect(summary.winRate.byCount == 2.0 / 3.0)
        #expect(summary.winRate.byAmount == 30_000.0 / 35_000.0)
        // Avg. cycle: (106 + 31) / 2 = 68.5 days.
        #expect(summary.avgSalesCycleDays == 68.5)
        #expect(summary.activeLeads == 2)
        #expect(summary.forecastCommit.headline.amount == (try money("30000")))
        // Quota 60,000 → 50 %.
        #expect(summary.quota == (try money("60000")))
        #expect(summary.quotaAttainmentPercent == 50)
        // Velocity: 38,000 × 2/3 ÷ 68.5 = 369.8296… → 369.83 per day.
        #expect(summary.pipelineVelocityPerDay == (try money("369.83")))
        // ARR: D1 + D2 + D7 (D8's term ended 2026-01-10) = 42,000; MRR 3,500.
        #expect(summary.arr.headline == Tally(amount: try money("42000"), count: 3))
        #expect(summary.mrr == [try money("3500")])
        let categories = Dictionary(uniqueKeysWithValues: summary.forecastByCategory.map { ($0.category, $0.tally) })
        #expect(categories[.pipeline]?.headline.count == 0 && categories[.pipeline]?.count == 1)
        #expect(categories[.bestCase]?.headline.amount == (try money("8000")))
        #expect(categories[.commit]?.headline.amount == (try money("30000")))
        #expect(categories[.closed]?.headline == Tally(amount: try money("30000"), count: 2))
        #expect(categories[.omitted]?.headline == Tally(amount: try money("5000"), count: 1))
    }

    /// At 2026-10-31 D2 was still a prospect and D4 too: pipeline D2 + D4 + D5 = 58,000 (3); won QTD D1
    /// only (10,000); win rate 1 / (1 + 1) = 0.5; nothing in negotiation yet.
    @Test func asOfInThePastUsesStageHistory() throws {
        let world = try Self.dataset()
        let query = DashboardQuery(asOf: try Self.at("2026-10-31T00:00:00Z"))
        let summary = try world.state.dashboardSummary(query, by: world.kim, now: try Self.at("2026-11-22T09:00:00Z"))
        #expect(summary.totalPipeline.headline == Tally(amount: try money("58000"), count: 3))
        #expect(summary.wonQTD.headline == Tally(amount: try money("10000"), count: 1))
        #expect(summary.winRate.byCount == 0.5)
        #expect(summary.forecastCommit.headline.count == 0)
        #expect(summary.avgSalesCycleDays == 106)
    }

    @Test func scopeAndVisibility() throws {
        let world = try Self.dataset()
        let now = try Self.at("2026-11-22T09:00:00Z")
        // The manager's team is kim and park: same as kim. The admin also sees J1.
        #expect(try world.state.dashboardSummary(by: world.manager, now: now).wonQTD.headline.count == 2)
        #expect(try world.state.dashboardSummary(by: world.admin, now: now).wonQTD.headline.amount == (try money("129999")))
        #expect(try world.state.dashboardSummary(DashboardQuery(scope: world.kim), by: world.admin, now: now).wonQTD.headline.count == 2)
        let error = crmError { _ = try world.state.dashboardSummary(DashboardQuery(scope: world.jones), by: world.manager, now: now) }
        #expect(error == .notFound(type: .user, id: world.jones.description))
        #expect(try world.state.dashboardSummary(by: world.jones, now: now).totalPipeline.count == 0)
    }

    @Test func pipelineForecastAndQuarterly() throws {
        let world = try Self.dataset()
        let now = try Self.at("2026-11-22T09:00:00Z")
        let pipeline = try world.state.dashboardPipeline(by: world.kim, now: now)
        #expect(pipeline.stages.map(\.tally.count) == [1, 0, 1, 1, 2, 1])  // D6 | – | D5 | D4 | D1 D2 | D3
        let forecast = try world.state.dashboardForecast(by: world.kim, now: now)
        #expect(forecast.categories.map(\.category) == ForecastCategory.allCases)
        let quarterly = try world.state.dashboardQuarterly(by: world.kim, now: now)
        #expect(quarterly.quarters.map(\.quarter.description) == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
        #expect(quarterly.quarters.map(\.won.headline.amount.cents) == [1_200_000, 0, 0, 3_000_000])
        #expect(quarterly.quarters.last?.attainmentPercent == 50)
        #expect(quarterly.quarters.first?.quota == nil)
    }

    @Test func winRateIsNullWhenNothingClosed() throws {
        var world = try World()
        let account = try world.account("A", by: world.kim)
        _ = try world.deal("Open", account: account.id, by: world.kim)
        let summary = try world.state.dashboardSummary(by: world.kim, now: world.clock)
        #expect(summary.winRate.byCount == nil && summary.avgSalesCycleDays == nil)
        #expect(summary.quotaAttainmentPercent == nil && summary.pipelineVelocityPerDay == nil)
    }
}

@Suite struct FiscalCalendarTests {
    @Test func fiscalYearStartMonthShiftsQuarters() throws {
        let april = FiscalCalendar(startMonth: 4)
        let day = try DashboardTests.at("2026-11-22T09:00:00Z")
        #expect(april.quarter(containing: day).description == "2026-Q3")
        #expect(april.quarter(containing: try DashboardTests.at("2027-02-01T00:00:00Z")).description == "2026-Q4")
        #expect(april.bounds(of: try #require(FiscalQuarter("2026-Q4"))).lowerBound == (try DashboardTests.at("2027-01-01T00:00:00Z")))
    }

    @Test func quartersFollowTheTimeZone() throws {
        let seoul = FiscalCalendar(startMonth: 1, timeZone: try #require(TimeZone(identifier: "Asia/Seoul")))
        let instant = try DashboardTests.at("2026-09-30T16:00:00Z")  // 1 October 01:00 in Seoul
        #expect(seoul.quarter(containing: instant).description == "2026-Q4")
        #expect(FiscalCalendar().quarter(containing: instant).description == "2026-Q3")
        #expect(seoul.bounds(of: try #require(FiscalQuarter("2026-Q4"))).lowerBound == (try DashboardTests.at("2026-09-30T15:00:00Z")))
    }

    @Test func quarterArithmetic() throws {
        let q = try #require(FiscalQuarter("2026-Q1"))
        #expect(q.advanced(by: -1).description == "2025-Q4")
        #expect(q.advanced(by: 7).description == "2027-Q4")
        #expect(FiscalQuarter("2026-Q5") == nil)
    }
}
