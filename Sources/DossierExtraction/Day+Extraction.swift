import DossierModel

extension Day {
    /// The first ordinal `Day(ordinal:)` cannot safely produce (it probes the following year).
    static let extractionOrdinalLimit = Day(year: 9998, month: 12, day: 31).map { $0.ordinal + 1 } ?? 0

    /// The day `days` later (earlier when negative), or nil outside years 1–9998: a document dated
    /// at the edge of the calendar must not crash date resolution.
    func shifted(by days: Int) -> Day? {
        let o = ordinal + days
        guard o >= 0, o < Day.extractionOrdinalLimit else { return nil }
        return Day(ordinal: o)
    }
}
