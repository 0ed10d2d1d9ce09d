import DossierModel

/// Common given names from several cultures. A capitalised span starting with one is a person.
enum GazetteerGivenNames {
    static let names: Set<String> = Set(rows.map { $0[0] })

    /// given-names.tsv, read once: name, then `f` (women's), `a` (ambiguous) or nothing.
    private static let rows: [[String]] = CuratedData.rows("given-names.tsv")
}

extension GazetteerGivenNames {
    /// Given names usually borne by women (for "she"); the others in `names` are read as men's
    /// except `ambiguous`.
    static let female: Set<String> = Set(rows.filter { $0.count > 1 && $0[1] == "f" }.map { $0[0] })
    static let ambiguous: Set<String> = Set(rows.filter { $0.count > 1 && $0[1] == "a" }.map { $0[0] })

    /// +1 woman, -1 man, 0 unknown, from the first word of a person's name.
    static func gender(ofName name: String) -> Int8 {
        guard let first = name.split(separator: " ").first.map(String.init), !ambiguous.contains(first) else { return 0 }
        if female.contains(first) { return 1 }
        return names.contains(first) ? -1 : 0
    }
}
