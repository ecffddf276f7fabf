/// A JSON number kept as the exact text that was sent.
///
/// An id such as `12345678901234567890` or an amount such as `1.50` is echoed as written, and
/// conversions are exact: `int64` and `scaledInteger(decimals:)` answer nil rather than round, so
/// money never passes through binary floating point.
public struct JSONNumber: Hashable, Sendable, CustomStringConvertible {
    /// The number's text, valid RFC 8259 number syntax.
    public let text: String

    /// Wraps text already known to be valid number syntax (the parser's output).
    package init(validatedText text: String) {
        self.text = text
    }

    public init(_ value: Int64) {
        self.text = String(value)
    }

    public init(_ value: Int) {
        self.text = String(value)
    }

    /// A finite double in its shortest round-trip form; non-finite values become 0 (JSON has none).
    public init(_ value: Double) {
        guard value.isFinite else {
            self.text = "0"
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            self.text = String(Int64(value))
        } else {
            self.text = "\(value)"
        }
    }

    /// An exact decimal `units / 10^decimals`, e.g. minor units 150 with 2 decimals is `1.50`.
    public init(units: Int64, decimals: Int) {
        guard decimals > 0 else {
            self.text = String(units)
            return
        }
        let magnitude = units.magnitude
        var digits = String(magnitude)
        if digits.count <= decimals {
            digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
        }
        let split = digits.index(digits.endIndex, offsetBy: -decimals)
        self.text = (units < 0 ? "-" : "") + digits[..<split] + "." + digits[split...]
    }

    public var description: String { text }

    /// True when the text has no fraction or exponent part.
    public var isInteger: Bool {
        !text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    /// The value as Int64 when it is exactly an integer in range (`3`, `3.0` and `3e0` all are).
    public var int64: Int64? { scaledInteger(decimals: 0) }

    public var double: Double { Double(text) ?? .nan }

    /// The value × 10^decimals as an exact Int64, or nil when that is not an integer or overflows.
    /// `1.50` with 2 decimals is 150; `1.505` with 2 decimals is nil.
    public func scaledInteger(decimals: Int) -> Int64? {
        let parts = DecimalParts(text)
        // value = digits × 10^(exponent + decimals)
        let shift = parts.exponent + decimals
        var digits = parts.digits
        if shift < 0 {
            let dropped = min(-shift, digits.count)
            guard digits.suffix(dropped).allSatisfy({ $0 == 0 }) else { return nil }
            guard -shift <= digits.count || digits.allSatisfy({ $0 == 0 }) else { return nil }
            digits.removeLast(dropped)
        }
        // Accumulate with the final sign so Int64.min, whose magnitude has no positive twin, fits.
        let sign: Int64 = parts.negative ? -1 : 1
        var result: Int64 = 0
        for digit in digits {
            let (times, overflow1) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(sign * Int64(digit))
            if overflow1 || overflow2 { return nil }
            result = sum
        }
        if shift > 0 && result != 0 {
            for _ in 0..<shift {
                let (times, overflow) = result.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                result = times
            }
        }
        return result
    }
}

/// A number's text split into sign, significant digits and a power of ten.
private struct DecimalParts {
    var negative = false
    var digits: [UInt8] = []
    var exponent = 0

    init(_ text: String) {
        var fractionDigits = 0
        var inFraction = false
        var exponentText = ""
        var inExponent = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-") where !inExponent: negative = true
            case UInt8(ascii: "."): inFraction = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "0")...UInt8(ascii: "9") where !inExponent:
                if digits.isEmpty && byte == UInt8(ascii: "0") {
                    if inFraction { fractionDigits += 1 }
                    continue
                }
                digits.append(byte - UInt8(ascii: "0"))
                if inFraction { fractionDigits += 1 }
            default:
                if inExponent { exponentText.append(Character(UnicodeScalar(byte))) }
            }
        }
        // Exponents beyond any Int64 are clamped; such values never convert exactly anyway.
        let explicit = Int(exponentText.count > 6 ? (exponentText.hasPrefix("-") ? "-999999" : "999999") : exponentText) ?? 0
        exponent = explicit - fractionDigits
    }
}
