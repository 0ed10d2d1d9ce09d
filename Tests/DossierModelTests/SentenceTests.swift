import Foundation
import Testing
import DossierTestSupport
@testable import DossierModel

@Suite struct CorpusSentenceTests {
    @Test func sentenceCountsMatchGold() throws {
        let corpus = CorpusFixtures.seeds
        let docs = try #require(CorpusFixtures.gold["documents"] as? [[String: Any]])
        #expect(docs.count == corpus.documents.count)
        for g in docs {
            let id = try #require(g["id"] as? String)
            let expected = try #require(g["sentences"] as? Int)
            let doc = try #require(corpus.documents.first { $0.id == id })
            #expect(abs(doc.sentences.count - expected) <= 1, "\(id): \(doc.sentences.count) vs \(expected)")
        }
    }

    @Test func dateLineIsMetadata() throws {
        let doc = try #require(CorpusFixtures.seeds.documents.first { $0.id == "001_7cacce9e1f613db5" })
        #expect(doc.date == Day(iso: "2024-03-03"))
        #expect(doc.text.hasPrefix("Israeli Cabinet Minister Benny Gantz"))
        #expect(doc.sentenceText(2) == "Cracks in the Coalition")
    }
}
