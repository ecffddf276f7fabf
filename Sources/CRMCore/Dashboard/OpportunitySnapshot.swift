/// An opportunity's stage and close dates as they stood at an instant, recomputed from its stage
/// history (SPEC §5: `asOf` in the past never uses today's stages).
struct OpportunitySnapshot {
    var stage: OpportunityStage
    var wonAt: Timestamp?
    var lostAt: Timestamp?

    /// nil when the opportunity did not exist yet at `instant`.
    init?(_ opportunity: Opportunity, at instant: Timestamp) {
        guard opportunity.createdAt <= instant else { return nil }
        if opportunity.updatedAt <= instant {
            stage = opportunity.stage
            wonAt = opportunity.wonAt
            lostAt = opportunity.lostAt
            return
        }
        let history = opportunity.stageHistory
        guard let entry = history.last(where: { $0.at <= instant }) ?? history.first else {
            stage = opportunity.stage
            return
        }
        stage = entry.stage
        wonAt = entry.stage == .won ? entry.at : nil
        lostAt = entry.stage == .lost ? entry.at : nil
    }
}

extension CRMState {
    /// Calls `body` with every unarchived deal in scope that existed at `asOf`, with its stage and
    /// close times as of then (milliseconds; `DealFacts.none` when absent). Deals unchanged since
    /// `asOf` take the fast path; the others are recomputed from their stage history.
    func forEachDeal(_ scope: DashboardScope, at asOf: Timestamp,
                     _ body: (DealFacts, OpportunityStage, _ wonAt: Int64, _ lostAt: Int64) -> Void) {
        let mask = ownerMask(scope.owners)
        let instant = asOf.milliseconds
        for facts in dealFacts where !facts.archived && facts.createdAt <= instant {
            if let mask {
                let owner = facts.ownerId.sequence
                guard owner < mask.count, mask[owner] else { continue }
            }
            if facts.updatedAt <= instant {
                body(facts, facts.stage, facts.wonAt, facts.lostAt)
            } else if let deal = opportunities[facts.id], let snapshot = OpportunitySnapshot(deal, at: asOf) {
                body(facts, snapshot.stage, snapshot.wonAt?.milliseconds ?? DealFacts.none,
                     snapshot.lostAt?.milliseconds ?? DealFacts.none)
            }
        }
    }

    /// A lead's status at an instant: the current one when nothing changed since, else the last
    /// version in the change log at or before it. nil when the lead did not exist yet.
    func leadStatus(_ lead: Lead, at instant: Timestamp) -> LeadStatus? {
        guard lead.createdAt <= instant else { return nil }
        if lead.updatedAt <= instant { return lead.status }
        var status: LeadStatus?
        for index in historyIndex[lead.id] ?? HistoryPositions.none where changeLog[index].at <= instant {
            for case .upsert(.lead(let version)) in changeLog[index].changes where version.id == lead.id {
                status = version.status
            }
        }
        return status ?? lead.status
    }
}
