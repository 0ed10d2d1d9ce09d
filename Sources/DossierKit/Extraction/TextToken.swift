/// A word, number or punctuation mark of a document, with its UTF-8 byte range.
struct TextToken: Sendable, Hashable {
    enum Kind: UInt8, Sendable { case word, number, punct }
    var start: Int
    var end: Int
    var kind: Kind
    var text: String
    var sentence: Int
    /// Followed by a possessive 's / ’s (not part of the token).
    var possessive: Bool = false
    /// Preceded by whitespace (or the document start).
    var spaceBefore: Bool = true
    /// The first word-or-number token of its sentence or line.
    var sentenceInitial: Bool = false

    var isCapitalized: Bool {
        guard kind == .word, let f = text.unicodeScalars.first else { return false }
        return f.properties.isUppercase
    }
    var isAllCaps: Bool {
        kind == .word && text.unicodeScalars.contains { $0.properties.isUppercase }
            && !text.unicodeScalars.contains { $0.properties.isLowercase }
    }
    var lower: String { text.lowercased() }
}
