import DossierModel

/// Titles and offices. Capitalised title words head a title phrase before a name ("Prime Minister
/// Benjamin Netanyahu"); lowercase role nouns head a role phrase ("Hamas leader Yahya Sinwar",
/// "a spokesman for Hamas").
enum GazetteerTitles {
    /// Capitalised words that end a title phrase inside a capitalised span.
    static let titleWords: Set<String> = CuratedData.words("title-words.tsv")

    /// Title words that may be followed by "of X" inside the title ("Secretary of State").
    static let takesOf: Set<String> = CuratedData.words("title-takes-of.tsv")

    /// Honorifics that are not roles.
    static let honorifics: Set<String> = CuratedData.words("honorifics.tsv")

    /// Lowercase nouns that head a role phrase.
    static let roleNouns: Set<String> = CuratedData.words("role-nouns.tsv")
}
