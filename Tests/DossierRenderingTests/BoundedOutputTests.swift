import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierTestSupport
@testable import DossierRendering

/// Long output is bounded in the text view (a head and "(N of M …)"), never in JSON or CSV; kwic
/// contexts are whole in the value and cut to `width` only when drawn.
@Suite struct BoundedOutputTests {
    static func numbers(_ n: Int) -> Table {
        Table(columns: [Column("n", .number)], rows: (0..<n).map { [.number(Double($0))] }, unit: "rows")
    }

    @Test func longTablesShowAHead() {
        let text = Renderer.render(.table(Self.numbers(120)), options: RenderOptions(width: 60))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 1 + RenderOptions.defaultRows + 1)
        #expect(lines.last?.hasPrefix("(50 of 120 rows;") == true)
        let all = Renderer.render(.table(Self.numbers(120)), options: RenderOptions(width: 60, rows: nil))
        #expect(all.split(separator: "\n").count == 121)
        #expect(!all.contains(" of 120"))
    }

    @Test func jsonAndCSVCarryEveryRow() {
        let json = Renderer.render(.table(Self.numbers(120)), options: RenderOptions(width: 60, format: .json))
        #expect(json.contains("{\"n\":119}"))
        let csv = Renderer.render(.table(Self.numbers(120)), options: RenderOptions(width: 60, format: .csv))
        #expect(csv.split(separator: "\n").count == 121)
    }

    @Test func longListsInRecordsShowAHead() {
        let ids = (0..<300).map { Value.string("doc\($0)") }
        let text = Renderer.render(.record(Record(title: "X", fields: [Field("documents", .list(ids))])), options: RenderOptions(width: 100))
        #expect(text.contains("doc11"))
        #expect(!text.contains("doc12 "))
        #expect(text.contains("(12 of 300;"))
        let all = Renderer.render(.record(Record(title: "X", fields: [Field("documents", .list(ids))])), options: RenderOptions(width: 100, rows: nil))
        #expect(all.contains("doc299"))
    }

    @Test func dispersionShowsAHeadOfDocuments() {
        let tracks = (0..<80).map { Chart.Track(label: "d\($0)", term: "x", length: 10, positions: [1]) }
        let text = Renderer.render(.chart(Chart(kind: .dispersion, title: "t", tracks: tracks)), options: RenderOptions(width: 60))
        #expect(text.contains("(50 of 80 documents;"))
        #expect(!text.contains("d79 "))
    }

    @Test func kwicContextsAreWholeInExportsAndCutInTheView() throws {
        var session = Session(corpus: CorpusFixtures.seeds)
        let results = session.execute("kwic \"Gantz\" width=32 | top 1")
        guard case .table(let t)? = results.first?.value else { Issue.record("no table"); return }
        let shown = Renderer.render(.table(t), options: RenderOptions(width: 120))
        #expect(shown.contains(", a centrist political rival of…"))
        let csv = Renderer.render(.table(t), options: RenderOptions(format: .csv))
        #expect(csv.contains("administration officials in Washington this week."))
        #expect(!csv.contains("…"))
        let json = Renderer.render(.table(t), options: RenderOptions(format: .json))
        #expect(json.contains("administration officials in Washington this week."))
    }
}
