import Foundation
import Testing
import DossierTestSupport
@testable import DossierModel
@testable import DossierLanguage
@testable import DossierRendering

@Suite struct TopicsTests {
    @Test func theSameSeedGivesTheSameTopicsByteForByte() throws {
        var a = CoverageFixtures.session(CorpusFixtures.seeds)
        var b = CoverageFixtures.session(CorpusFixtures.seeds)
        let x = a.transcript("topics 3 seed=7 iterations=30", options: RenderOptions(width: 100)).text
        let y = b.transcript("topics 3 seed=7 iterations=30", options: RenderOptions(width: 100)).text
        #expect(x == y)
        #expect(x.contains(" t1 ") && x.contains(" t3 "))
        let z = a.transcript("topics 3 seed=8 iterations=30", options: RenderOptions(width: 100)).text
        #expect(z != x)
    }

    @Test func documentSharesSumToOneAndTopicsAreOrderedByShare() throws {
        let docs = try CoverageFixtures.table("topics 4 iterations=20 by doc", CorpusFixtures.seeds)
        #expect(docs.columns.map(\.name) == ["doc", "topic", "share"])
        #expect(docs.rows.count == 5 * 4)
        for d in 0..<5 {
            let sum = docs.rows[(d * 4)..<(d * 4 + 4)].reduce(0.0) { $0 + ($1[2].number ?? 0) }
            #expect(abs(sum - 1) < 0.01)
        }
        let topics = try CoverageFixtures.table("topics 4 iterations=20 by topic", CorpusFixtures.seeds)
        let shares = topics.rows.map { $0[1].number ?? 0 }
        #expect(shares == shares.sorted(by: >))
        #expect(topics.rows.allSatisfy { !($0[2].string ?? "").isEmpty })
    }

    @Test func topicsOverTime() throws {
        let t = try CoverageFixtures.table("topics 2 iterations=10 | trend by month", CoverageFixtures.corpus)
        #expect(Set(t.rows.map { $0[1].cellText }) == ["t1", "t2"])
        // Shares × words: the two topics' counts add up to the words of each month's documents.
        for month in Set(t.rows.map { $0[0] }) {
            let rows = t.rows.filter { $0[0] == month }
            let words = rows[0][3].number ?? 0
            #expect(abs(rows.reduce(0.0) { $0 + ($1[4].number ?? 0) } - words) < 0.01 || words == 0)
        }
    }

    @Test func aCancellationStopsTheSamplerBetweenSweeps() {
        let c = CorpusFixtures.seeds
        let token = Cancellation()
        #expect(TopicModel.fit(c, documents: [0, 1, 2, 3, 4], k: 3, iterations: 5, seed: 1, cancellation: token) != nil)
        token.cancel()
        #expect(TopicModel.fit(c, documents: [0, 1, 2, 3, 4], k: 3, iterations: 5, seed: 1, cancellation: token) == nil)
    }

    @Test func workIsBounded() {
        var s = CoverageFixtures.session(CorpusFixtures.seeds)
        for (src, text) in [("topics 1", "from 2 to"), ("topics 500", "from 2 to"), ("topics 3 iterations=0", "iterations"),
                            ("topics 3 iterations=5000", "iterations"), ("topics 3 min=1000", "no words to model")] {
            guard case .failure(let d) = CoverageFixtures.run(src, in: &s) else { Issue.record("no error for \(src)"); continue }
            #expect(d.message.contains(text), "\(src): \(d.message)")
        }
    }
}
