import DossierModel

/// The US Census 1990 name lists (gazetteer/given-names.tsv, gazetteer/surnames.tsv): wider than the
/// curated given names, used only where the words around a span already point to a person
/// ("Ward McCarthy of Merrill Lynch"). Both are lowercased: the lists spell "Mccarthy".
enum CensusNames {
    static let given: Set<String> = lowercased("gazetteer/given-names.tsv")
    static let surnames: Set<String> = lowercased("gazetteer/surnames.tsv")
    /// Month names that are surnames more often than the list's rarest (0.001 per 100 people): "May",
    /// "August", "March"; not "January", "June".
    static let monthSurnames: Set<String> = Set(
        DataResources.rows("gazetteer/surnames.tsv").compactMap { r in
            guard r.count >= 2, let f = Double(r[1]), f >= 0.002, ExtractionLexicon.months[String(r[0])] != nil else { return nil }
            return String(r[0])
        })

    private static func lowercased(_ file: String) -> Set<String> {
        Set(DataResources.rows(file).compactMap { $0.first.map { $0.lowercased() } })
    }
}
