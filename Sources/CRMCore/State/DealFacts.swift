/// The figures of one opportunity that the KPIs need, in a plain struct without references, kept in a
/// contiguous array so a 100k-deal dashboard is a tight loop instead of 100k copies of full records.
struct DealFacts {
    static let none = Int64.min

    var id: RecordID
    var ownerId: RecordID
    var createdAt: Int64
    var updatedAt: Int64
    var wonAt: Int64
    var lostAt: Int64
    /// leadCreatedAt, else createdAt: where the sales cycle starts.
    var cycleStart: Int64
    var acvCents: Int64
    /// Index into `CRMState.currencyTable`.
    var currency: Int
    var termYears: Int
    var stage: OpportunityStage
    var archived: Bool

    init(_ deal: Opportunity, currency: Int) {
        id = deal.id
        ownerId = deal.ownerId
        createdAt = deal.createdAt.milliseconds
        updatedAt = deal.updatedAt.milliseconds
        wonAt = deal.wonAt?.milliseconds ?? DealFacts.none
        lostAt = deal.lostAt?.milliseconds ?? DealFacts.none
        cycleStart = (deal.leadCreatedAt ?? deal.createdAt).milliseconds
        acvCents = deal.acv.cents
        self.currency = currency
        termYears = deal.termYears
        stage = deal.stage
        archived = deal.archived
    }
}

extension CRMState {
    /// Keeps the facts array in step with an upserted opportunity.
    mutating func recordFacts(_ deal: Opportunity) {
        let currency: Int
        if let known = currencyPosition[deal.currency] {
            currency = known
        } else {
            currency = currencyTable.count
            currencyTable.append(deal.currency)
            currencyPosition[deal.currency] = currency
        }
        let facts = DealFacts(deal, currency: currency)
        if let position = factsPosition[deal.id] {
            dealFacts[position] = facts
        } else {
            factsPosition[deal.id] = dealFacts.count
            dealFacts.append(facts)
        }
    }

    /// A lookup table "may this owner's records count?" indexed by user sequence; nil = everyone.
    func ownerMask(_ owners: Set<RecordID>?) -> [Bool]? {
        guard let owners else { return nil }
        var mask = [Bool](repeating: false, count: (lastSequence[.user] ?? 0) + 1)
        for owner in owners where owner.kind == .user && owner.sequence < mask.count { mask[owner.sequence] = true }
        return mask
    }
}

/// Per-currency sums indexed like `CRMState.currencyTable`, turned into a `TallyByCurrency` at the end.
struct CurrencySums {
    var cents: [Int64]
    var counts: [Int]

    init(_ currencies: Int) {
        cents = [Int64](repeating: 0, count: currencies)
        counts = [Int](repeating: 0, count: currencies)
    }

    mutating func add(_ currency: Int, _ amount: Int64) {
        let (sum, overflow) = cents[currency].addingReportingOverflow(amount)
        cents[currency] = overflow ? (amount > 0 ? Int64.max : Int64.min) : sum
        counts[currency] += 1
    }

    var total: Int { counts.reduce(0, +) }

    func tally(_ table: [CurrencyCode], base: CurrencyCode) -> TallyByCurrency {
        var result = TallyByCurrency(base: base)
        for index in cents.indices where counts[index] > 0 {
            result.set(Tally(amount: Money(uncheckedCents: cents[index], currency: table[index]), count: counts[index]))
        }
        return result
    }
}
