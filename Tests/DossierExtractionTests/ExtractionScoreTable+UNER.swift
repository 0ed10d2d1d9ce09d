import Foundation
import DossierTestSupport
@testable import DossierModel
@testable import DossierExtraction

extension ExtractionScoreTable {
    /// The row of the UniversalNER English-EWT test split: the tagger's NER (exact span and type) and, on
    /// UD English-EWT test, its POS accuracy — measured live from `Tests/Fixtures/treebank/`. The names and
    /// quote columns stay empty (UNER has no quotes, and its names are scored as spans, not frequent names);
    /// `TaggerScoreTests` asserts the floors.
    static func unerEWTTestRow() -> Row {
        let env = ProcessInfo.processInfo.environment["DOSSIER_TREEBANKS"] ?? ""
        let dir = URL(fileURLWithPath: env.isEmpty ? "/work/treebanks" : env)
        guard let ner = try? String(contentsOf: dir.appendingPathComponent("en_ewt-uner-test.iob2"), encoding: .utf8),
            let ud = try? String(contentsOf: dir.appendingPathComponent("en_ewt-ud-test.conllu"), encoding: .utf8)
        else { return Row(label: "UNER EWT test", measures: nil, note: "fixtures missing") }
        let n = TaggerScore.ner(.shared, TreebankReader.read(ner, ner: true))
        let p = TaggerScore.pos(.shared, TreebankReader.read(ud, ner: false))
        let note = String(
            format: "tagger: NER F1 %.3f (P %.3f, R %.3f, %d entities); POS %.3f, lemmas %.3f on UD EWT test",
            n.f1, n.precision, n.recall, n.entitiesGold, p.posAccuracy, p.lemmaAccuracy)
        return Row(label: "UNER EWT test", measures: nil, note: note)
    }
}
