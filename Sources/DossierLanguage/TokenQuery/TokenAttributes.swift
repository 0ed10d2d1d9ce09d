import DossierModel
/// The per-token attributes a token query reads, as flat id arrays over small vocabularies. The matcher
/// is written against this protocol only, so the corpus model can add lemmas and part-of-speech tags
/// without the matcher changing.
public protocol TokenAttributes: Sendable {
    /// Tokens in the corpus (global numbering, document order).
    var tokenCount: Int { get }
    /// Global sentence boundaries in tokens (count = sentences + 1).
    var sentenceStarts: [UInt32] { get }
    /// Per document, its first token (count = documents + 1).
    var documentStarts: [Int] { get }

    /// The token's case-folded form, as an id into `lowerVocabulary`.
    func lowerID(_ token: Int) -> UInt32
    var lowerVocabulary: [String] { get }

    /// The token's lemma, as an id into `lemmaVocabulary`.
    func lemmaID(_ token: Int) -> UInt32
    var lemmaVocabulary: [String] { get }

    /// The token's universal part-of-speech tag, as an id into `posTags`; nil when untagged.
    func posID(_ token: Int) -> UInt8?
    /// The tag set, or nil when this corpus model has no part-of-speech tags.
    var posTags: [String]? { get }

    /// The token exactly as written.
    func word(_ token: Int) -> String
}

/// The attributes the corpus model has today: lemma falls back to the case-folded word and there are
/// no part-of-speech tags (`pos` tests are a diagnostic).
public struct CorpusTokenAttributes: TokenAttributes {
    public let corpus: Corpus
    public let lowerVocabulary: [String]

    public init(_ corpus: Corpus) {
        self.corpus = corpus
        self.lowerVocabulary = (0..<corpus.lexicon.count).map { corpus.lexicon.term($0) }
    }

    public var tokenCount: Int { corpus.tokenCount }
    public var sentenceStarts: [UInt32] { corpus.sentenceTokenStart }
    public var documentStarts: [Int] { corpus.docTokenStart }
    public func lowerID(_ token: Int) -> UInt32 { corpus.tokenTerm[token] }
    public func lemmaID(_ token: Int) -> UInt32 { corpus.tokenTerm[token] }
    public var lemmaVocabulary: [String] { lowerVocabulary }
    public func posID(_ token: Int) -> UInt8? { nil }
    public var posTags: [String]? { nil }

    public func word(_ token: Int) -> String {
        corpus.tokenText(token, in: corpus.document(ofToken: token))
    }
}
