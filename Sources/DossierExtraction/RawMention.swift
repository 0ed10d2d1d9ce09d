import DossierModel

/// A name found in the text before clustering: provisional type (nil = undecided single word).
struct RawMention: Sendable, Hashable {
    var doc: Int
    var sentence: Int
    /// Token index range in the document's tokens.
    var tokens: Range<Int>
    var range: Range<Int>
    let surface: String
    var type: EntityType?
    /// Canonical name from the gazetteer, if known.
    var canonical: String?
    /// A title or role the text gives this mention.
    var role: String?
    /// Came from a title phrase: "Prime Minister Netanyahu" (a single word here is a surname).
    var titled: Bool = false
    /// The type is a guess from weak evidence (spelling, a default), outvoted by any real evidence.
    var guessed: Bool = false
    /// The learned tagger's entity type for the mention's tokens (nil: outside any entity, or no agreement).
    var tagged: EntityType?

    /// Space-separated words of the surface ("Ocasio-Cortez" is one word, "U.S." one), counted once:
    /// the clusterer asks for it many times per mention.
    let words: Int

    init(
        doc: Int, sentence: Int, tokens: Range<Int>, range: Range<Int>, surface: String, type: EntityType?,
        canonical: String?, role: String? = nil
    ) {
        self.doc = doc
        self.sentence = sentence
        self.tokens = tokens
        self.range = range
        self.surface = surface
        self.type = type
        self.canonical = canonical
        self.role = role
        self.words = RawMention.wordCount(surface)
    }

    /// The number of runs of non-space bytes in `s`.
    static func wordCount(_ s: String) -> Int {
        var n = 0
        var inWord = false
        for c in s.utf8 {
            if c == 0x20 { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }
}

/// Corpus-wide word evidence used to tell names from capitalised common words.
struct WordEvidence: Sendable {
    /// Words seen in lowercase.
    var lowercase: Set<String> = []
    /// Capitalised words seen other than at a sentence start.
    var midCapitalized: Set<String> = []
}
