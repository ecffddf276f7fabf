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
    /// A lead's status at an instant: the current one when nothing changed since, else the last
    /// version in the change log at or before it. nil when the lead did not exist yet.
    func leadStatus(_ lead: Lead, at instant: Timestamp) -> LeadStatus? {
        guard lead.createdAt <= instant else { return nil }
        if lead.updatedAt <= instant { return lead.status }
        var status: LeadStatus?
        for index in historyIndex[lead.id] ?? [] where changeLog[index].at <= instant {
            for case .upsert(.lead(let version)) in changeLog[index].changes where version.id == lead.id {
                status = version.status
            }
        }
        return status ?? lead.status
    }
}
