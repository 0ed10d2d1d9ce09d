import Testing
import DossierModel
import DossierExtraction
import DossierTestSupport
@testable import DossierLanguage

@Suite struct CorpusSeedsVerbTests {
    @Test func kwicGantzHas15Hits() throws {
        let t = try VerbRunner.table("kwic", ["pattern": .string("Gantz")])
        #expect(t.rows.count == 15)
        #expect(t.columns.map(\.name) == ["doc", "sentence", "left", "match", "right"])
        #expect(t.columns[2].role == .leftContext && t.columns[3].role == .match && t.columns[4].role == .rightContext)
        #expect(t.unit == "hits")
        #expect(t.rows[0][3] == .string("Gantz"))
        #expect(t.rows.allSatisfy { $0[3].string == "Gantz" })
    }

    /// The value carries whole sentences (the match's own, and neighbours until there are `width`
    /// characters; never a literal "…"); the table view cuts them to `width` at a word with "…".
    @Test func kwicContextIsWholeInTheValueAndCutInTheView() throws {
        let t = try VerbRunner.table("kwic", ["pattern": .string("Gantz"), "width": .number(32)])
        #expect(t.rows[0][2] == .string("Benny"))
        #expect(t.rows[0][4] == .string(
            ", a centrist political rival of Prime Minister Benjamin Netanyahu, is meeting with several senior U.S. administration officials in Washington this week."))
        #expect(t.rows[1][2] == .string(
            "The scheduled meetings coincide with talks currently underway in Egypt in the hopes of brokering a ceasefire in Gaza before the Muslim holy month of Ramadan begins next week."))
        #expect(t.rows.allSatisfy { !($0[2].string ?? "").contains("…") && !($0[4].string ?? "").contains("…") })
        #expect(t.rows[1][1] == .number(3))
        #expect(t.columns[2].maxWidth == 32 && t.columns[4].maxWidth == 32)
        let sorted = try VerbRunner.table("kwic", ["pattern": .string("Gantz"), "sort": .string("right")])
        #expect(sorted.rows.count == 15)
        #expect(sorted.rows.first?[4].string?.hasPrefix("'s") == true)
    }

    @Test func freqHamasIs20() throws {
        let t = try VerbRunner.table("freq", ["term": .string("Hamas")])
        #expect(t.rows.count == 1)
        #expect(t.rows.first?[1] == .number(20))
    }

    @Test func searchRafahFindsOnlyDoc2() throws {
        let t = try VerbRunner.table("search", ["query": .string("Rafah")])
        #expect(t.rows.map { $0[0] } == [.string("002_2d58e2d24ab33054")])
        #expect(t.rows.first?[2].string?.contains("«Rafah»") == true)
    }

    @Test func phraseHumanitarianPausesFindsOnlyDoc3() throws {
        let t = try VerbRunner.table("search", ["query": .string("\"humanitarian pauses\"")])
        #expect(t.rows.map { $0[0] } == [.string("003_86e5b813f477aee0")])
        let k = try VerbRunner.table("kwic", ["pattern": .string("humanitarian pauses")])
        #expect(Set(k.rows.map { $0[0] }) == [.string("003_86e5b813f477aee0")])
    }

    @Test func scopeRestrictsVerbs() throws {
        let t = try VerbRunner.table("kwic", ["pattern": .string("Gantz")], scope: [1])
        #expect(!t.rows.isEmpty)
        #expect(t.rows.allSatisfy { $0[0] == .string("001_7cacce9e1f613db5") })
        let byDoc = try VerbRunner.table("freq", ["term": .string("Hamas"), "by": .string("doc")], scope: [0, 2])
        #expect(byDoc.rows.count == 2)
        #expect(byDoc.columns.map(\.name) == ["doc", "count"])
    }

    @Test func freqByDocListsEveryDocument() throws {
        let t = try VerbRunner.table("freq", ["term": .string("Hamas"), "by": .string("doc")])
        #expect(t.rows.count == 5)
        #expect(t.rows.reduce(0) { $0 + ($1[1].number ?? 0) } == 20)
    }

    @Test func everyVerbAnswersOnSeeds() throws {
        let word = try VerbRunner.table("freq")
        #expect(word.rows.count > 100)
        #expect(word.rows.first?[0].string != "the")
        let ng = try VerbRunner.table("ngrams", ["n": .number(2)])
        #expect(!ng.rows.isEmpty)
        let col = try VerbRunner.table("collocates", ["term": .string("Gantz"), "measure": .string("mi"), "min": .number(1)])
        #expect(!col.rows.isEmpty)
        #expect(col.columns.map(\.name) == ["term", "observed", "expected", "score"])
        let kw = try VerbRunner.table("keywords", ["docs": .list([.number(3)])])
        #expect(!kw.rows.isEmpty)
        let sim = try VerbRunner.table("similar", ["doc": .number(1)])
        #expect(sim.rows.count == 4)
        let sum = try VerbRunner.table("summary", ["doc": .number(2), "sentences": .number(3)])
        #expect(sum.rows.count == 3)
        let nums = sum.rows.compactMap { $0[0].number }
        #expect(nums == nums.sorted())
        let docs = try VerbRunner.table("docs")
        #expect(docs.rows.count == 5)
        #expect(docs.rows[1][2] == .date(Day(iso: "2024-03-03")!))
        let sents = try VerbRunner.table("sentences", ["doc": .string("001")])
        #expect(sents.rows.count == CorpusFixtures.seeds.documents[1].sentences.count)
        guard case .document(let dv) = try VerbRunner.run("show", ["doc": .number(2)]) else {
            Issue.record("show did not return a document")
            return
        }
        #expect(dv.id == "002_2d58e2d24ab33054")
        guard case .record(let r) = try VerbRunner.run("stats") else {
            Issue.record("stats did not return a record")
            return
        }
        #expect(r.fields.first { $0.name == "documents" }?.value == .number(5))
        #expect(r.fields.first { $0.name == "date range" }?.value == .string("2024-03-03 – 2024-03-13"))
    }

    @Test func documentReferencesResolve() throws {
        let c = CorpusFixtures.seeds
        #expect(c.resolveDocument(.number(4)) == 4)
        #expect(c.resolveDocument(.string("003")) == 3)
        #expect(c.resolveDocument(.string("003_86e5b813f477aee0")) == 3)
        #expect(c.resolveDocument(.number(9)) == nil)
        #expect(c.lookupDocument(.string("00")) == .ambiguous("00", candidates: c.documents.prefix(5).map(\.id)))
        #expect(throws: Diagnostic.self) { try VerbRunner.run("show", ["doc": .string("zzz")]) }
    }

    @Test func regexKwic() throws {
        let t = try VerbRunner.table("kwic", ["pattern": .regex("Netan\\w+")])
        #expect(!t.rows.isEmpty)
        #expect(t.rows.allSatisfy { $0[3].string?.hasPrefix("Netan") == true })
    }
}
