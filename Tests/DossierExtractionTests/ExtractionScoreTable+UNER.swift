import DossierModel
import DossierTestSupport
@testable import DossierExtraction

extension ExtractionScoreTable {
    /// HOOK for the `tagger` helper: the row of the UniversalNER English-EWT test split (names typed by
    /// the tagger against the UNER gold). Return a `Row` with `measures` filled (names, typeCorrect,
    /// split; quote fields stay zero) and a `note` with POS accuracy and NER F1. nil measures: not yet.
    static func unerEWTTestRow() -> Row {
        Row(label: "UNER EWT test", measures: nil, note: "not measured yet (hook: ExtractionScoreTable.unerEWTTestRow)")
    }
}
