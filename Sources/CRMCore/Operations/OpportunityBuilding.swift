/// A planned opportunity and everything its creation writes (the licence request when created won).
struct BuiltOpportunity {
    var opportunity: Opportunity
    var changes: [RecordChange]
}

extension CRMState {
    /// Validates a draft and builds the opportunity; `account` may be one being created in the same
    /// change (lead conversion). Problems go to `checks`.
    func buildOpportunity(_ draft: OpportunityDraft, account: Account?, lead: Lead?, _ viewer: Viewer,
                          _ context: OperationContext, _ ids: inout IDAllocator,
                          _ checks: inout FieldChecks) throws(CRMError) -> BuiltOpportunity {
        let owner = try checkOwner(draft.ownerId, viewer, path: "opportunity.ownerId", problems: &checks.problems)
        let name = checks.name(draft.name, "opportunity.name")
        let currency = checks.currency(draft.currency, "opportunity.currency", fallback: settings.baseCurrency)
        let acv = checks.money(draft.acv ?? "0", currency: currency, "opportunity.acv")
        let fees = checks.money(draft.oneTimeFees ?? "0", currency: currency, "opportunity.oneTimeFees")
        let termYears = checks.count(draft.termYears ?? 1, "opportunity.termYears", range: 1...10) ?? 1
        let probability = checks.count(draft.probability, "opportunity.probability", range: 0...100)
        let stage = draft.stage ?? .prospect
        let lostReason = checks.text(draft.lostReason, "opportunity.lostReason", max: 2000)
        if stage == .lost, lostReason == nil { checks.add("opportunity.lostReason", .required) }
        if stage != .lost, lostReason != nil { checks.add("opportunity.lostReason", .notAllowed) }
        if let contactId = draft.primaryContactId { checkPrimaryContact(contactId, accountId: draft.accountId, viewer, &checks) }
        guard let acv, let fees else {
            return BuiltOpportunity(opportunity: placeholderOpportunity(context), changes: [])
        }
        if Opportunity.computeTCV(acv: acv, termYears: termYears, oneTimeFees: fees) == nil {
            checks.add("opportunity.acv", .overflow)
        }
        let type = draft.type ?? (account.map { hasWonOpportunity($0.id) } == true ? .expansion : .new)
        var opportunity = Opportunity(
            id: ids.next(.opportunity), name: name, accountId: draft.accountId, primaryContactId: draft.primaryContactId,
            stage: .prospect, acv: acv, termYears: termYears, oneTimeFees: fees, closeDate: draft.closeDate,
            type: type, ownerId: owner, probability: probability, stageHistory: [], leadId: lead?.id,
            leadCreatedAt: lead?.createdAt, createdAt: context.now)
        opportunity.enter(stage, at: context.now, by: viewer.id)
        opportunity.lostReason = lostReason
        if stage == .lost { opportunity.lastOpenStage = nil }
        if let probability, stage.isOpen {
            opportunity.probability = probability
            opportunity.probabilityOverridden = true
        }
        var changes: [RecordChange] = [.upsert(.opportunity(opportunity))]
        if let request = licenseRequestIfFirstWin(opportunity, account: account, at: context.now, &ids) {
            changes.append(.upsert(.license(request)))
        }
        return BuiltOpportunity(opportunity: opportunity, changes: changes)
    }

    func checkPrimaryContact(_ contactId: RecordID, accountId: RecordID, _ viewer: Viewer, _ checks: inout FieldChecks) {
        guard let contact = contacts[contactId], canRead(.contact(contact), viewer) else {
            checks.add("opportunity.primaryContactId", .notFound)
            return
        }
        if contact.accountId != accountId { checks.add("opportunity.primaryContactId", .mismatch) }
    }

    /// Stands in while problems are being collected; never returned to a caller (checks throw first).
    private func placeholderOpportunity(_ context: OperationContext) -> Opportunity {
        Opportunity(id: RecordID(kind: .opportunity, sequence: 0), name: "", accountId: RecordID(kind: .account, sequence: 0),
                    stage: .prospect, acv: .zero(settings.baseCurrency), ownerId: context.actorId, stageHistory: [],
                    createdAt: context.now)
    }
}
