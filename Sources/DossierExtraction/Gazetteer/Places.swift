import DossierModel

/// Capitals, large world cities, US states, regions and territories: "Name|alias;alias".
enum GazetteerPlaces {
    static let rows: [String] = CuratedData.joinedRows("places.tsv")
}
