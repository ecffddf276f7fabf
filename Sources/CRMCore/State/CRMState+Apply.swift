extension CRMState {
    /// Applies a change set: the one way state changes, whether live or from journal replay.
    ///
    /// It trusts the change set (validation happened when it was planned) and keeps every index and the
    /// history log in step. Empty change sets are ignored.
    public mutating func apply(_ changeSet: ChangeSet) {
        guard !changeSet.isEmpty else { return }
        let logIndex = changeLog.count
        changeLog.append(changeSet)
        lastChangeSeq = max(lastChangeSeq, changeSet.seq)
        // Each change is copied out of the change set once (the log keeps the change set) and that
        // copy is consumed into the tables: borrowed, the record was copied a second time into its
        // table and the first copy destroyed after.
        for change in changeSet.changes {
            switch consume change {
            case .settings(let newSettings):
                settings = newSettings
            case .upsert(let record):
                let id = record.id
                upsert(record)
                if historyIndex[id] == nil {
                    historyIndex[id] = HistoryPositions(logIndex)
                } else {
                    historyIndex[id]?.append(logIndex)
                }
                highestSequence[id.kind.ordinal] = max(highestSequence[id.kind.ordinal], id.sequence)
            }
        }
    }

    private mutating func upsert(_ record: consuming AnyRecord) {
        switch consume record {
        case .user(let user): upsertUser(user)
        case .lead(let lead):
            // Keys first: the lead's last use then moves it into the table instead of copying it.
            searchKeys[lead.id] = SearchKeys(lead.name, lead.company, lead.email)
            leads[lead.id] = lead
        case .account(let account):
            if let old = accounts[account.id] { forgetMatchKeys(of: old) }
            accounts[account.id] = account
            let companyKey = CompanyName.normalize(account.name)
            companyKeys[account.id] = companyKey
            accountsByCompanyKey[companyKey, default: []].insert(account.id)
            for domain in account.matchDomains { accountsByDomain[domain, default: []].insert(account.id) }
            searchKeys[account.id] = SearchKeys(account.name, account.domain, account.website)
        case .contact(let contact):
            if let old = contacts[contact.id], old.accountId != contact.accountId {
                contactsByAccount[old.accountId]?.remove(old.id)
            }
            contacts[contact.id] = contact
            contactsByAccount[contact.accountId, default: []].insert(contact.id)
            searchKeys[contact.id] = SearchKeys(contact.name, contact.email)
        case .opportunity(let opportunity):
            if let old = opportunities[opportunity.id] {
                if old.accountId != opportunity.accountId { opportunitiesByAccount[old.accountId]?.remove(old.id) }
                if old.countsAsWin { countWin(of: old.accountId, by: -1) }
            }
            if opportunity.countsAsWin { countWin(of: opportunity.accountId, by: 1) }
            opportunities[opportunity.id] = opportunity
            recordFacts(opportunity)
            opportunitiesByAccount[opportunity.accountId, default: []].insert(opportunity.id)
            searchKeys[opportunity.id] = SearchKeys(opportunity.name)
        case .license(let request):
            licenses[request.id] = request
            licensesByOpportunity[request.opportunityId] = request.id
        case .quota(let quota):
            quotas[quota.id] = quota
        case .note(let note):
            if notes[note.id] == nil { notesByRecord[note.recordId, default: []].append(note.id) }
            notes[note.id] = note
        }
    }

    private mutating func forgetMatchKeys(of account: Account) {
        if let key = companyKeys[account.id] { remove(account.id, from: &accountsByCompanyKey, at: key) }
        for domain in account.matchDomains { remove(account.id, from: &accountsByDomain, at: domain) }
    }

    private func remove(_ id: RecordID, from index: inout [String: Set<RecordID>], at key: String) {
        index[key]?.remove(id)
        if index[key]?.isEmpty == true { index[key] = nil }
    }

    private mutating func countWin(of account: RecordID, by change: Int) {
        let count = (wonDealsByAccount[account] ?? 0) + change
        wonDealsByAccount[account] = count > 0 ? count : nil
    }

    private mutating func upsertUser(_ user: User) {
        if let old = users[user.id] {
            userByHandle[old.handle] = nil
            if let manager = old.managerId { teamByManager[manager]?.remove(old.id) }
        }
        users[user.id] = user
        userByHandle[user.handle] = user.id
        if let manager = user.managerId { teamByManager[manager, default: []].insert(user.id) }
        searchKeys[user.id] = SearchKeys(user.name, user.handle, user.email)
    }
}
