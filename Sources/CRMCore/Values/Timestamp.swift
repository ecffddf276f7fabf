/// An instant: milliseconds since 1970-01-01T00:00:00Z.
///
/// Written and read as RFC 3339 UTC (`2026-11-22T09:00:00Z`, with `.sss` only when the milliseconds are
/// not zero) by hand, because record lists serialise many of these and Foundation's formatters are slow
/// and locale-sensitive.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var milliseconds: Int64

    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    public static let millisecondsPerDay: Int64 = 86_400_000

    /// The instant at UTC midnight starting `day`.
    public init(day: Day) {
        self.milliseconds = Int64(day.daysSinceEpoch) * Timestamp.millisecondsPerDay
    }

    /// Parses RFC 3339 (`Z` or a `±HH:MM` offset; fractions beyond milliseconds are truncated).
    public init?(rfc3339 text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20,
              let year = ASCIIDigits.number(bytes, 0, 4), bytes[4] == 0x2D,
              let month = ASCIIDigits.number(bytes, 5, 2), bytes[7] == 0x2D,
              let day = ASCIIDigits.number(bytes, 8, 2),
              bytes[10] == 0x54 || bytes[10] == 0x74,
              let hour = ASCIIDigits.number(bytes, 11, 2), bytes[13] == 0x3A,
              let minute = ASCIIDigits.number(bytes, 14, 2), bytes[16] == 0x3A,
              let second = ASCIIDigits.number(bytes, 17, 2),
              (1...12).contains(month), day >= 1, day <= CivilCalendar.daysInMonth(year: year, month: month),
              hour < 24, minute < 60, second < 60
        else { return nil }
        var index = 19
        var millis = 0
        if bytes[index] == 0x2E {
            index += 1
            var digitCount = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                if digitCount < 3 { millis = millis * 10 + Int(bytes[index] - 0x30) }
                digitCount += 1
                index += 1
            }
            guard digitCount > 0 else { return nil }
            for _ in digitCount..<max(digitCount, 3) { millis *= 10 }
        }
        guard index < bytes.count else { return nil }
        var offsetMinutes = 0
        switch bytes[index] {
        case 0x5A, 0x7A:
            guard index + 1 == bytes.count else { return nil }
        case 0x2B, 0x2D:
            guard index + 6 == bytes.count,
                  let offsetHours = ASCIIDigits.number(bytes, index + 1, 2), bytes[index + 3] == 0x3A,
                  let offsetMins = ASCIIDigits.number(bytes, index + 4, 2), offsetHours < 24, offsetMins < 60
            else { return nil }
            offsetMinutes = (offsetHours * 60 + offsetMins) * (bytes[index] == 0x2D ? -1 : 1)
        default:
            return nil
        }
        let days = Int64(CivilCalendar.days(year: year, month: month, day: day))
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetMinutes * 60)
        self.milliseconds = seconds * 1000 + Int64(millis)
    }

    /// `2026-11-22T09:00:00Z`, or `2026-11-22T09:00:00.250Z` when there are milliseconds.
    public var rfc3339: String {
        let (days, millisOfDay) = CivilCalendar.floorDivide(milliseconds, Timestamp.millisecondsPerDay)
        let date = CivilCalendar.date(days: Int(days))
        let seconds = Int(millisOfDay / 1000)
        let millis = Int(millisOfDay % 1000)
        var text = ""
        text.reserveCapacity(24)
        ASCIIDigits.append(date.year, width: 4, to: &text)
        text.append("-")
        ASCIIDigits.append(date.month, width: 2, to: &text)
        text.append("-")
        ASCIIDigits.append(date.day, width: 2, to: &text)
        text.append("T")
        ASCIIDigits.append(seconds / 3600, width: 2, to: &text)
        text.append(":")
        ASCIIDigits.append(seconds / 60 % 60, width: 2, to: &text)
        text.append(":")
        ASCIIDigits.append(seconds % 60, width: 2, to: &text)
        if millis != 0 {
            text.append(".")
            ASCIIDigits.append(millis, width: 3, to: &text)
        }
        text.append("Z")
        return text
    }

    public var description: String { rfc3339 }

    /// The UTC calendar day containing this instant.
    public var utcDay: Day {
        let days = CivilCalendar.floorDivide(milliseconds, Timestamp.millisecondsPerDay).quotient
        return Day(daysSinceEpoch: Int(days))
    }

    public func adding(milliseconds delta: Int64) -> Timestamp {
        Timestamp(milliseconds: milliseconds &+ delta)
    }

    public func adding(days: Int) -> Timestamp {
        adding(milliseconds: Int64(days) * Timestamp.millisecondsPerDay)
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }
}
