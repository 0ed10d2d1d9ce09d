/// Extraction results for the session's corpus, computed on first use, and the curation applied to them.
/// (Placeholder: owned by the extraction work.)
public struct ExtractionState: Sendable {
    public init() {}
}
