import Testing
import DossierTestSupport
@testable import DossierModel

@Suite struct DayTests {
    @Test func parsesAndFormatsISO() {
        #expect(Day(iso: "2024-03-01")?.iso == "2024-03-01")
        #expect(Day(iso: "2024-02-30") == nil)
        #expect(Day(iso: "2024-3-1") == nil)
    }
    @Test func ordinalRoundTrips() {
        for text in ["0001-01-01", "2000-02-29", "2024-03-13", "2023-12-31"] {
            let d = Day(iso: text)!
            #expect(Day(ordinal: d.ordinal) == d)
        }
        #expect(Day(iso: "2024-03-13")!.weekday == 2)  // a Wednesday
    }
}

@Suite struct DayEdgeTests {
    @Test func extremesDoNotCrash() {
        #expect(Day(ordinal: Day(iso: "9999-12-31")!.ordinal).iso == "9999-12-31")
        #expect(Day(ordinal: Int.max / 2).iso == "9999-12-31")
        #expect(Day(ordinal: -5).iso == "0001-01-01")
        #expect(Day(iso: "9999-12-31")!.adding(days: 10) == nil)  // out-of-range dates are errors, never clamped
        #expect(Day(iso: "9999-12-30")!.adding(days: 1)?.iso == "9999-12-31")
    }

    /// Calendar order by fields is the order of the day counts, across months, leap days and years.
    @Test func fieldOrderIsOrdinalOrder() {
        var rng = SplitMix64(state: 7)
        let days = (0..<2_000).map { _ in Day(ordinal: Int(rng.next() % UInt64(Day.maxOrdinal + 1))) }
            + [Day(year: 2024, month: 2, day: 29)!, Day(year: 2024, month: 3, day: 1)!, Day(year: 2023, month: 12, day: 31)!]
        for (a, b) in zip(days, days.dropFirst()) {
            #expect((a < b) == (a.ordinal < b.ordinal), "\(a) \(b)")
            #expect((b < a) == (b.ordinal < a.ordinal), "\(b) \(a)")
        }
    }
}
