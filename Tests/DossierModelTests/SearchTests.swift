import Testing
import DossierTestSupport
@testable import DossierModel

@Suite struct CorpusSearchTests {
    static let corpus = Corpus(name: "t", documents: [
        CorpusDocument(id: "a", title: "", date: nil, metadata: [], text: "Ceasefire talks in Cairo. The ceasefire holds."),
        CorpusDocument(id: "b", title: "", date: nil, metadata: [], text: "Hostages and a ceasefire. Hostage families wait."),
        CorpusDocument(id: "c", title: "", date: nil, metadata: [], text: "Talks about humanitarian pauses in Gaza and Rafah."),
        CorpusDocument(id: "d", title: "", date: nil, metadata: [], text: "Nothing relevant here, only weather and sport news today."),
    ])

    func ids(_ q: String, stem: Bool = false) throws -> [String] {
        try Self.corpus.search(QueryParser.parse(q), stem: stem).map { Self.corpus.documents[$0.document].id }
    }

    @Test func operators() throws {
        #expect(try ids("ceasefire") == ["a", "b"])
        #expect(try ids("ceasefire talks") == ["a"])
        #expect(try ids("ceasefire OR rafah").sorted() == ["a", "b", "c"])
        #expect(try ids("ceasefire NOT hostages") == ["a"])
        #expect(try ids("NOT ceasefire") == ["c", "d"])
        #expect(try ids("(cairo OR gaza) talks").sorted() == ["a", "c"])
        #expect(try ids("\"humanitarian pauses\"") == ["c"])
        #expect(try ids("\"pauses humanitarian\"") == [])
        #expect(try ids("host*") == ["b"])
        #expect(try ids("hostage") == ["b"])
        #expect(try ids("hostage", stem: true) == ["b"])
        #expect(try ids("pause", stem: true) == ["c"])
    }

    @Test func bm25PrefersHigherTermFrequency() throws {
        let hits = try Self.corpus.search(QueryParser.parse("ceasefire"))
        #expect(hits.count == 2)
        #expect(hits[0].document == 0)  // two occurrences beat one in a similar-length document
        #expect(hits[0].score > hits[1].score)
        // Hand-computed BM25 for doc a: N=4, df=2, idf = ln(1 + 2.5/2.5) = ln 2.
        let dl = Double(Self.corpus.docTokenStart[1] - Self.corpus.docTokenStart[0])
        let avg = Double(Self.corpus.tokenCount) / 4
        let expected = log(2.0) * 2 * 2.2 / (2 + 1.2 * (0.25 + 0.75 * dl / avg))
        #expect(abs(hits[0].score - expected) < 1e-9)
        let limited = try Self.corpus.search(QueryParser.parse("ceasefire OR talks"), limit: 1)
        #expect(limited.count == 1)
        #expect(try Self.corpus.search(QueryParser.parse("ceasefire"), scope: [1]).map(\.document) == [1])
    }

    @Test func snippetsMarkMatches() throws {
        let s = try Self.corpus.snippet(document: 2, query: QueryParser.parse("\"humanitarian pauses\" rafah"))
        #expect(s == "Talks about «humanitarian pauses» in Gaza and «Rafah».")
    }
}

import Foundation

@Suite struct CorpusIndexConsistencyTests {
    @Test func postingsMatchTheTokenStream() {
        let c = CorpusFixtures.seeds
        var expected = [[UInt32]](repeating: [], count: c.lexicon.count)
        var p = 0
        for k in 0..<c.tokenCount {
            expected[Int(c.tokenTerm[k])].append(UInt32(k))
            while p < c.index.partToken.count, Int(c.index.partToken[p]) == k {
                expected[Int(c.index.partTerm[p])].append(UInt32(k))
                p += 1
            }
        }
        for t in 0..<c.lexicon.count {
            #expect(Array(c.index.positions[c.index.positionRange(t)]) == expected[t])
            let docs = Set(expected[t].map { c.document(ofToken: Int($0)) })
            #expect(c.index.documentFrequency(t) == docs.count)
            let r = c.index.postingRange(t)
            #expect(c.index.postingFrequency[r].reduce(0, +) == UInt32(expected[t].count))
        }
    }
}
