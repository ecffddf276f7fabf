/// An exact amount: integer hundredths of the major unit plus its currency. Never floating point.
///
/// For zero-decimal currencies (JPY, KRW, …) `cents` is always a multiple of 100.
public struct Money: Hashable, Sendable, CustomStringConvertible {
    public let cents: Int64
    public let currency: CurrencyCode

    /// Why a decimal text could not become an amount.
    public enum ParseFailure: String, Error, Hashable, Sendable {
        case notANumber = "not_a_number"
        case tooManyDecimals = "too_many_decimals"
        case fractionalInZeroDecimalCurrency = "fractional_in_zero_decimal_currency"
        case overflow
    }

    /// An amount already in hundredths; fails for a fractional amount in a zero-decimal currency.
    public init(cents: Int64, currency: CurrencyCode) throws(ParseFailure) {
        if currency.isZeroDecimal, cents % 100 != 0 { throw .fractionalInZeroDecimalCurrency }
        self.cents = cents
        self.currency = currency
    }

    /// Whole units of the major currency (`Money(major: 1500, .krw)`).
    public init(major: Int64, currency: CurrencyCode) throws(ParseFailure) {
        let (cents, overflow) = major.multipliedReportingOverflow(by: 100)
        if overflow { throw .overflow }
        self.cents = cents
        self.currency = currency
    }

    /// Zero in a currency.
    public static func zero(_ currency: CurrencyCode) -> Money {
        Money(uncheckedCents: 0, currency: currency)
    }

    init(uncheckedCents: Int64, currency: CurrencyCode) {
        self.cents = uncheckedCents
        self.currency = currency
    }

    /// Parses a JSON number's text (`1234.5`, `-3`, `1.25e3`) exactly, without binary floating point.
    public init(parsing text: String, currency: CurrencyCode) throws(ParseFailure) {
        let cents = try Money.parseCents(text)
        try self.init(cents: cents, currency: currency)
    }

    public var isZero: Bool { cents == 0 }
    public var isNegative: Bool { cents < 0 }

    /// The amount in the major unit, for ratios and charts only (never for sums).
    public var majorUnits: Double { Double(cents) / 100 }

    /// The JSON number text: `1234.50` (always two decimals), or `1500` for zero-decimal currencies.
    public var decimalText: String {
        if currency.isZeroDecimal { return String(cents / 100) }
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public var description: String { "\(decimalText) \(currency.code)" }

    /// Overflow-checked sum; the currencies must match.
    public func adding(_ other: Money) -> Money? {
        guard other.currency == currency else { return nil }
        let (sum, overflow) = cents.addingReportingOverflow(other.cents)
        return overflow ? nil : Money(uncheckedCents: sum, currency: currency)
    }

    /// Overflow-checked product with a whole factor (term years).
    public func multiplied(by factor: Int) -> Money? {
        let (product, overflow) = cents.multipliedReportingOverflow(by: Int64(factor))
        return overflow ? nil : Money(uncheckedCents: product, currency: currency)
    }

    /// Rounds a derived figure (velocity, MRR) to the currency's precision, half away from zero.
    public static func rounded(major value: Double, currency: CurrencyCode) -> Money {
        let step: Double = currency.isZeroDecimal ? 100 : 1
        let cents = (value * 100 / step).rounded(.toNearestOrAwayFromZero) * step
        let clamped = max(min(cents, 9.0e18), -9.0e18)
        return Money(uncheckedCents: Int64(clamped), currency: currency)
    }

    private static func parseCents(_ text: String) throws(ParseFailure) -> Int64 {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if bytes.first == 0x2D {
            negative = true
            bytes = bytes.dropFirst()
        }
        var digits: [UInt8] = []
        var fractionDigits = 0
        var seenPoint = false
        var exponent = 0
        while let byte = bytes.first {
            if byte >= 0x30, byte <= 0x39 {
                digits.append(byte - 0x30)
                if seenPoint { fractionDigits += 1 }
            } else if byte == 0x2E, !seenPoint {
                seenPoint = true
            } else if byte == 0x65 || byte == 0x45 {
                guard let value = Int(String(decoding: bytes.dropFirst(), as: UTF8.self)),
                      abs(value) < 100 else { throw .notANumber }
                exponent = value
                bytes = []
                break
            } else {
                throw .notANumber
            }
            bytes = bytes.dropFirst()
        }
        guard !digits.isEmpty else { throw .notANumber }
        // value = digits × 10^(exponent − fractionDigits); we want value × 100.
        var scale = exponent - fractionDigits + 2
        while scale < 0 {
            guard digits.last == 0 else { throw .tooManyDecimals }
            digits.removeLast()
            scale += 1
            if digits.isEmpty { return 0 }
        }
        var result: Int64 = 0
        for digit in digits {
            let (shifted, overflowA) = result.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = shifted.addingReportingOverflow(Int64(digit))
            if overflowA || overflowB { throw .overflow }
            result = next
        }
        for _ in 0..<scale {
            let (shifted, overflow) = result.multipliedReportingOverflow(by: 10)
            if overflow { throw .overflow }
            result = shifted
        }
        return negative ? -result : result
    }
}
