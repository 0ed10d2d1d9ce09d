import DossierModel

/// The US Census 1990 name lists (gazetteer/given-names.tsv, gazetteer/surnames.tsv): wider than the
/// curated given names, used only where the words around a span already point to a person
/// ("Ward McCarthy of Merrill Lynch"). Both are lowercased: the lists spell "Mccarthy".
enum CensusNames {
    static let given: Set<String> = lowercased("gazetteer/given-names.tsv")
    static let surnames: Set<String> = lowercased("gazetteer/surnames.tsv")

    private static func lowercased(_ file: String) -> Set<String> {
        Set(DataResources.rows(file).compactMap { $0.first.map { $0.lowercased() } })
    }
}
