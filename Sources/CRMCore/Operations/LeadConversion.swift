extension CRMState {
    /// `lead.convert` (SPEC §4). A qualified lead becomes an account (new or existing), a contact
    /// (reused when the account has one with the lead's e-mail) and optionally an opportunity, all in
    /// one change set or not at all. Duplicate candidates without `accountId` or `createNewAccount`
    /// fail with `duplicateCandidates`; `dryRun` returns the preview and an empty change set.
    public func convertLead(_ request: LeadConversionRequest,
                            _ context: OperationContext) throws(CRMError) -> Planned<LeadConversion> {
        let viewer = try viewer(context.actorId)
        guard request.leadId.kind == .lead,
              case .lead(let lead) = try writable(request.leadId, viewer, action: "lead.convert") else {
            throw .notFound(type: .lead, id: request.leadId.description)
        }
        if lead.status != .qualified {
            throw .invalidTransition(from: lead.status.rawValue, to: LeadStatus.converted.rawValue,
                                     allowed: lead.status == .converted ? [] : LeadRules.allowedTargets(from: lead.status).map(\.rawValue))
        }
        try checkVersion(request.ifVersion, lead.version)
        var checks = FieldChecks()
        if request.accountId != nil, request.createNewAccount { checks.add("createNewAccount", .conflictingFields) }
        let draft = accountDraft(from: lead, request.account)
        let domains = [DomainName.normalize(draft.domain), DomainName.normalize(draft.website),
                       EmailAddress.domain(of: lead.email)].compactMap { $0 }
        let candidates = duplicateCandidates(name: draft.name, domains: domains, viewer)
        let matched = contacts.values.filter { contact in
            !contact.archived && canRead(.contact(contact), viewer) && sameEmail(contact.email, lead.email)
        }.sorted { $0.id < $1.id }
        if request.accountId == nil, !request.createNewAccount, !candidates.isEmpty, !request.dryRun {
            throw .duplicateCandidates(candidates)
        }
        var ids = IDAllocator(self)
        var changes: [RecordChange] = []
        // Account: existing (fill empty fields) or new.
        var account: Account
        var filled: [String] = []
        let accountCreated = request.accountId == nil
        if let accountId = request.accountId {
            guard let existing = accounts[accountId], canRead(.account(existing), viewer) else {
                throw .invalidFields([FieldProblem("accountId", .notFound)])
            }
            if existing.archived { checks.add("accountId", .archived) }
            (account, filled) = fillEmptyFields(existing, from: draft)
            if !filled.isEmpty, canWrite(.account(existing), viewer) {
                account = account.touched(at: context.now)
                changes.append(.upsert(.account(account)))
            } else {
                account = existing
                filled = []
            }
        } else {
            var newDraft = draft
            newDraft.ownerId = draft.ownerId ?? lead.ownerId
            let planned = try newAccount(newDraft, viewer, context, &ids, &checks)
            account = planned
            changes.append(.upsert(.account(account)))
        }
        // Contact: reuse the account's contact with the lead's e-mail, else create one from the lead.
        let reused = accountCreated ? nil : (contactsByAccount[account.id] ?? []).compactMap { contacts[$0] }
            .filter { !$0.archived && sameEmail($0.email, lead.email) }.min { $0.id < $1.id }
        let contact = reused ?? Contact(
            id: ids.next(.contact), accountId: account.id, name: lead.name, title: lead.title, email: lead.email,
            phone: lead.phone, role: request.contactRole ?? .contact, ownerId: lead.ownerId, createdAt: context.now)
        if reused == nil { changes.append(.upsert(.contact(contact))) }
        // Opportunity, optional.
        var opportunity: Opportunity?
        var license: LicenseRequest?
        if let input = request.opportunity {
            let dealDraft = OpportunityDraft(
                name: input.name ?? "\(account.name) – \(lead.name)", accountId: account.id, stage: input.stage,
                acv: input.acv, currency: input.currency, termYears: input.termYears, oneTimeFees: input.oneTimeFees,
                closeDate: input.closeDate, type: input.type, ownerId: lead.ownerId, probability: input.probability)
            var dealChecks = FieldChecks()
            var built = try buildOpportunity(dealDraft, account: account, lead: lead, viewer,
                                             context, &ids, &dealChecks)
            checks.problems += dealChecks.problems
            built.opportunity.primaryContactId = contact.id
            opportunity = built.opportunity
            changes.append(.upsert(.opportunity(built.opportunity)))
            for change in built.changes.dropFirst() {
                if case .upsert(.license(let request)) = change { license = request }
                changes.append(change)
            }
        }
        try checks.throwIfAny()
        var converted = lead
        converted.status = .converted
        converted.convertedAt = context.now
        converted.converted = LeadConversionLinks(accountId: account.id, contactId: contact.id,
                                                  opportunityId: opportunity?.id)
        converted = converted.touched(at: context.now)
        changes.append(.upsert(.lead(converted)))
        let result = LeadConversion(
            dryRun: request.dryRun, candidates: candidates, matchedContacts: matched, lead: converted, account: account,
            accountCreated: accountCreated, filledAccountFields: filled, contact: contact, contactCreated: reused == nil,
            opportunity: opportunity, licenseRequest: license)
        return Planned(value: result, changeSet: makeChangeSet("lead.convert", context, request.dryRun ? [] : changes),
                       warnings: seatWarnings(account))
    }

    /// The new account's fields: what the call gave, else what the lead knows.
    private func accountDraft(from lead: Lead, _ given: AccountDraft?) -> AccountDraft {
        var draft = given ?? AccountDraft(name: "")
        if draft.name.trimmingCharacters(in: .whitespaces).isEmpty { draft.name = lead.company ?? lead.name }
        draft.industry = draft.industry ?? lead.industry
        draft.country = draft.country ?? lead.country
        draft.domain = draft.domain ?? EmailAddress.domain(of: lead.email)
        return draft
    }

    private func newAccount(_ draft: AccountDraft, _ viewer: Viewer, _ context: OperationContext,
                            _ ids: inout IDAllocator, _ checks: inout FieldChecks) throws(CRMError) -> Account {
        var accountChecks = FieldChecks()
        let owner = try checkOwner(draft.ownerId, viewer, path: "account.ownerId", problems: &accountChecks.problems)
        let account = Account(
            id: ids.next(.account), name: accountChecks.name(draft.name, "account.name"),
            domain: DomainName.normalize(draft.domain), website: accountChecks.text(draft.website, "account.website", max: 2000),
            industry: accountChecks.text(draft.industry, "account.industry", max: 100),
            country: accountChecks.text(draft.country, "account.country", max: 100), ownerId: owner,
            dniUserId: checkUserReference(draft.dniUserId, "account.dniUserId", &accountChecks), health: draft.health,
            plan: accountChecks.text(draft.plan, "account.plan", max: 100),
            seats: accountChecks.count(draft.seats, "account.seats"),
            seatsUsed: accountChecks.count(draft.seatsUsed, "account.seatsUsed"), mau: accountChecks.count(draft.mau, "account.mau"),
            painPoints: accountChecks.text(draft.painPoints, "account.painPoints", max: 10_000),
            parentAccountId: draft.parentAccountId, createdAt: context.now)
        if let parent = draft.parentAccountId, accounts[parent].map({ canRead(.account($0), viewer) }) != true {
            accountChecks.add("account.parentAccountId", .notFound)
        }
        checks.problems += accountChecks.problems
        return account
    }

    /// Fills only the empty fields of an existing account; returns the names of those filled.
    private func fillEmptyFields(_ account: Account, from draft: AccountDraft) -> (Account, [String]) {
        var filled: [String] = []
        var result = account
        func fill<T>(_ keyPath: WritableKeyPath<Account, T?>, _ value: T?, _ name: String) {
            if result[keyPath: keyPath] == nil, let value {
                result[keyPath: keyPath] = value
                filled.append(name)
            }
        }
        fill(\.domain, DomainName.normalize(draft.domain), "domain")
        fill(\.website, draft.website, "website")
        fill(\.industry, draft.industry, "industry")
        fill(\.country, draft.country, "country")
        fill(\.dniUserId, draft.dniUserId, "dniUserId")
        fill(\.health, draft.health, "health")
        fill(\.plan, draft.plan, "plan")
        fill(\.seats, draft.seats, "seats")
        fill(\.seatsUsed, draft.seatsUsed, "seatsUsed")
        fill(\.mau, draft.mau, "mau")
        fill(\.painPoints, draft.painPoints, "painPoints")
        return (result, filled)
    }

    private func sameEmail(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b, !a.isEmpty else { return false }
        return a.lowercased() == b.lowercased()
    }
}
