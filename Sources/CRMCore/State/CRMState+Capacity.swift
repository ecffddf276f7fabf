extension CRMState {
    /// Sizes the tables for a replay of `count` change sets holding `changes` changes, `upserts` of
    /// them per kind, so start-up does not rehash the large dictionaries step by step (moving every
    /// record each time they double): at 1M leads that growth was a tenth of loading a snapshot.
    /// Estimates are fine (they only save rehashing); nothing is reserved for kinds not listed.
    public mutating func reserveCapacity(changeSets count: Int, changes total: Int, upserts: [RecordKind: Int]) {
        changeLog.reserveCapacity(changeLog.count + count)
        historyIndex.reserveCapacity(historyIndex.count + total)
        for (kind, count) in upserts {
            switch kind {
            case .user: users.reserveCapacity(users.count + count)
            case .lead: leads.reserveCapacity(leads.count + count)
            case .account: accounts.reserveCapacity(accounts.count + count)
            case .contact: contacts.reserveCapacity(contacts.count + count)
            case .opportunity: opportunities.reserveCapacity(opportunities.count + count)
            case .license: licenses.reserveCapacity(licenses.count + count)
            case .quota: quotas.reserveCapacity(quotas.count + count)
            case .note: notes.reserveCapacity(notes.count + count)
            }
        }
        var searchable = 0
        for kind: RecordKind in [.user, .lead, .account, .contact, .opportunity] { searchable += upserts[kind] ?? 0 }
        searchKeys.reserveCapacity(searchKeys.count + searchable)
    }
}
