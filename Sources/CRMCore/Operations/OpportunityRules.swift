/// The stage machine of an opportunity (SPEC §3).
///
/// Any open stage may move to any other stage, won or lost included (lost needs a `lostReason`).
/// Won and lost are left only through `opportunity.reopen`, which managers and admins may do.
public enum OpportunityRules {
    /// The stages `changeStage` may move to from `stage`.
    public static func allowedTargets(from stage: OpportunityStage) -> [OpportunityStage] {
        stage.isOpen ? OpportunityStage.allCases.filter { $0 != stage } : []
    }

    static func check(from: OpportunityStage, to: OpportunityStage) throws(CRMError) {
        let allowed = allowedTargets(from: from)
        guard allowed.contains(to) else {
            throw .invalidTransition(from: from.rawValue, to: to.rawValue, allowed: allowed.map(\.rawValue))
        }
    }

    /// The open stage a reopened deal returns to when none is named: where a lost deal died, or the
    /// last open stage before the win.
    static func reopenStage(for opportunity: Opportunity) -> OpportunityStage {
        if let stage = opportunity.lastOpenStage { return stage }
        return opportunity.stageHistory.last(where: { $0.stage.isOpen })?.stage ?? .negotiation
    }
}

extension Opportunity {
    /// Moves to `stage` at `at` by `by`, keeping history, close dates and probability in step.
    mutating func enter(_ stage: OpportunityStage, at: Timestamp, by: RecordID) {
        let previous = self.stage
        self.stage = stage
        stageHistory.append(StageChange(stage: stage, at: at, by: by))
        switch stage {
        case .won:
            wonAt = at
            lostAt = nil
            lastOpenStage = nil
            lostReason = nil
            probabilityOverridden = false
        case .lost:
            lostAt = at
            wonAt = nil
            lastOpenStage = previous.isOpen ? previous : lastOpenStage
            probabilityOverridden = false
        default:
            wonAt = nil
            lostAt = nil
            lastOpenStage = nil
            lostReason = nil
        }
        if !probabilityOverridden { probability = stage.defaultProbability }
    }
}
