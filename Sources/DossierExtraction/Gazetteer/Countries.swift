import DossierModel

/// Countries and territories: "Name|Demonym|Plural demonym|alias;alias". Demonyms map to groups
/// (Israeli → Israelis); aliases and the name map to the place.
enum GazetteerCountries {
    static let rows: [String] = CuratedData.joinedRows("countries.tsv")

    /// Groups that are not nationalities: religions, regions, peoples. "Singular|Plural".
    static let groups: [String] = CuratedData.joinedRows("groups.tsv")
}
