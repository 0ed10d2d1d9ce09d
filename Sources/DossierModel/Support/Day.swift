/// A calendar day (proleptic Gregorian), the engine's only notion of date. No clock, no time zone.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day when the fields form a real calendar date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    /// Calendar order: by year, month, day (the same as by `ordinal`, every `Day` being a real date,
    /// without counting the days; a sort of a large timeline compares often).
    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 0001-01-01 (day 0).
    public var ordinal: Int {
        let y = year - 1
        var n = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { n += Day.daysIn(month: m, year: year) }
        return n + day - 1
    }

    /// The day from an ordinal (inverse of `ordinal`), clamped to 0001-01-01 … 9999-12-31.
    public init(ordinal: Int) {
        let n = min(max(0, ordinal), Day.maxOrdinal)
        var y = max(1, n / 366)
        while y < 9999, Day.yearStart(y + 1) <= n { y += 1 }
        var rest = n - Day.yearStart(y)
        var m = 1
        while m < 12, rest >= Day.daysIn(month: m, year: y) {
            rest -= Day.daysIn(month: m, year: y)
            m += 1
        }
        self.year = y
        self.month = m
        self.day = rest + 1
    }

    /// The ordinal of January 1 of `y`.
    static func yearStart(_ y: Int) -> Int {
        let p = y - 1
        return p * 365 + p / 4 - p / 100 + p / 400
    }

    public static let maxOrdinal = yearStart(9999) + 364

    /// The day from an ordinal, nil outside 0001-01-01 … 9999-12-31 (never clamped).
    public init?(exactOrdinal: Int) {
        guard (0...Day.maxOrdinal).contains(exactOrdinal) else { return nil }
        self.init(ordinal: exactOrdinal)
    }

    /// The day `days` later (earlier when negative), nil when that leaves years 1–9999.
    public func adding(days: Int) -> Day? {
        let (o, overflow) = ordinal.addingReportingOverflow(days)
        return overflow ? nil : Day(exactOrdinal: o)
    }

    /// The range of days the calendar holds, for diagnostics that name it.
    public static let rangeText = "0001-01-01 … 9999-12-31"

    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int { ordinal % 7 }
}
