import Foundation
import Testing
@testable import DossierKit

@Suite struct ExtractionDebugTests {
    @Test func dump() {
        guard ProcessInfo.processInfo.environment["DOSSIER_DUMP"] != nil else { return }
        let env = ProcessInfo.processInfo.environment["DOSSIER_DUMP"] ?? ""
        let c = env == "1" ? ExtractionTestSupport.seeds : ExtractionTestSupport.load(folder: env.hasPrefix("/") ? URL(fileURLWithPath: env) : ExtractionTestSupport.repoRoot.appendingPathComponent("Tests/Fixtures/extraction/" + env))
        let a = Extractor.extract(corpus: c)
        for (d, doc) in c.documents.enumerated() {
            print("=== \(doc.id) \(doc.sentences.count) sentences")
            var counts: [Int: Int] = [:]
            for m in a.mentions where m.doc == d { counts[m.entity, default: 0] += 1 }
            for (e, n) in counts.sorted(by: { $0.key < $1.key }) {
                let en = a.entities[e]
                let surf = Set(a.mentions.filter { $0.doc == d && $0.entity == e }.map(\.surface)).sorted()
                print("  E \(en.name) | \(en.type) | \(n) \(surf) \(en.roles)")
            }
            for q in a.quotes where q.doc == d {
                print("  Q[\(q.kind)] \(q.speaker.map { a.entities[$0].name } ?? "-") | \(q.cue ?? "-") | \(q.text.prefix(60))")
            }
            for x in a.dates where x.doc == d { print("  D \(x.text) \(x.value ?? "nil") \(x.kind)") }
            for f in a.figures where f.doc == d { print("  N \(f.text) = \(f.value) approx=\(f.approx ?? "-") counts=\(f.counts ?? "-")") }
        }
    }
}
