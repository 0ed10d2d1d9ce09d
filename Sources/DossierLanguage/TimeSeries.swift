import DossierModel
import DossierExtraction

/// Buckets dated values into a continuous series (empty buckets included) for `chart by date`.
public enum TimeSeries {
    public enum Interval: String, Sendable, CaseIterable {
        case day, week, month, year
    }

    /// The interval for a span of days: days up to two months, weeks up to a year, months up to ten
    /// years, then years (so a series stays under about 120 buckets).
    public static func interval(forSpan days: Int) -> Interval {
        if days <= 62 { return .day }
        if days <= 366 { return .week }
        if days <= 3660 { return .month }
        return .year
    }

    /// The first day of the bucket holding `day` (weeks start on Monday).
    public static func bucketStart(_ day: Day, _ interval: Interval) -> Day {
        switch interval {
        case .day: return day
        case .week: return safeDay(ordinal: day.ordinal - day.weekday) ?? day
        case .month: return Day(year: day.year, month: day.month, day: 1) ?? day
        case .year: return Day(year: day.year, month: 1, day: 1) ?? day
        }
    }

    /// The first day of the bucket after the one starting at `start`.
    static func next(_ start: Day, _ interval: Interval) -> Day {
        switch interval {
        case .day: return safeDay(ordinal: start.ordinal + 1) ?? start
        case .week: return safeDay(ordinal: start.ordinal + 7) ?? start
        case .month:
            return (start.month == 12 ? Day(year: start.year + 1, month: 1, day: 1)
                : Day(year: start.year, month: start.month + 1, day: 1)) ?? start
        case .year: return Day(year: start.year + 1, month: 1, day: 1) ?? start
        }
    }

    /// A bucket's label: the day or week's first day as `YYYY-MM-DD`, `YYYY-MM`, or `YYYY`.
    public static func label(_ start: Day, _ interval: Interval) -> String {
        switch interval {
        case .day, .week: return start.iso
        case .month: return String(start.iso.prefix(7))
        case .year: return String(start.iso.prefix(4))
        }
    }

    /// Sums of `values` per bucket from the first to the last date, in date order, empty buckets as 0.
    /// `interval` nil chooses by the span. Returns the interval used.
    public static func buckets(_ values: [(Day, Double)], interval: Interval?) -> (Interval, [Chart.Bar]) {
        guard let first = values.map(\.0).min(), let last = values.map(\.0).max() else {
            return (interval ?? .day, [])
        }
        let every = interval ?? self.interval(forSpan: last.ordinal - first.ordinal)
        var sums: [Int: Double] = [:]
        for (day, v) in values { sums[bucketStart(day, every).ordinal, default: 0] += v }
        var bars: [Chart.Bar] = []
        var start = bucketStart(first, every)
        let end = bucketStart(last, every)
        // Stop at the last bucket before stepping, so a date in 9999 never steps past the calendar.
        while bars.count < 100_000 {
            bars.append(Chart.Bar(label: label(start, every), value: sums[start.ordinal] ?? 0))
            let following = next(start, every)
            if start >= end || following <= start { break }
            start = following
        }
        return (every, bars)
    }

    /// The day for an ordinal, nil outside years 1…9999. (`Day(ordinal:)` traps for days in 9999.)
    static func safeDay(ordinal: Int) -> Day? {
        guard ordinal >= 0, let last = Day(year: 9999, month: 12, day: 31), ordinal <= last.ordinal,
            let lastYear = Day(year: 9999, month: 1, day: 1)
        else { return nil }
        guard ordinal >= lastYear.ordinal else { return Day(ordinal: ordinal) }
        var rest = ordinal - lastYear.ordinal
        var month = 1
        while month < 12, rest >= Day.daysIn(month: month, year: 9999) {
            rest -= Day.daysIn(month: month, year: 9999)
            month += 1
        }
        return Day(year: 9999, month: month, day: rest + 1)
    }
}
