extension CRMState {
    /// `opportunity.update` (partial, optional `ifVersion`). A stage in the patch follows
    /// `OpportunityRules`; the first win also requests the licence.
    public func updateOpportunity(_ id: RecordID, _ patch: OpportunityPatch, _ context: OperationContext,
                                  operation: String = "opportunity.update") throws(CRMError) -> Planned<Opportunity> {
        let viewer = try viewer(context.actorId)
        guard id.kind == .opportunity,
              case .opportunity(let current) = try writable(id, viewer, action: operation) else {
            throw .notFound(type: .opportunity, id: id.description)
        }
        try checkVersion(patch.ifVersion, current.version)
        if let stage = patch.stage, stage != current.stage {
            try OpportunityRules.check(from: current.stage, to: stage)
        }
        var checks = FieldChecks()
        var opportunity = current
        opportunity.name = checks.patchName(patch.name, current: opportunity.name, "opportunity.name")
        if let accountId = patch.accountId, accountId != current.accountId {
            checkAccountReference(accountId, "opportunity.accountId", viewer, &checks)
            opportunity.accountId = accountId
        }
        if let contact = patch.primaryContactId { opportunity.primaryContactId = contact }
        if let contactId = opportunity.primaryContactId,
           patch.primaryContactId != nil || patch.accountId != nil {
            checkPrimaryContact(contactId, accountId: opportunity.accountId, viewer, &checks)
        }
        updateAmounts(&opportunity, patch, &checks)
        if let closeDate = patch.closeDate { opportunity.closeDate = closeDate }
        if let type = patch.type { opportunity.type = type }
        if let owner = patch.ownerId, owner != current.ownerId {
            opportunity.ownerId = try checkOwner(owner, viewer, path: "opportunity.ownerId", problems: &checks.problems)
        }
        let lostReason = checks.patchText(patch.lostReason, current: current.lostReason, "opportunity.lostReason",
                                          max: 2000)
        if let stage = patch.stage, stage != current.stage {
            opportunity.enter(stage, at: context.now, by: viewer.id)
        }
        if opportunity.stage == .lost {
            opportunity.lostReason = lostReason
            if lostReason == nil { checks.add("opportunity.lostReason", .required) }
        } else if patch.lostReason??.isEmpty == false {
            checks.add("opportunity.lostReason", .notAllowed)
        }
        if let probability = patch.probability {
            if let value = checks.count(probability, "opportunity.probability", range: 0...100) {
                if opportunity.stage.isClosed, value != opportunity.stage.defaultProbability {
                    checks.add("opportunity.probability", .notAllowed)
                }
                opportunity.probability = value
                opportunity.probabilityOverridden = opportunity.stage.isOpen
            } else {
                opportunity.probabilityOverridden = false
                opportunity.probability = opportunity.stage.defaultProbability
            }
        }
        try checks.throwIfAny()
        guard opportunity != current else {
            return Planned(value: current, changeSet: makeChangeSet(operation, context, []))
        }
        let changed = opportunity.touched(at: context.now)
        var changes: [RecordChange] = [.upsert(.opportunity(changed))]
        var ids = IDAllocator(self)
        if let request = licenseRequestIfFirstWin(changed, account: accounts[changed.accountId], at: context.now, &ids) {
            changes.append(.upsert(.license(request)))
        }
        return Planned(value: changed, changeSet: makeChangeSet(operation, context, changes))
    }

    /// Currency, acv, fees and term: validated together so that tcv never overflows.
    private func updateAmounts(_ opportunity: inout Opportunity, _ patch: OpportunityPatch, _ checks: inout FieldChecks) {
        guard patch.currency != nil || patch.acv != nil || patch.oneTimeFees != nil || patch.termYears != nil else {
            return
        }
        let currency = checks.currency(patch.currency, "opportunity.currency", fallback: opportunity.currency)
        let acv = checks.money(patch.acv ?? opportunity.acv.decimalText, currency: currency, "opportunity.acv")
        let fees = checks.money(patch.oneTimeFees ?? opportunity.oneTimeFees.decimalText, currency: currency,
                                "opportunity.oneTimeFees")
        let term = checks.count(patch.termYears ?? opportunity.termYears, "opportunity.termYears", range: 1...10)
        guard let acv, let fees, let term else { return }
        guard Opportunity.computeTCV(acv: acv, termYears: term, oneTimeFees: fees) != nil else {
            checks.add("opportunity.acv", .overflow)
            return
        }
        opportunity.acv = acv
        opportunity.oneTimeFees = fees
        opportunity.termYears = term
        opportunity.recomputeTCV()
    }
}
