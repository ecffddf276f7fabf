/// An ISO 4217 currency code that is in active use (see `ISO4217`).
public struct CurrencyCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let code: String

    /// Accepts an active ISO 4217 code, upper case (`USD`, `KRW`, `EUR`).
    public init?(_ code: String) {
        guard ISO4217.activeCodes.contains(code) else { return nil }
        self.code = code
    }

    public static let usd = CurrencyCode(unchecked: "USD")
    public static let eur = CurrencyCode(unchecked: "EUR")
    public static let krw = CurrencyCode(unchecked: "KRW")
    public static let jpy = CurrencyCode(unchecked: "JPY")
    public static let gbp = CurrencyCode(unchecked: "GBP")

    private init(unchecked code: String) {
        self.code = code
    }

    /// Currencies without minor units (JPY, KRW, …): amounts must be whole.
    public var isZeroDecimal: Bool { ISO4217.zeroDecimalCodes.contains(code) }

    public var description: String { code }

    public static func < (lhs: CurrencyCode, rhs: CurrencyCode) -> Bool { lhs.code < rhs.code }
}
