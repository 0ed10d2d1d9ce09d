import DossierModel

/// A name found in the text before clustering: provisional type (nil = undecided single word).
struct RawMention: Sendable, Hashable {
    var doc: Int
    var sentence: Int
    /// Token index range in the document's tokens.
    var tokens: Range<Int>
    var range: Range<Int>
    var surface: String
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

    /// Space-separated words of the surface ("Ocasio-Cortez" is one word, "U.S." one).
    var words: Int { surface.split(separator: " ").count }
}

/// Corpus-wide word evidence used to tell names from capitalised common words.
struct WordEvidence: Sendable {
    /// Words seen in lowercase.
    var lowercase: Set<String> = []
    /// Capitalised words seen other than at a sentence start.
    var midCapitalized: Set<String> = []
}
