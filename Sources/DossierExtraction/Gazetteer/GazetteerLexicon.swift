import DossierModel

/// Word lists for the rules: reporting verbs, months, weekdays, numbers, approximations, stop words.
enum ExtractionLexicon {
    /// Verbs (inflected) that attribute speech or writing.
    static let reportingVerbs = WordSet(CuratedData.words("reporting-verbs.tsv"))

    /// Nouns for unnamed sources: "one analyst said" attributes the words to nobody of the model.
    static let anonymousSources = WordSet(CuratedData.words("anonymous-sources.tsv"))

    static let months = WordMap(CuratedData.numbers("months.tsv").mapValues { Int($0) })

    /// The month a word names, with or without its abbreviation period (`Feb.`, `Feb`, `February`).
    static func month(_ word: String) -> Int? { months[word.hasSuffix(".") ? String(word.dropLast()) : word] }

    static let weekdays = WordMap(CuratedData.numbers("weekdays.tsv").mapValues { Int($0) })

    /// Holidays and named periods: capitalised but not entities.
    static let holidays = WordSet(CuratedData.words("non-entities.tsv"))

    static let numberWords = WordMap(CuratedData.numbers("number-words.tsv"))

    /// Fraction words used with "a"/"one": "a quarter of", "a third".
    static let fractions = WordMap(CuratedData.numbers("fractions.tsv"))

    static let scales = WordMap(CuratedData.numbers("scales.tsv"))

    /// Approximation phrases before a number, longest first when matching.
    static let approximations: [[String]] = CuratedData.list("approximations.tsv").map { $0.split(separator: " ").map(String.init) }

    /// Words that cannot start or continue a name when capitalised at a sentence start.
    static let functionWords = WordSet(CuratedData.words("function-words.tsv"))

    /// Lowercase nouns after a single capitalised word that mark it an organisation ("Likud party").
    static let organizationNouns = WordSet(CuratedData.words("organization-nouns.tsv"))

    /// Corporate suffixes that may follow an organisation's name ("Microsoft Corp.").
    static let corporateSuffixes = WordSet(CuratedData.words("corporate-suffixes.tsv"))

    /// Capitalised last words that make a span a place.
    static let placeHeads = WordSet(CuratedData.words("place-heads.tsv"))

    /// Words in a sentence before a weekday that make it future ("will meet on Monday").
    static let futureCues = WordSet(CuratedData.words("future-cues.tsv"))

    /// Capitalised last words that make a span an organisation.
    static let organizationHeads = WordSet(CuratedData.words("organization-heads.tsv"))
}
