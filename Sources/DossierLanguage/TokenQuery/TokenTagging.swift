/// Whether a corpus model carries the tagger's per-token attributes (lemmas and universal
/// part-of-speech tags). Every model built at ingest is tagged; an empty corpus has nothing to tag,
/// and a model assembled without the tagger (a hand-built one) has no tags.
public enum TokenTagging: Sendable, Hashable {
    case tagged
    case emptyCorpus
    case untagged

    /// Why `what` ("part-of-speech tags", "lemmas") cannot be read, or nil when it can.
    public func missing(_ what: String) -> String? {
        switch self {
        case .tagged: nil
        case .emptyCorpus: "this corpus is empty: it has no \(what)"
        case .untagged: "this corpus model has no \(what)"
        }
    }
}
