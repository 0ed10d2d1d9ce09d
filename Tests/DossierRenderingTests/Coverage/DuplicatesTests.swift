import Foundation
import Testing
import DossierTestSupport
@testable import DossierModel
@testable import DossierLanguage
@testable import DossierRendering

@Suite struct DuplicatesTests {
    @Test func exactAndNearCopiesFormOneClusterKeptAtTheEarliest() throws {
        let t = try CoverageFixtures.table("duplicates")
        #expect(t.rows.map { $0[1].cellText } == ["s2", "s1", "s3", "s4"])  // by date, undated last
        #expect(Set(t.rows.map { $0[0] }) == [.number(1)])
        #expect(t.rows.map { $0[5] } == [.bool(true), .bool(false), .bool(false), .bool(false)])
        #expect(t.rows[1][4] == .number(1))  // the exact copy
        let near = t.rows[2][4].number ?? 0
        #expect(near >= 0.8 && near < 1)
        // Stricter than the near copy's similarity: it drops out.
        let strict = try CoverageFixtures.table("duplicates threshold=0.99")
        #expect(!strict.rows.contains { $0[1] == .string("s3") })
    }

    @Test func dedupeKeepsOneDocumentPerClusterAndAnyVerbRunsAfterIt() throws {
        let kept = try CoverageFixtures.table("docs | dedupe")
        #expect(kept.rows.map { $0[1].cellText } == ["a1", "a2", "a3", "s2"])
        let scoped = try CoverageFixtures.table("docs | where id != \"s2\" | dedupe")
        #expect(scoped.rows.map { $0[1].cellText } == ["a1", "a2", "a3", "s1"])
        var s = CoverageFixtures.session()
        let all = try CoverageFixtures.run("kwic \"w5x\" | count", in: &s).get()
        let deduped = try CoverageFixtures.run("docs | dedupe | kwic \"w5x\" | count", in: &s).get()
        #expect((deduped.number ?? 0) < (all.number ?? 0))
    }

    @Test func clustersAreDeterministicAndTiesBreakById() {
        let c = CoverageFixtures.corpus
        let a = NearDuplicates.clusters(c, documents: Array(c.documents.indices), threshold: 0.8)
        #expect(a == NearDuplicates.clusters(c, documents: Array(c.documents.indices), threshold: 0.8))
        let same = Corpus(name: "t", documents: [
            CorpusDocument(id: "b", title: "b", date: Day(iso: "2024-01-01"), metadata: [], text: CoverageFixtures.text(CoverageFixtures.story)),
            CorpusDocument(id: "a", title: "a", date: Day(iso: "2024-01-01"), metadata: [], text: CoverageFixtures.text(CoverageFixtures.story)),
            CorpusDocument(id: "empty", title: "e", date: nil, metadata: [], text: ""),
        ])
        let clusters = NearDuplicates.clusters(same, documents: [0, 1, 2], threshold: 0.8)
        #expect(clusters.count == 1)
        #expect(clusters.first.map { same.documents[$0.kept].id } == "a")
    }

    @Test func thresholdIsChecked() {
        var s = CoverageFixtures.session()
        guard case .failure(let d) = CoverageFixtures.run("duplicates threshold=0.2", in: &s) else { Issue.record("no error"); return }
        #expect(d.message.contains("0.5 to 1"))
    }
}
