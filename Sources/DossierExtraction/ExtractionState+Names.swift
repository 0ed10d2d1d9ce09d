import DossierModel

extension ExtractionState {
    /// Entity names of the annotations already computed (curation applied), without extracting:
    /// for completion, which must stay instant.
    public var cachedEntityNames: [String]? {
        (curated ?? raw).map(Self.names(of:))
    }

    /// Every entity's name and aliases (so `Net` completes to `Netanyahu`), sorted, unique.
    public static func names(of a: Annotations) -> [String] {
        Array(Set(a.entities.flatMap { [$0.name] + $0.aliases })).sorted()
    }
}
