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
        var text = text
        guard let parsed = text.withUTF8({ Timestamp(rfc3339Bytes: $0) }) else { return nil }
        self = parsed
    }

    /// `2026-11-22T09:00:00Z`, or `2026-11-22T09:00:00.250Z` when there are milliseconds.
    public var rfc3339: String {
        String(unsafeUninitializedCapacity: Timestamp.maximumRFC3339Length) { buffer in writeRFC3339(into: buffer) }
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
