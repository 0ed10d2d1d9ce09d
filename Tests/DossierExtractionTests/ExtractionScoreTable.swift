import Foundation
import DossierModel
import DossierTestSupport
@testable import DossierExtraction

/// The one table `ExtractionScoreTests` prints: every gold set, the measures of issue 10 and its targets.
enum ExtractionScoreTable {
    struct Row: Sendable {
        var label: String
        /// nil: the set could not be scored here (`note` says why).
        var measures: ExtractionMeasures?
        var note: String = ""
    }

    /// The issue's targets on every blind set (printed, not asserted: extraction is being improved).
    static let targets = (typeAccuracy: 0.92, split: 0, recall: 0.90, precision: 0.95, speaker: 0.90)

    /// Loads `files` through the product's corpus path and extracts the way a session does.
    static func extract(files: [(path: String, bytes: [UInt8])], name: String) -> (Corpus, Annotations) {
        let corpus = Corpus.load(files: files, name: name, cacheDirectory: nil)
        var state = ExtractionState()
        return (corpus, state.annotations(for: corpus))
    }

    /// The `.txt` files of a folder (not its gold.json), for `extract`.
    static func textFiles(_ folder: URL) -> [(path: String, bytes: [UInt8])] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }
        return names.sorted().map { n in
            (path: n, bytes: [UInt8](FileManager.default.contents(atPath: folder.appendingPathComponent(n).path) ?? Data()))
        }
    }

    static func goldFileRow(label: String, folders: [(gold: URL, texts: URL)]) -> Row {
        var total: ExtractionMeasures?
        var notes: [String] = []
        for f in folders {
            guard let gold = ExtractionScorer.loadGold(f.gold) else {
                notes.append("no gold at \(f.gold.lastPathComponent)")
                continue
            }
            let (corpus, a) = extract(files: textFiles(f.texts), name: f.texts.lastPathComponent)
            let spans = GoldSpans(file: gold, corpus: corpus)
            notes += spans.mismatches
            let m = ExtractionMeasurer.measure(spans, annotations: a)
            total = total.map { $0 + m } ?? m
        }
        return Row(label: label, measures: total, note: notes.joined(separator: "; "))
    }

    static func blindRow(set: String) -> Row {
        let label = "blind: \(set)"
        guard let gold = BlindGold.load(set: set) else { return Row(label: label, measures: nil, note: "no gold.json") }
        guard let files = gold.files() else {
            return Row(label: label, measures: nil,
                note: "texts of \(gold.corpus) not found: fetch the sources and run scripts/fetch-corpora.py")
        }
        let (corpus, a) = extract(files: files, name: set)
        let spans = GoldSpans(blind: gold, corpus: corpus)
        guard spans.mismatches.isEmpty else {
            return Row(label: label, measures: nil, note: "texts differ from the gold's: \(spans.mismatches.prefix(5))")
        }
        return Row(label: label, measures: ExtractionMeasurer.measure(spans, annotations: a))
    }

    static func rows() -> [Row] {
        let root = ExtractionTestSupport.repoRoot
        let fixtures = ["election", "earnings", "court", "weather", "sports", "heldout"].map { name in
            let f = root.appendingPathComponent("Tests/Fixtures/extraction/\(name)")
            return (gold: f.appendingPathComponent("gold.json"), texts: f)
        }
        return [
            goldFileRow(label: "seeds gold", folders: [(gold: SharedGold.seeds, texts: root.appendingPathComponent("seeds"))]),
            goldFileRow(label: "own fixtures", folders: fixtures),
            blindRow(set: "reuters"),
            blindRow(set: "fnc1"),
            unerEWTTestRow(),
        ]
    }

    static func render(_ rows: [Row]) -> String {
        func f(_ x: Double) -> String { NumberFormat.fixed(x, decimals: 3) }
        var out = "| set | docs | type of frequent names | names split | quote recall | quote precision | speaker on found |\n"
        out += "|---|---:|---:|---:|---:|---:|---:|\n"
        for r in rows {
            guard let m = r.measures else {
                out += "| \(r.label) | — | — | — | — | — | — |\(r.note.isEmpty ? "" : " \(r.note)")\n"
                continue
            }
            out += "| \(r.label) | \(m.documents) | \(f(m.typeAccuracy)) (\(m.typeCorrect)/\(m.names)) | \(m.split) of \(m.names)"
            out += " | \(f(m.recall)) (\(m.found)/\(m.goldQuotes)) | \(f(m.precision)) (\(m.extractedRight)/\(m.extracted))"
            out += " | \(f(m.speakerAccuracy)) (\(m.speakerRight)/\(m.found)) |\(r.note.isEmpty ? "" : " \(r.note)")\n"
        }
        let t = targets
        out += "| targets (issue 10, blind sets) | | ≥ \(f(t.typeAccuracy)) | \(t.split) | ≥ \(f(t.recall)) | ≥ \(f(t.precision)) | ≥ \(f(t.speaker)) |\n"
        return out
    }
}
