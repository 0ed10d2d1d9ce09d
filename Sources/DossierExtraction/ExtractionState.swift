import DossierModel

/// One curation step, recorded in the session so notebooks replay it.
public enum Curation: Sendable, Hashable {
    /// `alias "A" = "B"`: A is another name of B.
    case alias(String, String)
    /// `retype "NAME" TYPE`.
    case retype(String, EntityType)
    /// `ignore "NAME"`: drop the entity and its mentions.
    case ignore(String)
    /// `ignore r"RE"`: drop every entity whose name the regular expression matches (a search, case-sensitive).
    case ignoreMatching(String)
    /// `unalias "FORM"`: the mentions written FORM leave their entity and become an entity of their own.
    case unalias(String)
    /// `split "NAME"`: every form of the entity (name, aliases, misspellings) becomes an entity of its own.
    case split(String)
    /// `redate DOC DATE`: the document's date (by index) for resolving dates.
    case redate(Int, Day)
}

/// Extraction results for the session's corpus, computed on first use and cached, and the
/// curation applied to them.
public struct ExtractionState: Sendable {
    public private(set) var curations: [Curation] = []
    var raw: Annotations?
    var curated: Annotations?
    var rawKey: CorpusKey?

    struct CorpusKey: Hashable, Sendable {
        var name: String
        var fingerprint: String
        var ids: [String]
        var sizes: [Int]
        var overrides: [Int: Day]

        init(_ corpus: Corpus, overrides: [Int: Day]) {
            name = corpus.name
            fingerprint = corpus.fingerprint
            ids = corpus.documents.map(\.id)
            sizes = corpus.documents.map(\.textByteCount)
            self.overrides = overrides
        }
    }

    public init() {}

    var dateOverrides: [Int: Day] {
        var d: [Int: Day] = [:]
        for c in curations { if case .redate(let i, let day) = c { d[i] = day } }
        return d
    }

    /// The curated annotations for `corpus`, extracting on first use or when the corpus changed.
    /// With `cancellation` requested, extraction stops early and returns nothing, caching nothing.
    public mutating func annotations(for corpus: Corpus, cancellation: Cancellation? = nil) -> Annotations {
        let key = CorpusKey(corpus, overrides: dateOverrides)
        if key != rawKey || raw == nil {
            let extracted = key.overrides.isEmpty
                ? AnnotationStore.annotations(for: corpus, cancellation: cancellation)
                : Extractor.extract(corpus: corpus, dateOverrides: key.overrides, cancellation: cancellation)
            if cancellation?.isCancelled == true { return .empty }
            raw = extracted
            rawKey = key
            curated = nil
        }
        if let c = curated { return c }
        let c = Curator.apply(curations, to: raw ?? .empty)
        curated = c
        return c
    }

    /// Keeps what `other` (a copy that ran a statement which then failed) extracted, without its
    /// curation: the raw annotations are keyed by corpus and date overrides, so they stay valid.
    public mutating func adoptCache(of other: ExtractionState) {
        guard other.raw != nil, other.rawKey != rawKey || raw == nil else { return }
        raw = other.raw
        rawKey = other.rawKey
        curated = other.curations == curations ? other.curated : nil
    }

    /// Records a curation step; later answers reflect it.
    public mutating func record(_ c: Curation) {
        curations.append(c)
        curated = nil
    }
}
