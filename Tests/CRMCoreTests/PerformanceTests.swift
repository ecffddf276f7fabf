import Foundation
import Testing
@testable import CRMCore

/// Run with `CLOVER_PERF=1 swift test -c release --filter PerformanceTests`: 100,000 opportunities over
/// 50 owners; the dashboard summary must take at most 20 ms in release.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CLOVER_PERF"] != nil))
struct PerformanceTests {
    @Test func dashboardOnHundredThousandOpportunities() throws {
        var world = try World()
        var owners = [world.kim, world.park, world.jones]
        for index in 0..<47 { owners.append(try world.addUser("bd.perf\(index)", "Perf \(index)", .bd, manager: world.manager)) }
        let account = try world.account("Nike", by: world.admin)
        let stages = OpportunityStage.allCases
        var changes: [RecordChange] = []
        var ids = IDAllocator(world.state)
        let base = World.now.adding(days: -400)
        for index in 0..<100_000 {
            let created = base.adding(milliseconds: Int64(index) * 300_000)
            let stage = stages[index % stages.count]
            var deal = Opportunity(id: ids.next(.opportunity), name: "Deal \(index)", accountId: account.id, stage: .prospect,
                                   acv: Money(uncheckedCents: Int64(100_000 + index), currency: index % 10 == 0 ? .eur : .usd),
                                   ownerId: owners[index % owners.count], stageHistory: [StageChange(stage: .prospect, at: created, by: world.admin)],
                                   createdAt: created)
            if stage != .prospect { deal.enter(stage, at: created.adding(days: 20), by: world.admin) }
            deal.updatedAt = created.adding(days: 20)
            changes.append(.upsert(.opportunity(deal)))
        }
        world.state.apply(ChangeSet(seq: world.state.lastChangeSeq + 1, at: World.now, actorId: world.admin,
                                    operation: "bench.load", changes: changes))
        let clock = ContinuousClock()
        var best = Duration.seconds(10)
        for _ in 0..<5 {
            let elapsed = try clock.measure { _ = try world.state.dashboardSummary(by: world.admin, now: World.now) }
            best = min(best, elapsed)
        }
        var pastBest = Duration.seconds(10)
        for _ in 0..<3 {
            let query = DashboardQuery(asOf: World.now.adding(days: -200))
            pastBest = min(pastBest, try clock.measure { _ = try world.state.dashboardSummary(query, by: world.manager, now: World.now) })
        }
        let lead = try world.lead("Probe", by: world.kim)
        let getTime = try clock.measure { for _ in 0..<10_000 { _ = try world.state.lead(lead.id, by: world.kim) } }
        let listTime = try clock.measure {
            _ = try world.state.list(Opportunity.self, ListQuery(filters: [FieldFilter("stage", .eq, .string("negotiation"))],
                                                                 sort: [SortKey("acv", descending: true)], limit: 50), by: world.admin)
        }
        FileHandle.standardError.write(Data("""
            dashboard.summary (admin, 100k opps): best of 5 = \(best)
            dashboard.summary (manager, asOf −200 d, history): best of 3 = \(pastBest)
            lead.get ×10,000 = \(getTime)
            opportunity.list (filter + sort, 100k) = \(listTime)

            """.utf8))
        #expect(best <= .milliseconds(20))
    }
}
