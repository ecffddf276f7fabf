/// The `--demo` sample: a deterministic function of `now`. Every record is made through the public
/// operations at a past instant, so stage histories, the change log and every KPI and chart look like
/// a real team's last four quarters.
public enum DemoData {
    /// A bootstrapped state with the demo loaded. Throws only if a rule changed under the demo (a bug
    /// the tests catch).
    public static func state(now: Timestamp) throws(CRMError) -> CRMState {
        var state = CRMState.bootstrapped(at: now.adding(days: -400))
        try load(into: &state, now: now)
        return state
    }

    /// Loads the demo into a state that has its admin; each step is one applied change set, so a
    /// server can journal `state.changeLog` after it.
    public static func load(into state: inout CRMState, now: Timestamp) throws(CRMError) {
        guard let admin = state.users.values.first(where: { $0.role == .admin })?.id else {
            throw .forbidden(action: "load the demo without an admin")
        }
        func at(_ daysAgo: Int, _ actor: RecordID, minute: Int = 0) -> OperationContext {
            OperationContext(actorId: actor, now: now.adding(days: -daysAgo).adding(milliseconds: Int64(minute) * 60_000))
        }
        let start = 400
        let manager = state.commit(try state.createUser(
            UserDraft(handle: DemoCatalog.manager.handle, name: DemoCatalog.manager.name, email: DemoCatalog.manager.email,
                      role: .manager), at(start, admin)))
        var bds: [RecordID] = []
        for person in DemoCatalog.bds {
            bds.append(state.commit(try state.createUser(
                UserDraft(handle: person.handle, name: person.name, email: person.email, role: .bd, managerId: manager.id),
                at(start, admin, minute: bds.count + 1))).id)
        }
        let owners = [manager.id] + bds
        var accounts: [RecordID] = []
        var contacts: [RecordID] = []
        for (index, brand) in DemoCatalog.brands.enumerated() {
            let owner = owners[brand.owner]
            let parent = brand.name == "Zara" ? accounts.first { state.accounts[$0]?.name == "Inditex S.A." } : nil
            let draft = AccountDraft(
                name: brand.name, domain: brand.domain, website: "https://www.\(brand.domain)", industry: "Fashion & Apparel",
                country: brand.country, ownerId: owner, dniUserId: owners[(brand.owner + 2) % owners.count], health: brand.health,
                plan: brand.plan, seats: brand.seats, seatsUsed: brand.seatsUsed, mau: brand.seatsUsed * 9 / 10,
                painPoints: brand.painPoints, parentAccountId: parent)
            let account = state.commit(try state.createAccount(draft, allowDuplicate: true, at(360 - index, owner)))
            accounts.append(account.id)
            let contact = state.commit(try state.createContact(
                ContactDraft(accountId: account.id, name: brand.contact.name, title: brand.contact.title,
                             email: brand.contact.email, role: .champion, ownerId: owner), at(360 - index, owner, minute: 5)))
            contacts.append(contact.id)
        }
        for deal in DemoCatalog.deals {
            let brand = DemoCatalog.brands[deal.brand]
            let owner = owners[brand.owner]
            let draft = OpportunityDraft(
                name: deal.name, accountId: accounts[deal.brand], primaryContactId: contacts[deal.brand], acv: String(deal.acv),
                currency: brand.currency, termYears: deal.termYears, oneTimeFees: deal.acv > 1_000_000 ? "0" : "2500",
                closeDate: now.adding(days: deal.moves.last.map { -$0.1 } ?? 60).utcDay, ownerId: owner)
            let created = state.commit(try state.createOpportunity(draft, at(deal.created, owner)))
            for (stage, daysAgo) in deal.moves {
                let reason = stage == .lost ? deal.lostReason : nil
                _ = state.commit(try state.changeStage(created.id, to: stage, lostReason: reason, at(daysAgo, owner)))
            }
        }
        try loadLeads(into: &state, owners: owners, manager: manager.id, now: now)
        try loadQuotasAndNotes(into: &state, owners: owners, manager: manager.id, admin: admin, now: now)
    }

    private static func loadLeads(into state: inout CRMState, owners: [RecordID], manager: RecordID,
                                  now: Timestamp) throws(CRMError) {
        for lead in DemoCatalog.leads {
            let owner = owners[lead.owner]
            let context = OperationContext(actorId: owner, now: now.adding(days: -lead.daysAgo))
            _ = state.commit(try state.createLead(
                LeadDraft(name: lead.name, company: lead.company, title: nil, email: lead.email, country: lead.country,
                          industry: "Fashion & Apparel", source: lead.source, status: lead.status,
                          disqualifiedReason: lead.status == .disqualified ? "Not in ICP: no in-house design team" : nil,
                          ownerId: owner), context))
        }
        // One lead walks the whole way: new → contacted → qualified → converted with a deal.
        let bd = owners[2]
        func at(_ daysAgo: Int) -> OperationContext { OperationContext(actorId: bd, now: now.adding(days: -daysAgo)) }
        let lead = state.commit(try state.createLead(
            LeadDraft(name: "Isabella Costa", company: "Farfetch Ltd", title: "Head of Digital Product",
                      email: "isabella.costa@farfetch.com", country: "GB", industry: "Fashion & Apparel", source: .referral), at(100)))
        _ = state.commit(try state.setLeadStatus(lead.id, .contacted, at(95)))
        _ = state.commit(try state.setLeadStatus(lead.id, .qualified, at(80)))
        let conversion = state.commit(try state.convertLead(LeadConversionRequest(
            leadId: lead.id, account: AccountDraft(name: "Farfetch", plan: "Pro", seats: 15), createNewAccount: true,
            contactRole: .champion, opportunity: ConversionOpportunity(name: "Farfetch — Marketplace 3D content", acv: "48000")),
            at(78)))
        if let deal = conversion.opportunity {
            _ = state.commit(try state.changeStage(deal.id, to: .proposal, at(60)))
            _ = state.commit(try state.changeStage(deal.id, to: .won, at(33)))
        }
    }

    private static func loadQuotasAndNotes(into state: inout CRMState, owners: [RecordID], manager: RecordID,
                                           admin: RecordID, now: Timestamp) throws(CRMError) {
        let calendar = FiscalCalendar(settings: state.settings)
        let current = calendar.quarter(containing: now)
        for back in 0..<4 {
            let quarter = current.advanced(by: -back)
            let context = OperationContext(actorId: manager, now: calendar.bounds(of: quarter).lowerBound)
            for (index, bd) in owners.dropFirst().enumerated() {
                let amount = 90_000 + index * 15_000
                _ = state.commit(try state.createQuota(QuotaDraft(userId: bd, period: quarter.description, amount: String(amount)), context))
            }
            _ = state.commit(try state.createQuota(QuotaDraft(managerId: manager, period: quarter.description, amount: "450000"), context))
        }
        if let request = state.licenses.values.min(by: { $0.id < $1.id }) {
            _ = state.commit(try state.acknowledgeLicense(request.id, OperationContext(actorId: admin, now: request.requestedAt.adding(days: 1))))
        }
        for account in state.accounts.values.sorted(by: { $0.id < $1.id }).prefix(4) {
            let context = OperationContext(actorId: account.ownerId, now: now.adding(days: -7))
            _ = state.commit(try state.createNote(on: account.id, text: "Discovery call: \(account.painPoints ?? "needs review")", context))
        }
    }
}
