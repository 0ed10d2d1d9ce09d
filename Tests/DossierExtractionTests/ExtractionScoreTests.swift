import Foundation
import Testing
import DossierModel
import DossierTestSupport
@testable import DossierExtraction

/// Scores the extraction against hand-made gold annotations and prints the figures.
@Suite struct ExtractionScoreTests {
    static let goldURL = SharedGold.seeds

    static func check(_ sc: ExtractionScores, label: String) {
        print("[\(label)] \(sc)")
        #expect(sc.entityF1 >= 0.90, "\(label): entity F1 \(sc.entityF1)")
        #expect(sc.mentionFailures.isEmpty, "\(label): mention counts off: \(sc.mentionFailures)")
        #expect(sc.quoteAccuracy >= 0.90, "\(label): quote speaker accuracy \(sc.quoteAccuracy)")
        #expect(sc.dateAccuracy >= 0.90, "\(label): date value accuracy \(sc.dateAccuracy)")
        #expect(sc.figureRecall >= 0.85, "\(label): figure recall \(sc.figureRecall)")
    }

    @Test func seedsAgainstSharedGold() throws {
        let gold = try #require(ExtractionScorer.loadGold(Self.goldURL), "gold file at \(Self.goldURL.path)")
        let corpus = ExtractionTestSupport.seeds
        #expect(corpus.documents.count == 5)
        let a = Extractor.extract(corpus: corpus)
        Self.check(ExtractionScorer.score(gold: gold, corpus: corpus, annotations: a), label: "seeds")
    }

    /// Floors for the blind sets, just below the scores measured when the scorer landed, so a regression
    /// fails; the issue's targets are printed beside them, not asserted.
    static let blindFloors: [String: (typeAccuracy: Double, split: Int, recall: Double, precision: Double, speaker: Double)] = [
        // measured 2026-12-01: 0.793, 32, 0.141, 0.159, 0.452; 2026-12-02 (corpus-level types): 0.887, 19, 0.982, 0.991, 0.806;
        // 2026-12-04 (a person before "of" is a name of its own): 0.900, 17, 0.982, 0.991, 0.815;
        // 2026-12-06 (suffixed short forms, surnames that are words, state abbreviations): 0.913, 15, 0.982, 0.991, 0.829
        "blind: reuters": (0.90, 16, 0.97, 0.98, 0.82),
        // measured 2026-12-01: 0.807, 14, 0.977, 0.988, 0.682; 2026-12-02 (corpus-level types): 0.880, 13, 0.971, 0.988, 0.751;
        // 2026-12-06: 0.880, 10, 0.971, 0.988, 0.775
        "blind: fnc1": (0.87, 11, 0.96, 0.97, 0.77),
    ]

    /// The table of issue 10: seeds gold, own fixtures, each blind set, UNER EWT test. Every set goes
    /// through the product's load path (`Corpus.load(files:)`) and a session's extraction. The blind
    /// sets' error lists print only with DOSSIER_BLIND_DETAILS=1: they are held out, not for tuning.
    @Test func scoreTable() {
        let rows = ExtractionScoreTable.rows()
        print("[extraction score table]\n" + ExtractionScoreTable.render(rows))
        let details = ProcessInfo.processInfo.environment["DOSSIER_BLIND_DETAILS"] == "1"
        for r in rows {
            guard let m = r.measures else { continue }
            if r.label.hasPrefix("blind") {
                if details { for e in m.typeErrors + m.quoteErrors { print("[\(r.label)] \(e)") } }
                guard let fl = Self.blindFloors[r.label] else {
                    Issue.record("no floor for \(r.label)")
                    continue
                }
                #expect(m.typeAccuracy >= fl.typeAccuracy, "\(r.label): type accuracy \(m.typeAccuracy)")
                #expect(m.split <= fl.split, "\(r.label): \(m.split) names split")
                #expect(m.recall >= fl.recall, "\(r.label): quote recall \(m.recall)")
                #expect(m.precision >= fl.precision, "\(r.label): quote precision \(m.precision)")
                #expect(m.speakerAccuracy >= fl.speaker, "\(r.label): speaker accuracy \(m.speakerAccuracy)")
                #expect(m.names == ExtractionMeasurer.frequentNames, "\(r.label): \(m.names) names scored")
            } else {
                // the development sets: the issue wants them kept whole (seeds: 9/9 speakers)
                for e in m.typeErrors + m.quoteErrors { print("[\(r.label)] \(e)") }
                #expect(m.typeAccuracy >= 0.95 && m.split <= 1, "\(r.label): names \(m.typeAccuracy), \(m.split) split")
                #expect(m.recall >= 0.95 && m.precision >= 0.95, "\(r.label): quotes \(m.recall) / \(m.precision)")
                #expect(m.speakerAccuracy >= 0.95, "\(r.label): speakers \(m.speakerAccuracy)")
            }
        }
    }

    @Test(arguments: ["election", "earnings", "court", "weather", "sports"])
    func ownFixtures(_ name: String) throws {
        let folder = ExtractionTestSupport.repoRoot.appendingPathComponent("Tests/Fixtures/extraction/\(name)")
        let gold = try #require(ExtractionScorer.loadGold(folder.appendingPathComponent("gold.json")), "gold for \(name)")
        let corpus = ExtractionTestSupport.load(folder: folder)
        #expect(!corpus.documents.isEmpty)
        let a = Extractor.extract(corpus: corpus)
        Self.check(ExtractionScorer.score(gold: gold, corpus: corpus, annotations: a), label: name)
    }
}

/// A fixture whose gold was written before the extractor first saw the text (its first-run scores are
/// recorded in the gold's `about`); rules were then generalised from its errors, so it is no longer
/// held out. Scores are printed, with the same floors as the other fixtures.
@Suite struct ExtractionHeldOutTests {
    @Test func heldOutFixture() throws {
        let folder = ExtractionTestSupport.repoRoot.appendingPathComponent("Tests/Fixtures/extraction/heldout")
        let gold = try #require(ExtractionScorer.loadGold(folder.appendingPathComponent("gold.json")))
        let corpus = ExtractionTestSupport.load(folder: folder)
        let sc = ExtractionScorer.score(gold: gold, corpus: corpus, annotations: Extractor.extract(corpus: corpus))
        ExtractionScoreTests.check(sc, label: "held-out")
    }
}
