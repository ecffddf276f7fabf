extension CRMState {
    /// Sizes the tables for a replay about to apply `changeSets`, so start-up does not rehash the
    /// large dictionaries step by step (moving every record each time they double): at 1M leads
    /// that growth was a tenth of loading a snapshot. Counts come from the change sets themselves,
    /// so nothing is reserved for kinds the data does not hold.
    public mutating func reserveCapacity(forReplayOf changeSets: [ChangeSet]) {
        var upserts: [RecordKind: Int] = [:]
        var total = 0
        for changeSet in changeSets {
            for case .upsert(let record) in changeSet.changes { upserts[record.id.kind, default: 0] += 1 }
            total += changeSet.changes.count
        }
        reserveCapacity(changeSets: changeSets.count, changes: total, upserts: upserts)
    }

    /// Sizes the tables for a replay of `count` change sets holding `changes` changes, `upserts` of
    /// them per kind (estimates are fine: they only save rehashing).
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
