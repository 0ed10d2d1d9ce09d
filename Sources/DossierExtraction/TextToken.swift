import DossierModel

/// A word, number or punctuation mark of a document, with its UTF-8 byte range.
struct TextToken: Sendable, Hashable {
    enum Kind: UInt8, Sendable { case word, number, punct }
    /// Byte offsets and the sentence index, stored in 32 bits (documents are far smaller than 4 GB):
    /// the token arrays of a large corpus are the extraction's largest allocation.
    private var start32: UInt32
    private var end32: UInt32
    private var sentence32: UInt32
    var kind: Kind
    let text: String
    var start: Int {
        get { Int(start32) }
        set { start32 = UInt32(clamping: newValue) }
    }
    var end: Int {
        get { Int(end32) }
        set { end32 = UInt32(clamping: newValue) }
    }
    var sentence: Int {
        get { Int(sentence32) }
        set { sentence32 = UInt32(clamping: newValue) }
    }
    /// Followed by a possessive 's / ’s (not part of the token).
    var possessive: Bool = false
    /// Preceded by whitespace (or the document start).
    var spaceBefore: Bool = true
    /// The first word-or-number token of its sentence or paragraph.
    var sentenceInitial: Bool = false
    /// Part of a dateline (`TOKYO, Feb 27 -`).
    var dateline: Bool = false
    /// In a sentence that is not running text (dateline, repeated boilerplate line, table line).
    var notText: Bool = false

    /// A word whose first letter is uppercase (computed once).
    private(set) var isCapitalized: Bool = false
    /// The text in lowercase (computed once: the finders compare it many times).
    let lower: String

    init(start: Int, end: Int, kind: Kind, text: String, sentence: Int) {
        self.start32 = UInt32(clamping: start)
        self.end32 = UInt32(clamping: end)
        self.sentence32 = UInt32(clamping: sentence)
        self.kind = kind
        self.text = text
        self.lower = text.utf8.contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 } ? text.lowercased() : text
        if kind == .word, let f = text.utf8.first {
            if f < 0x80 { isCapitalized = f >= 0x41 && f <= 0x5A }
            else { isCapitalized = text.unicodeScalars.first?.properties.isUppercase ?? false }
        }
    }
    /// Takes the context flags (sentence start, spacing, layout) of `t`.
    mutating func copyContext(from t: TextToken) {
        possessive = t.possessive
        spaceBefore = t.spaceBefore
        sentenceInitial = t.sentenceInitial
        dateline = t.dateline
        notText = t.notText
    }
    var isAllCaps: Bool {
        guard kind == .word else { return false }
        if !WordShape.hasNonASCII(text.utf8) {
            var upper = false
            for c in text.utf8 {
                if c >= 0x61 && c <= 0x7A { return false }
                if c >= 0x41 && c <= 0x5A { upper = true }
            }
            return upper
        }
        return text.unicodeScalars.contains { $0.properties.isUppercase }
            && !text.unicodeScalars.contains { $0.properties.isLowercase }
    }
}
