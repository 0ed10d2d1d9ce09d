/// What `dossier-bench` times on its own, beside its peers: the same code the model is built with.
extension Analyzer {
    /// Tokenizes and indexes `texts` (tokens, sentences, lexicon, boilerplate, postings) without the
    /// tagger: the step tantivy's indexing is compared with. Returns the token count.
    package static func tokenizeAndIndex(texts: [String]) -> Int {
        analyse(texts: texts, tagging: false).tokenTerm.count
    }

    /// The whole analysis of `texts`, POS tags and lemmas included. Returns the token count.
    package static func analyseAll(texts: [String]) -> Int {
        analyse(texts: texts).tokenTerm.count
    }
}
