import Foundation

/// One document of the corpus.
public struct CorpusDocument: Sendable {
    /// The file's path in the corpus without extension (for .jsonl/.json/.csv: the id field, else `file/rowN`).
    public var id: String
    public var title: String
    public var date: Day?
    /// Further metadata (source, url, ...), in a stable order.
    public var metadata: [(name: String, value: String)]
    /// The body text (front matter and date line removed). A corpus opened from its model decodes a
    /// document's text on first use.
    public var text: String {
        get { body.string }
        set { body = DocumentText(newValue) }
    }
    /// Bytes `range` of the text (clamped to it), without decoding a whole mapped text.
    public func textSlice(_ range: Range<Int>) -> String { body.slice(range) }
    /// The text's UTF-8 length, without decoding a mapped text.
    public var textByteCount: Int { body.byteCount }
    var body: DocumentText
    /// Sentence spans as UTF-8 byte offsets into `text`.
    public var sentences: SentenceSpans
    /// Per sentence: `SentenceFlags` bits (paragraph start, dateline, boilerplate, table).
    public var sentenceFlags: [UInt8] = []
    /// Word tokens (possessive markers not counted).
    public var wordCount: Int

    public init(
        id: String, title: String, date: Day?, metadata: [(name: String, value: String)], text: String,
        sentences: [Range<Int>] = [], wordCount: Int = 0
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.metadata = metadata
        self.body = DocumentText(text)
        self.sentences = SentenceSpans(sentences)
        self.wordCount = wordCount
    }

    /// The text of sentence `i` (0-based); empty when out of range.
    public func sentenceText(_ i: Int) -> String {
        guard sentences.indices.contains(i) else { return "" }
        return body.slice(sentences[i])
    }

    /// The value of a metadata field.
    public func metadataValue(_ name: String) -> String? {
        metadata.first { $0.name == name }?.value
    }
}

/// Progress of a load, reported as files are read.
public struct LoadProgress: Sendable, Hashable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    public init(filesDone: Int, filesTotal: Int, bytesDone: Int, bytesTotal: Int) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
    }
}

/// Why a corpus could not be opened at all. (Individual bad files are warnings, not errors.)
public enum CorpusError: Error, Sendable, Hashable, CustomStringConvertible {
    case missingPath(String)
    case unreadable(String, reason: String)
    /// The path was read but yielded no document; the warnings say why.
    case noDocuments(String, warnings: [String])

    public var description: String {
        switch self {
        case .missingPath(let p): "no such file or folder: \(p)"
        case .unreadable(let p, let reason): "cannot read \(p): \(reason)"
        case .noDocuments(let p, let warnings):
            "no documents in \(p)" + (warnings.isEmpty ? " (no .txt, .md, .jsonl, .json or .csv files)" : "")
        }
    }
}

/// The analysed corpus: documents, tokens, sentences, a lexicon and a positional index, all in flat arrays.
///
/// Tokens are numbered globally in document order. Token `k` lies in document `d` when
/// `docTokenStart[d] <= k < docTokenStart[d + 1]`; its bytes are `tokenStart[k]..<tokenEnd[k]` of that
/// document's `text` (UTF-8); its case-folded term is `tokenTerm[k]` in `lexicon`.
public struct Corpus: Sendable {
    public var name: String
    public var documents: [CorpusDocument]
    public var warnings: [String]
    public var fingerprint: String

    public var lexicon: Lexicon
    public var tokenStart: FlatArray<UInt32>
    public var tokenEnd: FlatArray<UInt32>
    public var tokenTerm: FlatArray<UInt32>
    /// Per token: `Tokenizer` flag bits (possessive, hyphenated, number, abbreviation, paragraph start, dateline).
    public var tokenFlags: FlatArray<UInt8>
    /// Per document, its first token (count = documents + 1).
    public var docTokenStart: [Int]
    /// Global sentence boundaries in tokens (count = sentences + 1).
    public var sentenceTokenStart: [UInt32]
    /// Per document, its first sentence in the global numbering (count = documents + 1).
    public var docSentenceStart: [Int]
    /// The positional inverted index.
    public var index: PostingIndex
    /// Per token, its universal POS tag's raw value (`UniversalPOS`), computed at ingest by the tagger.
    public var tokenPOS: FlatArray<UInt8>
    /// Per token, the id of its lemma in `lemmas`.
    public var tokenLemma: FlatArray<UInt32>
    /// Lemma strings (case-folded), interned like `lexicon`.
    public var lemmas: Lexicon
    /// The model store this corpus was opened through (nil: not cached); upper layers keep their
    /// own results for this content beside its model (`ModelStore.attachment`).
    public internal(set) var store: ModelStore?
    /// Lazily derived tables (alphabetical order, stem groups), shared by copies.
    let memo = CorpusMemo()

