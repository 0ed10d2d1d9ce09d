import Foundation
import Testing
import DossierModel
import DossierTestSupport
@testable import DossierExtraction

/// Extraction's results are kept beside the model: the next open answers from them, equal to a fresh run.
@Suite struct AnnotationStoreTests {
    @Test func annotationsAreStoredAndServedToTheNextOpen() throws {
        let cache = NSTemporaryDirectory() + "dossier-annot-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let first = try Corpus.load(path: CorpusFixtures.seedsPath, cacheDirectory: cache)
        #expect(AnnotationStore.read(for: first) == nil)
        var state = ExtractionState()
        let extracted = state.annotations(for: first)
        #expect(!extracted.entities.isEmpty && !extracted.quotes.isEmpty)
        let again = try Corpus.load(path: CorpusFixtures.seedsPath, cacheDirectory: cache)
        #expect(AnnotationStore.read(for: again) == extracted)
        #expect(Extractor.extract(corpus: again) == extracted)
        // Without a store nothing is kept or read.
        let uncached = try Corpus.load(path: CorpusFixtures.seedsPath, cacheDirectory: nil)
        #expect(AnnotationStore.read(for: uncached) == nil)
        // Another analyser key does not see them.
        var other = try #require(again.store)
        other.analyserKey = "v0-other"
        #expect(other.attachment("annot", fingerprint: again.fingerprint) == nil)
    }
}
