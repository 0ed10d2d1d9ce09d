import Foundation
import Testing
import DossierModel
import DossierTestSupport
@testable import DossierExtraction
@testable import DossierLanguage

/// A statement that fails leaves the session exactly as it was: it runs on a copy of the state,
/// committed only on success.
@Suite struct SessionAtomicityTests {
    static let seeds = CorpusFixtures.seedsPath

    @Test func aFailingAliasIsNotRecorded() throws {
        var session = Session(corpus: try Corpus.load(path: Self.seeds, cacheDirectory: nil))
        let failed = session.execute("alias \"Bibi\" = \"Netanyahu\" | top 1")
        #expect(failed.last?.failed == true)
        #expect(session.state.extraction.curations.isEmpty)
        // The same alias on its own is recorded.
        let ok = session.execute("alias \"Bibi\" = \"Netanyahu\"")
        #expect(ok.last?.failed == false)
        #expect(session.state.extraction.curations.count == 1)
    }

    @Test func aFailingLetBindsNothingAndKeepsTheOldValue() throws {
        var session = Session(corpus: Corpus.load(files: [(path: "a.txt", bytes: Array("Some text.".utf8))]))
        _ = session.execute("let x = 1")
        let r = session.execute("let x = docs | top \"no\"")
        #expect(r.last?.failed == true)
        #expect(session.execute("x").last?.value == .number(1))
        let before = session.state.variables.count
        _ = session.execute("let y = nosuchverb")
        #expect(session.state.variables.count == before)
    }

    @Test func extractionDoneByAFailedStatementIsKept() throws {
        var session = Session(corpus: try Corpus.load(path: Self.seeds, cacheDirectory: nil))
        _ = session.execute("entities | top \"x\"")
        #expect(session.state.extraction.raw != nil)
        #expect(session.state.extraction.curations.isEmpty)
    }
}
