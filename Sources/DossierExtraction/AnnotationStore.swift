import DossierModel

/// Extraction's results kept beside the corpus model (`ModelStore.attachment`), so a later process
/// answers `entities`, `quotes`, `timeline` … without extracting again. Keyed by the corpus content
/// and the analyser key (which covers the extraction sources). Only uncurated, un-redated results
/// are stored.
public enum AnnotationStore {
    static let name = "annot"

    /// The stored annotations of `corpus`, or nil.
    public static func read(for corpus: Corpus) -> Annotations? {
        guard let store = corpus.store, let bytes = store.attachment(name, fingerprint: corpus.fingerprint) else { return nil }
        return AnnotationCodec.decode(bytes, for: corpus)
    }

    /// Stores `annotations` for `corpus` (when it was opened through a store).
    public static func write(_ annotations: Annotations, for corpus: Corpus) {
        guard let store = corpus.store else { return }
        store.attach(name, bytes: AnnotationCodec.encode(annotations), fingerprint: corpus.fingerprint)
    }

    /// The stored annotations, or a fresh extraction (then stored, unless it was cancelled).
    public static func annotations(for corpus: Corpus, cancellation: Cancellation? = nil) -> Annotations {
        if let a = read(for: corpus) { return a }
        let a = Extractor.extract(corpus: corpus, cancellation: cancellation)
        if cancellation?.isCancelled != true { write(a, for: corpus) }
        return a
    }
}
