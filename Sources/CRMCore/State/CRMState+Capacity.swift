extension CRMState {
    /// Sizes the tables for a replay of `count` change sets holding `changes` changes, `upserts` of
    /// them per kind, so start-up does not regrow the large tables step by step (copying every
    /// record each time they double). Estimates are fine (they only save regrowing); nothing is
    /// reserved for kinds not listed.
    public mutating func reserveCapacity(changeSets count: Int, changes total: Int, upserts: [RecordKind: Int]) {
        changeLog.reserveCapacity(changeLog.count + count)
        for (kind, count) in upserts {
            historyIndex.reserveCapacity(count, of: kind)
            switch kind {
            case .user: users.reserveCapacity(count, of: kind)
            case .lead: leads.reserveCapacity(count, of: kind)
            case .account: accounts.reserveCapacity(count, of: kind)
            case .contact: contacts.reserveCapacity(count, of: kind)
            case .opportunity: opportunities.reserveCapacity(count, of: kind)
            case .license: licenses.reserveCapacity(count, of: kind)
            case .quota: quotas.reserveCapacity(count, of: kind)
            case .note: notes.reserveCapacity(count, of: kind)
            }
            if [.user, .lead, .account, .contact, .opportunity].contains(kind) { searchKeys.reserveCapacity(count, of: kind) }
        }
    }
}
