import DossierModel

/// International organisations, well-known movements, agencies, parties and news outlets:
/// "Name|alias;acronym".
enum GazetteerOrganizations {
    static let rows: [String] = CuratedData.joinedRows("organizations.tsv")
}
