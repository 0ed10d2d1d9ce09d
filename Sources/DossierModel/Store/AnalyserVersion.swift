/// The version of everything that decides what a stored model holds: parsing, tokenizing, sentence
/// splitting, folding, indexing, extraction, and the model's sections. Models are keyed by it.
///
/// `sourcesDigest` is SHA-256 over the analyser's sources: every file under Sources/DossierModel and
/// Sources/DossierExtraction but this one, combined like a corpus fingerprint (see `AnalyserVersionTests`). That
/// test fails when those files change and this digest does not, and prints the digest to record; the
/// key includes the digest, so recording it is what invalidates every cached model. Bump `number` too
/// when the stored data changes meaning, so the key stays readable.
public enum AnalyserVersion {
    public static let number = 3
    public static let sourcesDigest = "163cb540e64e035df0501511159998e6c650e76716b642e10e9d4e7725b77b38"

    /// The key models are stored under and checked against: at most 32 ASCII bytes.
    public static var key: String { "v\(number)-" + sourcesDigest.prefix(24) }
}
