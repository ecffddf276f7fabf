/// An existing account that may be the company being created, and why it matched.
public struct DuplicateCandidate: Hashable, Sendable {
    public var account: Account
    public var reasons: [DuplicateReason]

    public init(account: Account, reasons: [DuplicateReason]) {
        self.account = account
        self.reasons = reasons
    }
}

/// What made an account a duplicate candidate.
public enum DuplicateReason: String, Hashable, Sendable {
    /// Same normalised company name.
    case name
    /// Same domain (from `domain`, `website`, or an e-mail), `www.` ignored.
    case domain
}

extension CRMState {
    /// `account.findDuplicates {name?, domain?}`: visible, unarchived accounts with the same normalised
    /// name or the same domain. `domain` may also be a website or an e-mail address.
    public func findDuplicates(name: String?, domain: String?, by actorId: RecordID) throws(CRMError) -> [DuplicateCandidate] {
        let viewer = try viewer(actorId)
        return duplicateCandidates(name: name, domains: [DomainName.normalize(domain)].compactMap { $0 }, viewer)
    }

    func duplicateCandidates(name: String?, domains: [String], _ viewer: Viewer) -> [DuplicateCandidate] {
        let key = name.map(CompanyName.normalize) ?? ""
        let wanted = Set(domains)
        guard !key.isEmpty || !wanted.isEmpty else { return [] }
        // Only accounts sharing the name or a domain can match: the indexes name them.
        var ids = key.isEmpty ? [] : accountsByCompanyKey[key] ?? []
        for domain in wanted { ids.formUnion(accountsByDomain[domain] ?? []) }
        var found: [DuplicateCandidate] = []
        for id in ids {
            guard let account = accounts[id], !account.archived, canRead(.account(account), viewer) else { continue }
            var reasons: [DuplicateReason] = []
            if !key.isEmpty, companyKeys[account.id] == key { reasons.append(.name) }
            if !wanted.isEmpty, account.matchDomains.contains(where: wanted.contains) { reasons.append(.domain) }
            if !reasons.isEmpty { found.append(DuplicateCandidate(account: account, reasons: reasons)) }
        }
        return found.sorted { $0.account.id < $1.account.id }
    }
}

extension Account {
    /// The domains duplicate detection matches this account by: its own and its website's.
    var matchDomains: [String] { [domain, DomainName.normalize(website)].compactMap { $0 } }
}
