/// Everything the account panel shows: the account, its visible contacts, deals, licence requests
/// and notes, and the figures derived from them.
public struct AccountPanel: Hashable, Sendable {
    public var account: Account
    public var parent: Account?
    public var contacts: [Contact]
    public var opportunities: [Opportunity]
    public var licenseRequests: [LicenseRequest]
    public var notes: [Note]
    /// acv of open deals, per currency.
    public var openPipeline: TallyByCurrency
    /// acv of won deals, per currency.
    public var wonACV: TallyByCurrency
    /// seatsUsed ÷ seats, nil without seats.
    public var seatUtilisation: Double?
    /// e.g. seatsUsed over seats.
    public var warnings: [FieldProblem]
}

extension CRMState {
    /// `account.panel {id}`. Only what the acting user may see is included.
    public func accountPanel(_ id: RecordID, by actorId: RecordID) throws(CRMError) -> AccountPanel {
        let viewer = try viewer(actorId)
        guard let account = accounts[id], canRead(.account(account), viewer) else {
            throw .notFound(type: .account, id: id.description)
        }
        let contacts = (contactsByAccount[id] ?? []).compactMap { self.contacts[$0] }
            .filter { !$0.archived && canRead(.contact($0), viewer) }.sorted { $0.id < $1.id }
        let deals = (opportunitiesByAccount[id] ?? []).compactMap { opportunities[$0] }
            .filter { !$0.archived && canRead(.opportunity($0), viewer) }.sorted { $0.id < $1.id }
        let requests = deals.compactMap { licensesByOpportunity[$0.id].flatMap { licenses[$0] } }
            .filter { !$0.archived }
        var open = TallyByCurrency(base: settings.baseCurrency)
        var won = TallyByCurrency(base: settings.baseCurrency)
        for deal in deals {
            if deal.stage.isOpen { open.add(deal.acv) } else if deal.stage == .won { won.add(deal.acv) }
        }
        let parent = account.parentAccountId.flatMap { accounts[$0] }.flatMap { canRead(.account($0), viewer) ? $0 : nil }
        return AccountPanel(account: account, parent: parent, contacts: contacts, opportunities: deals,
                            licenseRequests: requests, notes: timeline(of: id), openPipeline: open, wonACV: won,
                            seatUtilisation: account.seatUtilisation, warnings: seatWarnings(account))
    }
}
