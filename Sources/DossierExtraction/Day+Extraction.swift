import DossierModel

extension Day {
    /// The day `days` later (earlier when negative), or nil outside years 1–9998: a document dated
    /// at the edge of the calendar must not crash date resolution.
    func shifted(by days: Int) -> Day? {
        adding(days: days).flatMap { $0.year <= 9998 ? $0 : nil }
    }
}
