/// Read access to one finished analysis, document by document, for merging analyses: a corpus
/// opened from its model, or a fresh analysis of the files that changed.
struct AnalysisSlices {
    var lexicon: Lexicon
    var tokenStart: [UInt32]
    var tokenEnd: [UInt32]
    var tokenTerm: [UInt32]
    var tokenFlags: [UInt8]
    var docTokenStart: [Int]
    var sentenceTokenStart: [UInt32]
    var docSentenceStart: [Int]
    var partToken: [UInt32]
    var partTerm: [UInt32]
    /// Per document: its sentences (bytes) and word count.
    var sentenceBytes: [[Range<Int>]]
    var sentenceFlags: [[UInt8]]
    var wordCounts: [Int]

    init(_ a: Analysis) {
        lexicon = a.lexicon
        tokenStart = a.tokenStart
        tokenEnd = a.tokenEnd
        tokenTerm = a.tokenTerm
        tokenFlags = a.tokenFlags
        docTokenStart = a.docTokenStart
        sentenceTokenStart = a.sentenceTokenStart
        docSentenceStart = a.docSentenceStart
        partToken = a.index.partToken
        partTerm = a.index.partTerm
        sentenceBytes = a.sentenceBytes
        sentenceFlags = a.sentenceFlags
        wordCounts = a.wordCounts
    }

    init(_ c: Corpus) {
        lexicon = c.lexicon
        tokenStart = c.tokenStart
        tokenEnd = c.tokenEnd
        tokenTerm = c.tokenTerm
        tokenFlags = c.tokenFlags
        docTokenStart = c.docTokenStart
        sentenceTokenStart = c.sentenceTokenStart
        docSentenceStart = c.docSentenceStart
        partToken = c.index.partToken
        partTerm = c.index.partTerm
        sentenceBytes = c.documents.map(\.sentences)
        sentenceFlags = c.documents.map(\.sentenceFlags)
        wordCounts = c.documents.map(\.wordCount)
    }
}
