import Foundation
import Testing
import DossierTestSupport
import DossierModel
import DossierExtraction
@testable import DossierLanguage

@Suite struct CorpusEmptyTests {
    @Test func everyVerbAnswersOnAnEmptyCorpus() throws {
        let empty = Corpus.empty
        let tables: [(String, [String: Value])] = [
            ("docs", [:]), ("search", ["query": .string("gaza")]), ("kwic", ["pattern": .string("gaza")]),
            ("kwic", ["pattern": .regex("g.*")]), ("freq", [:]), ("freq", ["term": .string("gaza"), "by": .string("doc")]),
            ("freq", ["term": .string("gaza"), "by": .string("date")]), ("ngrams", ["n": .number(2)]),
            ("collocates", ["term": .string("gaza")]), ("sentences", [:]),
        ]
        for (verb, args) in tables {
            let t = try VerbRunner.table(verb, args, corpus: empty)
            #expect(t.rows.isEmpty, "\(verb)")
        }
        let f = try VerbRunner.table("freq", ["term": .string("gaza")], corpus: empty)
        #expect(f.rows.first?[1] == .number(0))
        guard case .record(let r) = try VerbRunner.run("stats", corpus: empty) else {
            Issue.record("stats")
            return
        }
        #expect(r.fields.first?.value == .number(0))
        for verb in ["show", "similar", "summary", "keywords"] {
            #expect(throws: Diagnostic.self, "\(verb)") { try VerbRunner.run(verb, ["doc": .number(0), "docs": .list([.number(0)])], corpus: empty) }
        }
        let emptyLoad = Corpus.load(files: [])
        #expect(emptyLoad.documents.isEmpty)
        #expect(emptyLoad.search(.term("x")).isEmpty)
    }
}
