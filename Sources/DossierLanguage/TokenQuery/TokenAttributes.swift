import DossierModel
/// The per-token attributes a token query reads: flat integer-id arrays over lexicons. The matcher
/// is written against this protocol only; it resolves a query's literal values to ids once and
/// compares ids per token.
public protocol TokenAttributes: Sendable {
    /// Tokens in the corpus (global numbering, document order).
    var tokenCount: Int { get }
    /// Global sentence boundaries in tokens (count = sentences + 1).
    var sentenceStarts: [UInt32] { get }
    /// Per document, its first token (count = documents + 1).
    var documentStarts: [Int] { get }

    /// Per token, its case-folded form as an id into `lowerLexicon`.
    var lowerIDs: FlatArray<UInt32> { get }
    var lowerLexicon: Lexicon { get }

    /// Whether `lemmaIDs` and `posIDs` hold one entry per token.
    var tagging: TokenTagging { get }
    /// Per token, its lemma (case-folded) as an id into `lemmaLexicon`.
    var lemmaIDs: FlatArray<UInt32> { get }
    var lemmaLexicon: Lexicon { get }
    /// Per token, its universal part-of-speech tag (`UniversalPOS` raw value).
    var posIDs: FlatArray<UInt8> { get }

    /// The token exactly as written.
    func word(_ token: Int) -> String
}

/// The attributes of the corpus model: case-folded words, and the tagger's lemmas and universal
/// part-of-speech tags stored per token at ingest.
public struct CorpusTokenAttributes: TokenAttributes {
    public let corpus: Corpus
    public let tagging: TokenTagging

    public init(_ corpus: Corpus) {
        self.corpus = corpus
        let n = corpus.tokenCount
        if n == 0 {
            tagging = .emptyCorpus
        } else if corpus.tokenPOS.count == n, corpus.tokenLemma.count == n {
            tagging = .tagged
        } else {
            tagging = .untagged
        }
    }

    public var tokenCount: Int { corpus.tokenCount }
    public var sentenceStarts: [UInt32] { corpus.sentenceTokenStart }
    public var documentStarts: [Int] { corpus.docTokenStart }
    public var lowerIDs: FlatArray<UInt32> { corpus.tokenTerm }
    public var lowerLexicon: Lexicon { corpus.lexicon }
    public var lemmaIDs: FlatArray<UInt32> { tagging == .tagged ? corpus.tokenLemma : [] }
    public var lemmaLexicon: Lexicon { corpus.lemmas }
    public var posIDs: FlatArray<UInt8> { tagging == .tagged ? corpus.tokenPOS : [] }

    public func word(_ token: Int) -> String {
        corpus.tokenText(token, in: corpus.document(ofToken: token))
    }
}
