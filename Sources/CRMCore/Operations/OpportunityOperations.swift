extension CRMState {
    /// `opportunity.create` (alias `deal.create`). Created as won, it also requests the licence.
    public func createOpportunity(_ draft: OpportunityDraft,
                                  _ context: OperationContext) throws(CRMError) -> Planned<Opportunity> {
        let viewer = try viewer(context.actorId)
        var checks = FieldChecks()
        var ids = IDAllocator(self)
        checkAccountReference(draft.accountId, "opportunity.accountId", viewer, &checks)
        let records = try buildOpportunity(draft, account: accounts[draft.accountId], lead: nil, viewer, context,
                                           &ids, &checks)
        try checks.throwIfAny()
        return Planned(value: records.opportunity,
                       changeSet: makeChangeSet("opportunity.create", context, records.changes))
    }

    /// `opportunity.get`.
    public func opportunity(_ id: RecordID, by actorId: RecordID) throws(CRMError) -> Opportunity {
        let viewer = try viewer(actorId)
        guard let opportunity = opportunities[id], canRead(.opportunity(opportunity), viewer) else {
            throw .notFound(type: .opportunity, id: id.description)
        }
        return opportunity
    }

    /// `opportunity.changeStage {id, stage, lostReason?, ifVersion?}`.
    public func changeStage(_ id: RecordID, to stage: OpportunityStage, lostReason: String? = nil, ifVersion: Int? = nil,
                            _ context: OperationContext) throws(CRMError) -> Planned<Opportunity> {
        let patch = OpportunityPatch(stage: stage, lostReason: lostReason.map { .some($0) }, ifVersion: ifVersion)
        return try updateOpportunity(id, patch, context, operation: "opportunity.changeStage")
    }

    /// `opportunity.reopen {id, stage?, ifVersion?}`: a won or lost deal back to an open stage
    /// (default: where it was before closing). Managers and admins only.
    public func reopenOpportunity(_ id: RecordID, to stage: OpportunityStage? = nil, ifVersion: Int? = nil,
                                  _ context: OperationContext) throws(CRMError) -> Planned<Opportunity> {
        let viewer = try viewer(context.actorId)
        guard id.kind == .opportunity,
              case .opportunity(let current) = try writable(id, viewer, action: "opportunity.reopen") else {
            throw .notFound(type: .opportunity, id: id.description)
        }
        guard viewer.isManagerOrAdmin else { throw .forbidden(action: "opportunity.reopen") }
        try checkVersion(ifVersion, current.version)
        let target = stage ?? OpportunityRules.reopenStage(for: current)
        guard current.stage.isClosed, target.isOpen else {
            throw .invalidTransition(from: current.stage.rawValue, to: target.rawValue,
                                     allowed: current.stage.isClosed ? OpportunityStage.open.map(\.rawValue) : [])
        }
        var reopened = current
        reopened.enter(target, at: context.now, by: viewer.id)
        let changed = reopened.touched(at: context.now)
        return Planned(value: changed, changeSet: makeChangeSet("opportunity.reopen", context,
                                                                [.upsert(.opportunity(changed))]))
    }

    /// `opportunity.recent {limit?}`: the visible deals changed most recently.
    public func recentOpportunities(limit: Int = 10, by actorId: RecordID) throws(CRMError) -> [Opportunity] {
        let viewer = try viewer(actorId)
        let visible = opportunities.values.filter { !$0.archived && canRead(.opportunity($0), viewer) }
        let sorted = visible.sorted { ($0.updatedAt, $1.id) > ($1.updatedAt, $0.id) }
        return Array(sorted.prefix(max(1, min(limit, 500))))
    }

    /// Whether the account has a won, unarchived opportunity (decides the default `type`).
    func hasWonOpportunity(_ accountId: RecordID) -> Bool {
        wonDealsByAccount[accountId] != nil
    }

    /// The licence request an opportunity gets when it is won for the first time, if it has none yet.
    func licenseRequestIfFirstWin(_ opportunity: Opportunity, account: Account?, at now: Timestamp,
                                  _ ids: inout IDAllocator) -> LicenseRequest? {
        guard opportunity.stage == .won, licensesByOpportunity[opportunity.id] == nil else { return nil }
        return LicenseRequest(id: ids.next(.license), opportunityId: opportunity.id, accountId: opportunity.accountId,
                              plan: account?.plan, seats: account?.seats, requestedAt: now, ownerId: opportunity.ownerId)
    }
}
