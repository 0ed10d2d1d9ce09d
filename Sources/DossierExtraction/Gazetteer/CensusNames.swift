import DossierModel

/// The US Census 1990 name lists (gazetteer/given-names.tsv, gazetteer/surnames.tsv): wider than the
/// curated given names, used only where the words around a span already point to a person
/// ("Ward McCarthy of Merrill Lynch"). Both are lowercased: the lists spell "Mccarthy".
enum CensusNames {
    static let given: Set<String> = lowercased("gazetteer/given-names.tsv")
    static let surnames: Set<String> = surnameLists.all
    /// Month names that are surnames more often than the list's rarest (0.001 per 100 people): "May",
    /// "August", "March"; not "January", "June".
    static let monthSurnames: Set<String> = surnameLists.months

    /// Both surname sets from one read of the file.
    private static let surnameLists: (all: Set<String>, months: Set<String>) = {
        var all: Set<String> = [], months: Set<String> = []
        for r in DataResources.rows("gazetteer/surnames.tsv") {
            guard let name = r.first.map(String.init) else { continue }
            all.insert(name.lowercased())
            if r.count >= 2, let f = Double(r[1]), f >= 0.002, ExtractionLexicon.months[name] != nil { months.insert(name) }
        }
        return (all, months)
    }()

    private static func lowercased(_ file: String) -> Set<String> {
        Set(DataResources.rows(file).compactMap { $0.first.map { $0.lowercased() } })
    }
}
