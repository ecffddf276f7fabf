import Foundation

/// Cuts time into fiscal quarters and months in the configured time zone.
public struct FiscalCalendar: Sendable {
    public let startMonth: Int
    public let timeZone: TimeZone

    public init(startMonth: Int = 1, timeZone: TimeZone = TimeZone(secondsFromGMT: 0) ?? .current) {
        self.startMonth = (1...12).contains(startMonth) ? startMonth : 1
        self.timeZone = timeZone
    }

    /// The calendar of the instance settings (an unknown zone falls back to UTC; settings validate it).
    public init(settings: Settings) {
        let zone = TimeZone(identifier: settings.timezone) ?? TimeZone(secondsFromGMT: 0) ?? .current
        self.init(startMonth: settings.fiscalYearStartMonth, timeZone: zone)
    }

    /// The fiscal quarter containing an instant.
    public func quarter(containing instant: Timestamp) -> FiscalQuarter {
        let local = localDate(instant)
        let fiscalYear = local.month >= startMonth ? local.year : local.year - 1
        let monthIndex = (local.month - startMonth + 12) % 12
        return FiscalQuarter(uncheckedYear: fiscalYear, quarter: monthIndex / 3 + 1)
    }

    /// [start, end) of a fiscal quarter as instants.
    public func bounds(of quarter: FiscalQuarter) -> Range<Timestamp> {
        let first = month(fiscalYear: quarter.fiscalYear, offset: (quarter.quarter - 1) * 3)
        let next = month(fiscalYear: quarter.fiscalYear, offset: quarter.quarter * 3)
        return startOfMonth(first.year, first.month)..<startOfMonth(next.year, next.month)
    }

    /// [start, end) of a calendar month as instants.
    public func bounds(year: Int, month: Int) -> Range<Timestamp> {
        let nextYear = month == 12 ? year + 1 : year
        let nextMonth = month == 12 ? 1 : month + 1
        return startOfMonth(year, month)..<startOfMonth(nextYear, nextMonth)
    }

    /// The calendar months (year, month) a fiscal quarter covers.
    func months(of quarter: FiscalQuarter) -> [(year: Int, month: Int)] {
        (0..<3).map { month(fiscalYear: quarter.fiscalYear, offset: (quarter.quarter - 1) * 3 + $0) }
    }

    private func month(fiscalYear: Int, offset: Int) -> (year: Int, month: Int) {
        let index = (startMonth - 1) + offset
        return (fiscalYear + index / 12, index % 12 + 1)
    }

    /// The local calendar date of an instant.
    func localDate(_ instant: Timestamp) -> (year: Int, month: Int, day: Int) {
        let shifted = instant.milliseconds + Int64(offsetSeconds(at: instant)) * 1000
        let days = CivilCalendar.floorDivide(shifted, Timestamp.millisecondsPerDay).quotient
        return CivilCalendar.date(days: Int(days))
    }

    /// Local midnight of the first of a month, as an instant (offset re-checked once for DST edges).
    private func startOfMonth(_ year: Int, _ month: Int) -> Timestamp {
        let localMillis = Int64(CivilCalendar.days(year: year, month: month, day: 1)) * Timestamp.millisecondsPerDay
        let guess = Timestamp(milliseconds: localMillis - Int64(offsetSeconds(at: Timestamp(milliseconds: localMillis))) * 1000)
        return Timestamp(milliseconds: localMillis - Int64(offsetSeconds(at: guess)) * 1000)
    }

    private func offsetSeconds(at instant: Timestamp) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant.milliseconds) / 1000))
    }
}
