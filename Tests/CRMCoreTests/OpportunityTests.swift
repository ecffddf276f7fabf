import Testing
@testable import CRMCore

@Suite struct OpportunityTests {
    @Test func defaultsAndDerivedFields() throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim)
        let draft = OpportunityDraft(name: "Nike 3D", accountId: nike.id, acv: "120000.50", termYears: 3, oneTimeFees: "5000")
        let deal = world.commit(try world.state.createOpportunity(draft, world.ctx(world.kim)))
        #expect(deal.stage == .prospect)
        #expect(deal.probability == 10)
        #expect(deal.forecastCategory == .pipeline)
        #expect(deal.currency == .usd)
        #expect(deal.tcv == (try money("365001.50")))  // 120000.50 × 3 + 5000
        #expect(deal.type == .new)
        #expect(deal.stageHistory.map(\.stage) == [.prospect])
        #expect(deal.stageHistory.first?.by == world.kim)
    }

    @Test(arguments: [(OpportunityStage.prospect, 10, ForecastCategory.pipeline), (.qualified, 25, .pipeline),
                      (.proposal, 50, .bestCase), (.negotiation, 75, .commit), (.won, 100, .closed)])
    func stageSetsProbabilityAndCategory(stage: OpportunityStage, probability: Int, category: ForecastCategory) throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim)
        let deal = try world.deal("D", account: nike.id, by: world.kim)
        let moved = world.commit(try world.state.changeStage(deal.id, to: stage, world.ctx(world.kim)))
        #expect(moved.probability == (stage == .prospect ? 10 : probability))
        #expect(moved.forecastCategory == category)
    }

    @Test func overriddenProbabilitySurvivesOpenMoves() throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim)
        let deal = try world.deal("D", account: nike.id, by: world.kim)
        _ = world.commit(try world.state.updateOpportunity(deal.id, OpportunityPatch(probability: 40), world.ctx(world.kim)))
        let moved = world.commit(try world.state.changeStage(deal.id, to: .proposal, world.ctx(world.kim)))
        #expect(moved.probability == 40)
        let reset = world.commit(try world.state.updateOpportunity(deal.id, OpportunityPatch(probability: .some(nil)), world.ctx(world.kim)))
        #expect(reset.probability == 50)
    }

    @Test func lostNeedsReasonAndRemembersLastOpenStage() throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim)
        let deal = try world.deal("D", account: nike.id, by: world.kim)
        _ = world.commit(try world.state.changeStage(deal.id, to: .proposal, world.ctx(world.kim)))
        let missing = crmError { _ = try world.state.changeStage(deal.id, to: .lost, world.ctx(world.kim)) }
        #expect(missing == .invalidFields([FieldProblem("opportunity.lostReason", .required)]))
        let lost = world.commit(try world.state.changeStage(deal.id, to: .lost, lostReason: "Budget cut", world.ctx(world.kim)))
        #expect(lost.lastOpenStage == .proposal)
        #expect(lost.lostAt != nil)
        #expect(lost.probability == 0)
        #expect(lost.stageHistory.map(\.stage) == [.prospect, .proposal, .lost])
    }

    @Test func closedDealsMoveOnlyByReopenByManagers() throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim)
        let deal = try world.deal("D", account: nike.id, by: world.kim, stage: .won)
        let move = crmError { _ = try world.state.changeStage(deal.id, to: .prospect, world.ctx(world.kim)) }
        #expect(move == .invalidTransition(from: "won", to: "prospect", allowed: []))
        let byBD = crmError { _ = try world.state.reopenOpportunity(deal.id, world.ctx(world.kim)) }
        #expect(byBD == .forbidden(action: "opportunity.reopen"))
        let reopened = world.commit(try world.state.reopenOpportunity(deal.id, to: .negotiation, world.ctx(world.manager)))
        #expect(reopened.stage == .negotiation)
        #expect(reopened.wonAt == nil)
        let openReopen = crmError { _ = try world.state.reopenOpportunity(deal.id, world.ctx(world.manager)) }
        #expect(openReopen == .invalidTransition(from: "negotiation", to: "negotiation", allowed: []))
    }

    @Test func licenceIsRequestedOnceOnFirstWin() throws {
        var world = try World()
        let nike = world.commit(try world.state.createAccount(AccountDraft(name: "Nike", plan: "CLO3D Enterprise", seats: 40),
                                                              world.ctx(world.kim)))
        let deal = try world.deal("D", account: nike.id, by: world.kim, stage: .negotiation)
        let win = try world.state.changeStage(deal.id, to: .won, world.ctx(world.kim))
        guard case .licenseRequested(let request)? = win.changeSet.events.first else {
            Issue.record("no licence event")
            return
        }
        #expect(request.plan == "CLO3D Enterprise" && request.seats == 40 && request.status == .requested)
        world.state.apply(win.changeSet)
        _ = world.commit(try world.state.reopenOpportunity(deal.id, world.ctx(world.manager)))
        let again = try world.state.changeStage(deal.id, to: .won, world.ctx(world.kim))
        #expect(again.changeSet.events.isEmpty)
        world.state.apply(again.changeSet)
        #expect(world.state.licenses.count == 1)
    }

    @Test func typeDefaultsToExpansionAfterAWin() throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim)
        #expect(try world.deal("First", account: nike.id, by: world.kim, stage: .won).type == .new)
        #expect(try world.deal("Second", account: nike.id, by: world.kim).type == .expansion)
    }

    @Test("the per-account win count follows wins, reopenings, archiving, restoring and moves between accounts")
    func winIndexFollowsEveryChange() throws {
        var world = try World()
        let accounts = try ["Nike", "Adidas", "Puma"].map { try world.account($0, by: world.admin).id }
        var deals: [RecordID] = []
        var random = SplitMix(seed: 7)
        func wonByScan(_ account: RecordID) -> Bool {
            world.state.opportunities.values.contains { $0.accountId == account && $0.stage == .won && !$0.archived }
        }
        for step in 0..<300 {
            let deal = deals.isEmpty ? nil : deals[Int(random.next() % UInt64(deals.count))]
            let account = accounts[Int(random.next() % 3)]
            // Refusals (reopening an open deal, archiving twice…) are part of the walk; they change nothing.
            do {
                switch (random.next() % 6, deal) {
                case (0, _), (_, nil):
                    deals.append(try world.deal("D\(step)", account: account, by: world.admin, stage: random.next() % 2 == 0 ? .won : nil).id)
                case (1, let deal?): _ = world.commit(try world.state.changeStage(deal, to: .won, world.ctx(world.admin)))
                case (2, let deal?): _ = world.commit(try world.state.reopenOpportunity(deal, world.ctx(world.admin)))
                case (3, let deal?): _ = world.commit(try world.state.archive(deal, world.ctx(world.admin)))
                case (4, let deal?): _ = world.commit(try world.state.restore(deal, world.ctx(world.admin)))
                case (_, let deal?): _ = world.commit(try world.state.updateOpportunity(deal, OpportunityPatch(accountId: account), world.ctx(world.admin)))
                }
            } catch is CRMError {}
            for account in accounts {
                #expect(world.state.hasWonOpportunity(account) == wonByScan(account), "step \(step)")
            }
        }
        #expect(accounts.contains { world.state.hasWonOpportunity($0) } && deals.count > 30)
    }

    @Test func staleVersionConflicts() throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim)
        let deal = try world.deal("D", account: nike.id, by: world.kim)
        _ = world.commit(try world.state.changeStage(deal.id, to: .qualified, world.ctx(world.kim)))
        let error = crmError { _ = try world.state.changeStage(deal.id, to: .proposal, ifVersion: 1, world.ctx(world.kim)) }
        #expect(error == .conflict(.version(current: 2)))
    }

    @Test func amountsAreCheckedAgainstTheirCurrency() throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim)
        let draft = OpportunityDraft(name: "D", accountId: nike.id, acv: "1000.5", currency: "KRW", oneTimeFees: "0.001")
        let error = crmError { _ = try world.state.createOpportunity(draft, world.ctx(world.kim)) }
        #expect(error == .invalidFields([FieldProblem("opportunity.acv", .fractionalInZeroDecimalCurrency),
                                         FieldProblem("opportunity.oneTimeFees", .tooManyDecimals)]))
        let unknown = crmError { _ = try world.state.createOpportunity(OpportunityDraft(name: "D", accountId: nike.id, currency: "ABC"), world.ctx(world.kim)) }
        #expect(unknown == .invalidFields([FieldProblem("opportunity.currency", .unknownCurrency)]))
    }

    @Test func recentListsVisibleDealsNewestFirst() throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim)
        let a = try world.deal("A", account: nike.id, by: world.kim)
        let b = try world.deal("B", account: nike.id, by: world.kim)
        _ = world.commit(try world.state.changeStage(a.id, to: .qualified, world.ctx(world.kim)))
        #expect(try world.state.recentOpportunities(by: world.kim).map(\.id) == [a.id, b.id])
        #expect(try world.state.recentOpportunities(by: world.jones).isEmpty)
    }
}

/// A small deterministic generator, so a failing walk can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
