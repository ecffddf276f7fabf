/// Whose numbers a dashboard shows: the acting user's visibility, narrowed to a scope user's.
struct DashboardScope {
    /// nil = every owner.
    var owners: Set<RecordID>?
    /// The user the quota is looked up for; nil = the whole organisation (admin without scope).
    var subject: User?

    func covers(_ owner: RecordID) -> Bool { owners?.contains(owner) ?? true }
}

extension CRMState {
    /// The scope of a dashboard call. `scope` must be a user the actor can see the records of
    /// (themselves, their team, anyone for admins); otherwise it is not found.
    func dashboardScope(_ viewer: Viewer, scope: RecordID?) throws(CRMError) -> DashboardScope {
        guard let scopeID = scope, scopeID != viewer.id else {
            return DashboardScope(owners: viewer.owners, subject: viewer.isAdmin ? nil : viewer.user)
        }
        guard let user = users[scopeID], viewer.covers(scopeID) else {
            throw .notFound(type: .user, id: scopeID.description)
        }
        let scoped = self.viewer(for: user)
        var owners = scoped.owners
        if let mine = viewer.owners { owners = owners.map { $0.intersection(mine) } ?? mine }
        return DashboardScope(owners: owners, subject: user.role == .admin ? nil : user)
    }

    /// The quota of a scope for a fiscal quarter, in the base currency: a quarter quota, else the sum
    /// of the quarter's monthly quotas. A manager's team quota wins over the sum of the personal quotas
    /// of the manager and the team; an admin without scope gets the sum of all personal quotas.
    func quotaAmount(_ scope: DashboardScope, _ quarter: FiscalQuarter, _ calendar: FiscalCalendar) -> Money? {
        let base = settings.baseCurrency
        let months = Set(calendar.months(of: quarter).map { QuotaPeriod.month(year: $0.year, month: $0.month) })
        func amount(_ matches: (Quota) -> Bool) -> Int64? {
            let live = quotas.values.filter { !$0.archived && $0.amount.currency == base && matches($0) }
            var total: Int64?
            let subjects = Set(live.compactMap(\.subjectId))
            for subject in subjects {
                let own = live.filter { $0.subjectId == subject }
                if let quarterly = own.first(where: { $0.period == .quarter(quarter) }) {
                    total = (total ?? 0) &+ quarterly.amount.cents
                } else {
                    let monthly = own.filter { months.contains($0.period) }
                    if !monthly.isEmpty { total = (total ?? 0) &+ monthly.reduce(0) { $0 &+ $1.amount.cents } }
                }
            }
            return total
        }
        let cents: Int64?
        if let subject = scope.subject {
            if subject.role == .manager, let team = amount({ $0.managerId == subject.id }) {
                cents = team
            } else {
                let members = subject.role == .manager ? team(of: subject.id).union([subject.id]) : [subject.id]
                cents = amount { $0.userId.map(members.contains) ?? false }
            }
        } else {
            cents = amount { $0.userId != nil }
        }
        return cents.map { Money(uncheckedCents: $0, currency: base) }
    }
}
