/// An amount and a count: one KPI figure in one currency.
public struct Tally: Hashable, Sendable {
    public var amount: Money
    public var count: Int

    public init(amount: Money, count: Int) {
        self.amount = amount
        self.count = count
    }
}

/// Amounts summed per currency (never converted): the base currency is the headline, the others are
/// listed beside it (SPEC §5).
public struct TallyByCurrency: Hashable, Sendable {
    public let base: CurrencyCode
    public private(set) var byCurrency: [CurrencyCode: Tally] = [:]

    public init(base: CurrencyCode) {
        self.base = base
    }

    /// The base-currency figure (zero when nothing is in it).
    public var headline: Tally { byCurrency[base] ?? Tally(amount: .zero(base), count: 0) }

    /// The other currencies, by code.
    public var others: [Tally] {
        byCurrency.filter { $0.key != base }.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The count over every currency.
    public var count: Int { byCurrency.values.reduce(0) { $0 + $1.count } }

    mutating func set(_ tally: Tally) {
        byCurrency[tally.amount.currency] = tally
    }

    /// Adds one amount; sums saturate rather than wrap at the Int64 limit.
    public mutating func add(_ money: Money) {
        var tally = byCurrency[money.currency] ?? Tally(amount: .zero(money.currency), count: 0)
        let (sum, overflow) = tally.amount.cents.addingReportingOverflow(money.cents)
        let cents = overflow ? (money.cents > 0 ? Int64.max : Int64.min) : sum
        tally.amount = Money(uncheckedCents: cents, currency: money.currency)
        tally.count += 1
        byCurrency[money.currency] = tally
    }
}
