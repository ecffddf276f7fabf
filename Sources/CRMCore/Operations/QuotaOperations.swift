/// The fields of a new quota: exactly one of `userId` (personal) and `managerId` (team).
public struct QuotaDraft: Hashable, Sendable {
    public var userId: RecordID?
    public var managerId: RecordID?
    /// `2026-Q4` (fiscal quarter) or `2026-11` (month).
    public var period: String
    /// Decimal text, e.g. `"250000"`.
    public var amount: String
    /// Defaults to the base currency.
    public var currency: String?

    public init(userId: RecordID? = nil, managerId: RecordID? = nil, period: String, amount: String,
                currency: String? = nil) {
        self.userId = userId
        self.managerId = managerId
        self.period = period
        self.amount = amount
        self.currency = currency
    }
}

/// A partial quota update.
public struct QuotaPatch: Hashable, Sendable {
    public var period: String?
    public var amount: String?
    public var currency: String?
    public var ifVersion: Int?

    public init(period: String? = nil, amount: String? = nil, currency: String? = nil, ifVersion: Int? = nil) {
        self.period = period
        self.amount = amount
        self.currency = currency
        self.ifVersion = ifVersion
    }
}

extension CRMState {
    /// `quota.create`: admins for anyone; managers for themselves, their team members and their team.
    /// One quota per subject, period and currency (409 otherwise).
    public func createQuota(_ draft: QuotaDraft, _ context: OperationContext) throws(CRMError) -> Planned<Quota> {
        let viewer = try viewer(context.actorId)
        guard viewer.isManagerOrAdmin else { throw .forbidden(action: "quota.create") }
        var checks = FieldChecks()
        switch (draft.userId, draft.managerId) {
        case (nil, nil): checks.add("quota.userId", .required)
        case (.some, .some): checks.add("quota.managerId", .conflictingFields)
        default: break
        }
        let subjectPath = draft.userId != nil ? "quota.userId" : "quota.managerId"
        if let subject = draft.userId ?? draft.managerId {
            if checkUserReference(subject, subjectPath, &checks) != nil, !viewer.covers(subject) {
                throw .forbidden(action: "set quotas outside your team")
            }
            if draft.managerId != nil, users[subject]?.role == .bd {
                checks.add("quota.managerId", .unknownValue, allowed: ["a manager or admin"])
            }
        }
        let period = QuotaPeriod(draft.period)
        if period == nil { checks.add("quota.period", .invalidFormat, allowed: ["2026-Q4", "2026-11"]) }
        let currency = checks.currency(draft.currency, "quota.currency", fallback: settings.baseCurrency)
        let amount = checks.money(draft.amount, currency: currency, "quota.amount")
        try checks.throwIfAny()
        guard let period, let amount else { throw .invalidFields(checks.problems) }
        let quota = Quota(id: nextID(.quota), userId: draft.userId, managerId: draft.managerId, period: period,
                          amount: amount, createdAt: context.now)
        try checkQuotaUnique(quota)
        return Planned(value: quota, changeSet: makeChangeSet("quota.create", context, [.upsert(.quota(quota))]))
    }

    /// `quota.update`.
    public func updateQuota(_ id: RecordID, _ patch: QuotaPatch, _ context: OperationContext) throws(CRMError) -> Planned<Quota> {
        let viewer = try viewer(context.actorId)
        guard id.kind == .quota, case .quota(let current) = try writable(id, viewer, action: "quota.update") else {
            throw .notFound(type: .quota, id: id.description)
        }
        try checkVersion(patch.ifVersion, current.version)
        var checks = FieldChecks()
        var quota = current
        if let text = patch.period {
            if let period = QuotaPeriod(text) { quota.period = period } else {
                checks.add("quota.period", .invalidFormat, allowed: ["2026-Q4", "2026-11"])
            }
        }
        if patch.amount != nil || patch.currency != nil {
            let currency = checks.currency(patch.currency, "quota.currency", fallback: current.amount.currency)
            if let amount = checks.money(patch.amount ?? current.amount.decimalText, currency: currency, "quota.amount") {
                quota.amount = amount
            }
        }
        try checks.throwIfAny()
        try checkQuotaUnique(quota)
        guard quota != current else { return Planned(value: current, changeSet: makeChangeSet("quota.update", context, [])) }
        let changed = quota.touched(at: context.now)
        return Planned(value: changed, changeSet: makeChangeSet("quota.update", context, [.upsert(.quota(changed))]))
    }

    private func checkQuotaUnique(_ quota: Quota) throws(CRMError) {
        let clash = quotas.values.first { other in
            other.id != quota.id && !other.archived && other.userId == quota.userId && other.managerId == quota.managerId
                && other.period == quota.period && other.amount.currency == quota.amount.currency
        }
        if let clash {
            throw .conflict(.uniqueKey(field: "period", value: quota.period.description, current: clash.id))
        }
    }
}
