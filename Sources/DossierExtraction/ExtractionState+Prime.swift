import DossierModel

extension ExtractionState {
    /// Installs annotations extracted elsewhere (a background warm-up) for `corpus`, when they are
    /// what `annotations(for:)` would compute now: same corpus, no `redate` in effect. Returns
    /// whether they were taken.
    @discardableResult
    public mutating func prime(_ annotations: Annotations, for corpus: Corpus) -> Bool {
        guard raw == nil, dateOverrides.isEmpty else { return false }
        raw = annotations
        rawKey = CorpusKey(corpus, overrides: [:])
        curated = nil
        return true
    }

    /// Whether annotations are already computed (so an extraction verb will answer at once).
    public var isWarm: Bool { raw != nil }
}
