/// Instance-wide settings: the currency headline figures use, and how fiscal quarters are cut.
public struct Settings: Hashable, Sendable {
    public var baseCurrency: CurrencyCode
    /// 1 = January. Fiscal year N starts in this month of calendar year N.
    public var fiscalYearStartMonth: Int
    /// An IANA zone name (`UTC`, `Asia/Seoul`): where quarter boundaries fall.
    public var timezone: String
    public var updatedAt: Timestamp
    public var version: Int

    public init(baseCurrency: CurrencyCode = .usd, fiscalYearStartMonth: Int = 1, timezone: String = "UTC",
                updatedAt: Timestamp = Timestamp(milliseconds: 0), version: Int = 1) {
        self.baseCurrency = baseCurrency
        self.fiscalYearStartMonth = fiscalYearStartMonth
        self.timezone = timezone
        self.updatedAt = updatedAt
        self.version = version
    }
}