    /// Analyses `documents` (sorted by id) into a corpus.
    public init(name: String, documents: [CorpusDocument], warnings: [String] = [], fingerprint: String = "") {
        var docs = documents.sorted { $0.id < $1.id }
        let analysis = Analyzer.analyse(texts: docs.map(\.text))
        Corpus.annotate(&docs, from: analysis)
        self.init(name: name, documents: docs, warnings: warnings, fingerprint: fingerprint, analysis: analysis)
    }

    /// Gives each document its sentences, their flags and its word count from `analysis` (of the
    /// documents' texts, in this order), and a title from its first sentence when it has none.
    static func annotate(_ docs: inout [CorpusDocument], from analysis: Analysis) {
        for d in docs.indices {
            docs[d].sentences = analysis.sentenceBytes[d]
            docs[d].sentenceFlags = analysis.sentenceFlags[d]
            docs[d].wordCount = analysis.wordCounts[d]
            if docs[d].title.isEmpty { docs[d].title = Corpus.defaultTitle(docs[d]) }
        }
    }

    init(name: String, documents: [CorpusDocument], warnings: [String], fingerprint: String, analysis: Analysis) {
        self.name = name
        self.documents = documents
        self.warnings = warnings
        self.fingerprint = fingerprint
        self.lexicon = analysis.lexicon
        self.tokenStart = analysis.tokenStart
        self.tokenEnd = analysis.tokenEnd
        self.tokenTerm = analysis.tokenTerm
        self.tokenFlags = analysis.tokenFlags
        self.docTokenStart = analysis.docTokenStart
        self.sentenceTokenStart = analysis.sentenceTokenStart
        self.docSentenceStart = analysis.docSentenceStart
        self.index = analysis.index
        self.tokenPOS = analysis.tokenPOS
        self.tokenLemma = analysis.tokenLemma
        self.lemmas = analysis.lemmas
    }

    public static let empty = Corpus(name: "empty", documents: [])

    public var wordCount: Int { documents.reduce(0) { $0 + $1.wordCount } }
    public var tokenCount: Int { tokenTerm.count }
    public var sentenceCount: Int { max(0, sentenceTokenStart.count - 1) }

    /// The document holding global token `k`.
    public func document(ofToken k: Int) -> Int {
        var lo = 0, hi = documents.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if docTokenStart[mid] <= k { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The global sentence holding global token `k`.
    public func sentence(ofToken k: Int) -> Int {
        var lo = 0, hi = sentenceCount - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(sentenceTokenStart[mid]) <= k { lo = mid } else { hi = mid - 1 }
        }
        return max(0, lo)
    }

    /// The original text of global token `k` in document `d`.
    public func tokenText(_ k: Int, in d: Int) -> String {
        documents[d].textSlice(Int(tokenStart[k])..<Int(tokenEnd[k]))
    }

    /// The start of the first sentence, cut near 60 characters at a word boundary with `…`.
    static func defaultTitle(_ doc: CorpusDocument) -> String {
        let first = doc.sentences.first.map { doc.text.utf8Slice($0) } ?? doc.text
        let line = first.split(separator: "\n").first.map(String.init) ?? ""
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.count <= 60 { return trimmed }
        var cut = String(trimmed.prefix(60))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > 30 {
            cut = String(cut[..<space])
        }
        while let last = cut.last, ",;:".contains(last) { cut.removeLast() }
        return cut + "…"
    }
}

extension String {
    /// The UTF-8 bytes `range` as a string (invalid boundaries are repaired).
    func utf8Slice(_ range: Range<Int>) -> String {
        var s = self
        return s.withUTF8 { buf in
            let lo = max(0, min(range.lowerBound, buf.count)), hi = max(lo, min(range.upperBound, buf.count))
            return String(decoding: UnsafeBufferPointer(rebasing: buf[lo..<hi]), as: UTF8.self)
        }
    }
}
