import Foundation
import DossierTestSupport
@testable import DossierModel
@testable import DossierLanguage
@testable import DossierRendering

/// A small dated corpus with sources, an exact copy and a near copy, for the coverage verbs.
enum CoverageFixtures {
    /// `n` words drawn from a fixed vocabulary by a seeded generator.
    static func words(_ n: Int, seed: UInt64) -> [String] {
        var rng = SplitMix64(state: seed)
        let vocab = (0..<400).map { "w\($0)x" }
        return (0..<n).map { _ in vocab[rng.int(vocab.count)] }
    }

    static func text(_ words: [String]) -> String {
        stride(from: 0, to: words.count, by: 12).map { words[$0..<min($0 + 12, words.count)].joined(separator: " ") + "." }
            .joined(separator: " ")
    }

    static let story = words(300, seed: 7)
    static var nearCopy: [String] {
        var w = story
        for i in stride(from: 10, to: 300, by: 60) { w[i] = "changed" }  // 5 words of 300
        return w
    }

    static let corpus: Corpus = {
        func doc(_ id: String, _ date: String?, _ source: String, _ body: String) -> CorpusDocument {
            CorpusDocument(id: id, title: id, date: date.flatMap { Day(iso: $0) }, metadata: [("source", source)], text: body)
        }
        return Corpus(name: "coverage", documents: [
            doc("a1", "2024-01-03", "wire", "Ceasefire talks began. The ceasefire held. " + text(words(80, seed: 1))),
            doc("a2", "2024-03-20", "paper", "No truce yet. Hostages remain. " + text(words(200, seed: 2))),
            doc("a3", "2024-03-05", "wire", "Ceasefire hopes fade as terrorists strike. " + text(words(120, seed: 3))),
            doc("s1", "2024-02-10", "wire", text(story)),
            doc("s2", "2024-02-08", "paper", text(story)),
            doc("s3", "2024-02-12", "paper", text(nearCopy)),
            doc("s4", nil, "paper", text(story)),
        ])
    }()

    static func session(_ c: Corpus = corpus, base: String = NSTemporaryDirectory()) -> Session {
        Session(corpus: c, files: FileAccess(baseDirectory: base))
    }

    /// The value of the last statement of `source`, or the first diagnostic.
    static func run(_ source: String, in session: inout Session) -> Result<Value, Diagnostic> {
        var last: Value = .null
        for r in session.execute(source) {
            if let d = r.diagnostic { return .failure(d) }
            last = r.value ?? .null
        }
        return .success(last)
    }

    static func table(_ source: String, _ c: Corpus = corpus) throws -> Table {
        var s = session(c)
        guard case .table(let t) = try run(source, in: &s).get() else { throw Diagnostic.error("not a table", at: .unknown) }
        return t
    }
}
