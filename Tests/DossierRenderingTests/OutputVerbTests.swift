import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierTestSupport
@testable import DossierRendering

@Suite struct OutputVerbTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func seeds() throws -> Corpus { try Corpus.load(path: root.appendingPathComponent("seeds").path, cacheDirectory: nil) }

    static func tempDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }

    func run(_ verb: String, _ args: [String: Value], input: Value? = nil, scope: [Int]? = nil, state: inout SessionState)
        throws(Diagnostic) -> Value
    {
        guard let spec = Registry.standard.verb(verb), let evaluate = spec.evaluate else {
            throw .error("no verb \(verb)", at: .unknown)
        }
        var arguments = args
        for o in spec.options where arguments[o.name] == nil { arguments[o.name] = o.defaultValue }
        return try evaluate(VerbCall(verb: verb, arguments: arguments, input: input, scope: scope), &state)
    }

    @Test func registersTheThreeVerbs() throws {
        let chart = try #require(Registry.standard.verb("chart"))
        #expect(chart.input == .required(.table))
        #expect(chart.parameters.map(\.keyword) == ["by", "to"])
        let dispersion = try #require(Registry.standard.verb("dispersion"))
        #expect(dispersion.input == .scope)
        #expect(dispersion.parameters.first?.variadic == true)
        let export = try #require(Registry.standard.verb("export"))
        #expect(export.input == .required(.any))
        #expect(export.usage == "export FILE")
    }

    @Test func exportRoundTripsCSV() throws {
        let dir = try Self.tempDirectory()
        var state = SessionState(corpus: .empty, files: FileAccess(baseDirectory: dir), rendering: .standard)
        let result = try run("export", ["file": .string("quotes.csv")], input: .table(CSVRendererTests.tricky), state: &state)
        #expect(result == .string("wrote 3 rows to quotes.csv"))
        let text = try String(contentsOfFile: dir + "/quotes.csv", encoding: .utf8)
        let rows = parseCSV(text)
        #expect(rows.count == 4)
        for (r, row) in CSVRendererTests.tricky.rows.enumerated() {
            #expect(rows[r + 1] == row.map { CSVRenderer.text($0) })
        }
        #expect(rows[2][1] == "line one\nline two\r\nline three")
    }

    @Test func exportOtherFormats() throws {
        let dir = try Self.tempDirectory()
        var state = SessionState(corpus: .empty, files: FileAccess(baseDirectory: dir), rendering: .standard)
        for name in ["t.json", "t.jsonl", "t.md"] {
            _ = try run("export", ["file": .string(name)], input: .table(RenderFixtures.docs), state: &state)
        }
        let json = try Data(contentsOf: URL(fileURLWithPath: dir + "/t.json"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
        #expect(parsed.count == 3)
        #expect(parsed[1]["date"] as? String == "2024-03-03")
        #expect(try String(contentsOfFile: dir + "/t.jsonl", encoding: .utf8).split(separator: "\n").count == 3)
        #expect(try String(contentsOfFile: dir + "/t.md", encoding: .utf8).hasPrefix("| id | date | title | words | score |\n"))
        let one = try run("export", ["file": .string("r.csv")], input: .record(Record(fields: [Field("a", .number(1))])), state: &state)
        #expect(one == .string("wrote 1 row to r.csv"))
    }

    @Test func exportRefusesUnknownExtensionsAndConfinedPaths() throws {
        let dir = try Self.tempDirectory()
        var state = SessionState(corpus: .empty, files: FileAccess(baseDirectory: dir), rendering: .standard)
        do {
            _ = try run("export", ["file": .string("t.xlsx")], input: .table(RenderFixtures.docs), state: &state)
            Issue.record("expected a diagnostic")
        } catch {
            #expect(error.message == "cannot export to '.xlsx' files")
            #expect(error.suggestion == "export writes .csv, .json, .jsonl, .md")
        }
        do {
            _ = try run("export", ["file": .string("missing/t.csv")], input: .table(RenderFixtures.docs), state: &state)
            Issue.record("expected a diagnostic")
        } catch {
            #expect(error.message.contains("folder does not exist"))
        }
        var confined = SessionState(corpus: .empty, files: FileAccess(baseDirectory: dir, confinedTo: [dir]), rendering: .standard)
        do {
            _ = try run("export", ["file": .string("../escape.csv")], input: .table(RenderFixtures.docs), state: &confined)
            Issue.record("expected a diagnostic")
        } catch {
            #expect(error.message.contains("outside the notebook's folder"))
        }
        #expect(!FileManager.default.fileExists(atPath: (dir as NSString).deletingLastPathComponent + "/escape.csv"))
    }

    static let freq = Table(
        columns: [Column("doc", .string), Column("count", .number), Column("share", .number)],
        rows: [
            [.string("000"), .number(7), .number(0.5)], [.string("001"), .number(3), .number(0.2)],
            [.string("002"), .number(2), .number(0.1)], [.string("003"), .number(0), .number(0)],
            [.string("004"), .number(1), .number(0.2)],
        ])

    @Test func chartDrawsBarsFromFirstTextAndNumberColumns() throws {
        var state = SessionState(corpus: .empty, rendering: .standard)
        let v = try run("chart", [:], input: .table(Self.freq), state: &state)
        guard case .chart(let chart) = v else { Issue.record("not a chart"); return }
        #expect(chart.kind == .bars)
        #expect(chart.title == "count by doc")
        #expect(chart.bars.map(\.label) == ["000", "001", "002", "003", "004"])
        #expect(chart.bars.map(\.value) == [7, 3, 2, 0, 1])
        let named = try run("chart", ["value": .string("share")], input: .table(Self.freq), state: &state)
        if case .chart(let c) = named { #expect(c.bars.first?.value == 0.5) } else { Issue.record("not a chart") }
        let numbered = Table(
            columns: [Column("#", .number), Column("id", .string), Column("words", .number)],
            rows: [[.number(0), .string("a"), .number(500)], [.number(1), .string("b"), .number(300)]])
        if case .chart(let c) = try run("chart", [:], input: .table(numbered), state: &state) {
            #expect(c.title == "words by id")
            #expect(c.bars.map(\.value) == [500, 300])
        } else { Issue.record("not a chart") }
        let many = Table(columns: [Column("term", .string), Column("count", .number)],
                         rows: (0..<120).map { [.string("w\($0)"), .number(Double(120 - $0))] })
        if case .chart(let c) = try run("chart", [:], input: .table(many), state: &state) {
            #expect(c.bars.count == 50)
            #expect(c.title == "count by term (first 50 of 120)")
        } else { Issue.record("not a chart") }
        if case .chart(let c) = try run("chart", ["max": .number(0)], input: .table(many), state: &state) {
            #expect(c.bars.count == 120)
        } else { Issue.record("not a chart") }
        let text = Renderer.render(v, options: RenderOptions(width: 40))
        #expect(text.split(separator: "\n").count == 6)
    }

    @Test func chartErrors() throws {
        var state = SessionState(corpus: .empty, rendering: .standard)
        let words = Table(columns: [Column("word", .string)], rows: [[.string("a")]])
        #expect(throws: Diagnostic.self) { try run("chart", [:], input: .table(words), state: &state) }
        do {
            _ = try run("chart", ["value": .string("cuont")], input: .table(Self.freq), state: &state)
            Issue.record("expected a diagnostic")
        } catch {
            #expect(error.message == "unknown column 'cuont'")
            #expect(error.suggestion == "did you mean 'count'?")
        }
        do {
            _ = try run("chart", ["file": .string("x.png")], input: .table(Self.freq), state: &state)
            Issue.record("expected a diagnostic")
        } catch {
            #expect(error.message.contains("SVG"))
        }
    }

    @Test func chartToSVGWritesTheFile() throws {
        let dir = try Self.tempDirectory()
        var state = SessionState(corpus: .empty, files: FileAccess(baseDirectory: dir), rendering: .standard)
        let v = try run("chart", ["file": .string("hamas.svg")], input: .table(Self.freq), state: &state)
        #expect(Renderer.render(v, options: RenderOptions()) == "wrote hamas.svg (chart: count by doc)\n")
        let svg = try String(contentsOfFile: dir + "/hamas.svg", encoding: .utf8)
        #expect(ElementCounter.parse(svg) != nil)
    }

    @Test func chartByDateCountsRowsOrSumsCounts() throws {
        var state = SessionState(corpus: .empty, rendering: .standard)
        let v = try run("chart", ["by": .string("date")], input: .table(RenderFixtures.docs), state: &state)
        guard case .chart(let chart) = v else { Issue.record("not a chart"); return }
        #expect(chart.kind == .series)
        #expect(chart.xLabel == "day")
        #expect(chart.bars.count == 11)  // 2024-03-03 … 2024-03-13; the undated row is left out
        #expect(chart.bars.first?.value == 1)
        #expect(chart.bars.reduce(0) { $0 + $1.value } == 2)
        let counts = Table(
            columns: [Column("day", .date), Column("count", .number)],
            rows: [[.date(Day(iso: "2024-01-01")!), .number(4)], [.date(Day(iso: "2024-04-01")!), .number(6)]])
        let weekly = try run("chart", ["by": .string("date")], input: .table(counts), state: &state)
        if case .chart(let c) = weekly {
            #expect(c.xLabel == "week")
            #expect(c.bars.reduce(0) { $0 + $1.value } == 10)
            #expect(c.title == "count per week (by day)")
        } else { Issue.record("not a chart") }
        let monthly = try run("chart", ["by": .string("day"), "every": .string("month")], input: .table(counts), state: &state)
        if case .chart(let c) = monthly { #expect(c.bars.map(\.label) == ["2024-01", "2024-02", "2024-03", "2024-04"]) }
    }

    @Test func dispersionOverTheSeeds() throws {
        let corpus = try Self.seeds()
        let dir = try Self.tempDirectory()
        var state = SessionState(corpus: corpus, files: FileAccess(baseDirectory: dir), rendering: .standard)
        let v = try run("dispersion", ["terms": .list([.string("Gantz"), .string("Netanyahu")])], state: &state)
        guard case .chart(let chart) = v else { Issue.record("not a chart"); return }
        #expect(chart.kind == .dispersion)
        #expect(chart.tracks.count == 2 * corpus.documents.count)
        #expect(chart.tracks.filter { $0.term == "Gantz" }.reduce(0) { $0 + $1.positions.count } > 0)
        let text = Renderer.render(v, options: RenderOptions(width: 100))
        // title + per term a heading and one row per document
        #expect(text.split(separator: "\n").count == 1 + 2 * (1 + corpus.documents.count))
        let scoped = try run("dispersion", ["terms": .list([.string("Gantz")])], scope: [1, 3], state: &state)
        if case .chart(let c) = scoped { #expect(c.tracks.map(\.label) == [corpus.documents[1].id, corpus.documents[3].id]) }
        let regex = try run("dispersion", ["terms": .list([.regex("netan\\w+")])], state: &state)
        if case .chart(let c) = regex {
            #expect(c.title == "Dispersion of r\"netan\\w+\"")
            #expect(c.tracks.reduce(0) { $0 + $1.positions.count } > 0)
            #expect(Renderer.render(regex, options: RenderOptions()).contains("\n r\"netan\\w+\": "))
        }
        #expect(throws: Diagnostic.self) { try run("dispersion", ["terms": .list([.string("  ")])], state: &state) }
        let saved = try run("dispersion", ["terms": .list([.string("Gantz")]), "file": .string("d.svg")], state: &state)
        if case .chart(let c) = saved { #expect(c.savedTo == "d.svg") }
        #expect(ElementCounter.parse(try String(contentsOfFile: dir + "/d.svg", encoding: .utf8)) != nil)
    }
}
