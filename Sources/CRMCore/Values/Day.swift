/// A calendar date without time (`closeDate`), written `YYYY-MM-DD`. Always a real date.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A validated date; nil for `2026-02-30` and friends.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilCalendar.daysInMonth(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
              let year = ASCIIDigits.number(bytes, 0, 4),
              let month = ASCIIDigits.number(bytes, 5, 2),
              let day = ASCIIDigits.number(bytes, 8, 2) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    init(daysSinceEpoch: Int) {
        let date = CivilCalendar.date(days: daysSinceEpoch)
        self.year = date.year
        self.month = date.month
        self.day = date.day
    }

    public var daysSinceEpoch: Int { CivilCalendar.days(year: year, month: month, day: day) }

    public var description: String {
        var text = ""
        ASCIIDigits.append(year, width: 4, to: &text)
        text.append("-")
        ASCIIDigits.append(month, width: 2, to: &text)
        text.append("-")
        ASCIIDigits.append(day, width: 2, to: &text)
        return text
    }

    public func adding(days: Int) -> Day {
        Day(daysSinceEpoch: daysSinceEpoch + days)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
