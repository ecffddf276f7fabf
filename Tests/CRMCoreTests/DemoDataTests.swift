import Testing
@testable import CRMCore

@Suite struct DemoDataTests {
    static let now = World.now

    @Test func isDeterministicAndCoversEverything() throws {
        let state = try DemoData.state(now: Self.now)
        let again = try DemoData.state(now: Self.now)
        #expect(state.opportunities == again.opportunities)
        #expect(state.leads == again.leads)
        #expect(Set(state.leads.values.map(\.status)) == Set(LeadStatus.allCases))
        #expect(Set(state.leads.values.compactMap(\.source)) == Set(LeadSource.allCases))
        #expect(Set(state.opportunities.values.map(\.stage)) == Set(OpportunityStage.allCases))
        #expect(state.users.values.filter { $0.role == .bd }.count >= 3)
        #expect(state.users.values.contains { $0.role == .manager })
        #expect(!state.licenses.isEmpty)
        #expect(state.accounts.values.contains { $0.name == "무신사" })
        #expect(state.contacts.values.contains { $0.role == .champion })
        let calendar = FiscalCalendar(settings: state.settings)
        let quarters = Set(state.opportunities.values.compactMap(\.wonAt).map { calendar.quarter(containing: $0) })
        #expect(quarters.count >= 4)
    }

    @Test func everyKPIIsNonTrivial() throws {
        let state = try DemoData.state(now: Self.now)
        let admin = try #require(state.user(handle: "admin")).id
        let summary = try state.dashboardSummary(by: admin, now: Self.now)
        #expect(summary.totalPipeline.headline.count > 0)
        #expect(summary.totalPipeline.others.count > 0)
        #expect(summary.wonQTD.headline.count > 0)
        #expect(summary.winRate.byCount != nil)
        #expect(summary.avgSalesCycleDays != nil)
        #expect(summary.activeLeads > 0)
        #expect(summary.forecastCommit.headline.count > 0)
        #expect(summary.quotaAttainmentPercent != nil)
        #expect(summary.pipelineVelocityPerDay != nil)
        #expect(summary.arr.headline.count > 0)
        let quarterly = try state.dashboardQuarterly(by: admin, now: Self.now)
        #expect(quarterly.quarters.allSatisfy { $0.quota != nil })
        #expect(quarterly.quarters.filter { $0.won.count > 0 }.count >= 3)
        let bd = try #require(state.user(handle: "bd.kim")).id
        #expect(try state.dashboardSummary(by: bd, now: Self.now).totalPipeline.count
                < summary.totalPipeline.count)
    }
}
