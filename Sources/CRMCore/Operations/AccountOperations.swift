extension CRMState {
    /// `account.create`. Runs the duplicate search first: with visible candidates and no
    /// `allowDuplicate`, it fails with `duplicateCandidates`. seatsUsed > seats is a warning.
    public func createAccount(_ draft: AccountDraft, allowDuplicate: Bool = false,
                              _ context: OperationContext) throws(CRMError) -> Planned<Account> {
        let viewer = try viewer(context.actorId)
        var checks = FieldChecks()
        let owner = try checkOwner(draft.ownerId, viewer, path: "account.ownerId", problems: &checks.problems)
        let id = nextID(.account)
        let account = Account(
            id: id, name: checks.name(draft.name, "account.name"),
            domain: checkDomain(draft.domain, &checks), website: checkWebsite(draft.website, &checks),
            industry: checks.text(draft.industry, "account.industry", max: 100),
            country: checks.text(draft.country, "account.country", max: 100), ownerId: owner,
            dniUserId: checkUserReference(draft.dniUserId, "account.dniUserId", &checks), health: draft.health,
            plan: checks.text(draft.plan, "account.plan", max: 100),
            seats: checks.count(draft.seats, "account.seats"), seatsUsed: checks.count(draft.seatsUsed, "account.seatsUsed"),
            mau: checks.count(draft.mau, "account.mau"),
            painPoints: checks.text(draft.painPoints, "account.painPoints", max: 10_000),
            parentAccountId: checkParent(draft.parentAccountId, for: id, viewer, &checks), createdAt: context.now)
        try checks.throwIfAny()
        if !allowDuplicate {
            let domains = [account.domain, DomainName.normalize(account.website)].compactMap { $0 }
            let candidates = duplicateCandidates(name: account.name, domains: domains, viewer)
            if !candidates.isEmpty { throw .duplicateCandidates(candidates) }
        }
        return Planned(value: account, changeSet: makeChangeSet("account.create", context, [.upsert(.account(account))]),
                       warnings: seatWarnings(account))
    }

    /// `account.get`: also readable by the account's DnI user.
    public func account(_ id: RecordID, by actorId: RecordID) throws(CRMError) -> Account {
        let viewer = try viewer(actorId)
        guard let account = accounts[id], canRead(.account(account), viewer) else {
            throw .notFound(type: .account, id: id.description)
        }
        return account
    }

    /// `account.update` (partial). DnI users may read but not update (forbidden).
    public func updateAccount(_ id: RecordID, _ patch: AccountPatch,
                              _ context: OperationContext) throws(CRMError) -> Planned<Account> {
        let viewer = try viewer(context.actorId)
        guard id.kind == .account, case .account(let current) = try writable(id, viewer, action: "account.update") else {
            throw .notFound(type: .account, id: id.description)
        }
        try checkVersion(patch.ifVersion, current.version)
        var checks = FieldChecks()
        var account = current
        account.name = checks.patchName(patch.name, current: account.name, "account.name")
        if let domain = patch.domain { account.domain = checkDomain(domain, &checks) }
        if let website = patch.website { account.website = checkWebsite(website, &checks) }
        account.industry = checks.patchText(patch.industry, current: account.industry, "account.industry", max: 100)
        account.country = checks.patchText(patch.country, current: account.country, "account.country", max: 100)
        if let dni = patch.dniUserId { account.dniUserId = checkUserReference(dni, "account.dniUserId", &checks) }
        if let health = patch.health { account.health = health }
        account.plan = checks.patchText(patch.plan, current: account.plan, "account.plan", max: 100)
        if let seats = patch.seats { account.seats = checks.count(seats, "account.seats") }
        if let seatsUsed = patch.seatsUsed { account.seatsUsed = checks.count(seatsUsed, "account.seatsUsed") }
        if let mau = patch.mau { account.mau = checks.count(mau, "account.mau") }
        account.painPoints = checks.patchText(patch.painPoints, current: account.painPoints, "account.painPoints",
                                              max: 10_000)
        if let parent = patch.parentAccountId { account.parentAccountId = checkParent(parent, for: id, viewer, &checks) }
        if let owner = patch.ownerId, owner != current.ownerId {
            account.ownerId = try checkOwner(owner, viewer, path: "account.ownerId", problems: &checks.problems)
        }
        try checks.throwIfAny()
        guard account != current else {
            return Planned(value: current, changeSet: makeChangeSet("account.update", context, []),
                           warnings: seatWarnings(current))
        }
        let changed = account.touched(at: context.now)
        return Planned(value: changed, changeSet: makeChangeSet("account.update", context, [.upsert(.account(changed))]),
                       warnings: seatWarnings(changed))
    }

    func seatWarnings(_ account: Account) -> [FieldProblem] {
        if let seats = account.seats, let used = account.seatsUsed, used > seats {
            return [FieldProblem("account.seatsUsed", .exceedsSeats, allowed: ["≤ \(seats)"])]
        }
        return []
    }

    private func checkDomain(_ raw: String?, _ checks: inout FieldChecks) -> String? {
        guard let text = checks.text(raw, "account.domain", max: 253) else { return nil }
        guard let domain = DomainName.normalize(text) else {
            checks.add("account.domain", .invalidFormat)
            return nil
        }
        return domain
    }

    private func checkWebsite(_ raw: String?, _ checks: inout FieldChecks) -> String? {
        guard let website = checks.text(raw, "account.website", max: 2000) else { return nil }
        if DomainName.normalize(website) == nil { checks.add("account.website", .invalidFormat) }
        return website
    }

    func checkUserReference(_ id: RecordID?, _ path: String, _ checks: inout FieldChecks) -> RecordID? {
        guard let id else { return nil }
        guard let user = users[id] else {
            checks.add(path, .notFound)
            return nil
        }
        if user.archived { checks.add(path, .archived) }
        return id
    }

    /// A parent must be a visible account, and following parents from it must never reach `id`.
    private func checkParent(_ parentId: RecordID?, for id: RecordID, _ viewer: Viewer,
                             _ checks: inout FieldChecks) -> RecordID? {
        guard let parentId else { return nil }
        guard let parent = accounts[parentId], canRead(.account(parent), viewer) else {
            checks.add("account.parentAccountId", .notFound)
            return nil
        }
        var cursor: RecordID? = parentId
        var seen: Set<RecordID> = []
        while let current = cursor, seen.insert(current).inserted {
            if current == id {
                checks.add("account.parentAccountId", .cycle)
                break
            }
            cursor = accounts[current]?.parentAccountId
        }
        return parentId
    }
}
