/// A fiscal quarter, written `2026-Q4`. Fiscal year N starts in the configured start month of
/// calendar year N (with the default January start, fiscal and calendar quarters coincide).
public struct FiscalQuarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let fiscalYear: Int
    /// 1...4
    public let quarter: Int

    public init?(fiscalYear: Int, quarter: Int) {
        guard (1...9998).contains(fiscalYear), (1...4).contains(quarter) else { return nil }
        self.fiscalYear = fiscalYear
        self.quarter = quarter
    }

    /// Parses `2026-Q4` (a lower-case `q` is accepted).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == 0x2D, bytes[5] == 0x51 || bytes[5] == 0x71,
              let year = ASCIIDigits.number(bytes, 0, 4), let quarter = ASCIIDigits.number(bytes, 6, 1)
        else { return nil }
        self.init(fiscalYear: year, quarter: quarter)
    }

    public var description: String {
        var text = ""
        ASCIIDigits.append(fiscalYear, width: 4, to: &text)
        return text + "-Q\(quarter)"
    }

    /// The quarter `count` quarters later (negative: earlier).
    public func advanced(by count: Int) -> FiscalQuarter {
        let index = fiscalYear * 4 + (quarter - 1) + count
        return FiscalQuarter(uncheckedYear: index / 4, quarter: index % 4 + 1)
    }

    /// For arithmetic that always yields a valid quarter.
    init(uncheckedYear: Int, quarter: Int) {
        self.fiscalYear = uncheckedYear
        self.quarter = quarter
    }

    public static func < (lhs: FiscalQuarter, rhs: FiscalQuarter) -> Bool {
        (lhs.fiscalYear, lhs.quarter) < (rhs.fiscalYear, rhs.quarter)
    }
}
