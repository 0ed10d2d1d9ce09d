import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
import DossierTestSupport
@testable import DossierNotebook

@Suite struct NotebookExporterTests {
    static let notebook = Notebook(
        title: "Gantz <in> Washington", corpus: "../seeds", fingerprint: "sha256:0123456789abcdef0123",
        blocks: [
            .prose("# Gantz & *the* cabinet\n\nSee [the post](https://example.org/a?b=1&c=2) and [bad](javascript:alert(1)).\n\n- one `x<y`\n- **two**\n\n1. first\n2. second"),
            .cell(source: "freq \"Hamas\" by doc | chart to \"dispersion.svg\"", output: "doc  count\n000  <3>"),
            .prose("<script>alert(1)</script>"),
            .cell(source: "docs | count", output: nil),
            .cell(source: "docs | count", output: ""),
        ])

    @Test func proseThroughInkWithTablesNestedListsAndAWhitelist() {
        #expect(ProseHTML.render("# Title #\n\nA *b* and **c** and `d*e*` and snake_case_name.") ==
            "<h1>Title</h1><p>A <em>b</em> and <strong>c</strong> and <code>d*e*</code> and snake_case_name.</p>\n")
        #expect(ProseHTML.render("| a | b |\n|---|---|\n| 1 | 2 |") ==
            "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>\n")
        // Ink alone nests "- c" under "b"; the list shift keeps it at the top level.
        #expect(ProseHTML.render("- a\n  - b\n- c") == "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>\n")
        #expect(ProseHTML.render("1. x\n   - y\n2. z") == "<ol><li>x<ul><li>y</li></ul></li><li>z</li></ol>\n")
        #expect(ProseHTML.render("3. x\n4. y") == "<ol start=\"3\"><li>x</li><li>y</li></ol>\n")
        #expect(ProseHTML.render("```swift\nlet x = \"<a>\"\n```").contains("&lt;a&gt;"))
        // Raw HTML and unsafe links from an untrusted notebook.
        let raw = ProseHTML.render("<b onclick=\"x\">raw</b> <script>alert(1)</script>\n\n[z](javascript:alert(1)) [ok](https://a.b?c=1&d=2)")
        #expect(!raw.contains("<b"))
        #expect(!raw.contains("<script"))
        #expect(raw.contains("&lt;script"))
        #expect(!raw.contains("javascript:"))
        #expect(raw.contains("<a href=\"https://a.b?c=1&amp;d=2\">ok</a>"))
        #expect(raw.contains("<p>z <a href"))
        #expect(ProseHTML.sanitize("<p class=\"x\" onclick=\"y\">t</p><img src=\"http://e/x.png\" alt=\"i\"/>") ==
            "<p class=\"x\">t</p><img alt=\"i\"/>")
        #expect(ProseHTML.render("") == "")
        // Ink 0.6 traps on a list that ends in whitespace; the prose is trimmed before it.
        #expect(ProseHTML.render("1. *#\n**dossier*> _\n   ").hasPrefix("<ol>"))
        #expect(ProseHTML.render("- a\n  ") == "<ul><li>a</li></ul>\n")
        #expect(ProseHTML.render("- a\r\n- b \t") == "<ul><li>a</li><li>b</li></ul>\n")
    }

    @Test func htmlIsSelfContainedEscapedAndEmbedsCharts() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>"
        let html = NotebookExporter.html(Self.notebook) { path in path == "dispersion.svg" ? Array(svg.utf8) : nil }
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.contains("<title>Gantz &lt;in&gt; Washington</title>"))
        #expect(html.contains("<h1>Gantz &amp; <em>the</em> cabinet</h1>"))
        #expect(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">the post</a> and bad."))
        #expect(html.contains("<pre class=\"output\">doc  count\n000  &lt;3&gt;</pre>"))
        #expect(html.contains("&lt;script>alert(1)&lt;/script>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("<img src=\"data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString())\" alt=\"dispersion.svg\">"))
        #expect(html.contains("default-src 'none'"))
        // No external resource: the only URLs are the prose link and the SVG namespace inside base64.
        #expect(!html.contains("src=\"http"))
        #expect(!html.contains("<link"))
        #expect(html == NotebookExporter.html(Self.notebook) { path in path == "dispersion.svg" ? Array(svg.utf8) : nil })
        // Without the file, no figure.
        #expect(!NotebookExporter.html(Self.notebook).contains("<figure>"))
    }

    @Test func fileLoaderIsConfinedToTheNotebookFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/nb", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "<svg/>".write(toFile: root + "/nb/a.svg", atomically: true, encoding: .utf8)
        try "<svg/>".write(toFile: root + "/outside.svg", atomically: true, encoding: .utf8)
        let load = NotebookExporter.fileLoader(notebookPath: root + "/nb/x.md")
        #expect(load("a.svg") == Array("<svg/>".utf8))
        #expect(load("../outside.svg") == nil)
        #expect(load(root + "/outside.svg") == nil)
        #expect(load("missing.svg") == nil)
    }

    @Test func ipynbIsDeterministicWithStableUniqueIds() throws {
        let json = NotebookExporter.ipynb(Self.notebook)
        #expect(json == NotebookExporter.ipynb(Self.notebook))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["nbformat"] as? Int == 4)
        #expect(object["nbformat_minor"] as? Int == 5)
        let cells = try #require(object["cells"] as? [[String: Any]])
        #expect(cells.map { $0["cell_type"] as? String } == ["markdown", "code", "markdown", "code", "code"])
        let ids = cells.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == 5)
        #expect(ids.allSatisfy { $0.count <= 64 && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } })
        let first = try #require(cells[1]["outputs"] as? [[String: Any]])
        #expect(first.first?["output_type"] as? String == "execute_result")
        #expect((first.first?["data"] as? [String: Any])?["text/plain"] as? [String] == ["doc  count\n", "000  <3>"])
        #expect(cells[1]["source"] as? [String] == ["freq \"Hamas\" by doc | chart to \"dispersion.svg\""])
        #expect(cells[3]["execution_count"] is NSNull)
        let metadata = try #require(object["metadata"] as? [String: Any])
        #expect((metadata["kernelspec"] as? [String: Any])?["name"] as? String == "dossier")
        #expect((metadata["language_info"] as? [String: Any])?["name"] as? String == "dossier")
        // Keys are sorted: "cells" comes before "metadata", which comes before "nbformat".
        let c = try #require(json.range(of: "\"cells\"")), m = try #require(json.range(of: "\n \"metadata\""))
        #expect(c.lowerBound < m.lowerBound)
    }

    static let hasNBFormat: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import nbformat"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()

    @Test(.enabled(if: hasNBFormat, "skipped: python3 with nbformat is not installed (.ci/run installs it)"))
    func ipynbValidatesWithNBFormat() throws {
        var nb = Self.notebook
        nb.append(.cell(source: "", output: "```\n\u{1}odd\tcontrol"))
        let (status, text) = try Self.python(
            "import sys, nbformat; nb = nbformat.read(sys.argv[1], as_version=4); nbformat.validate(nb); "
                + "assert nb.nbformat_minor == 5 and len(nb.cells) == 6; print('valid')",
            on: NotebookExporter.ipynb(nb))
        #expect(status == 0, "\(text)")
        #expect(text.contains("valid"))
    }

    /// Runs a python3 `script` with the path of a temporary `.ipynb` holding `json` as its argument:
    /// its exit status and what it printed (standard output and error).
    static func python(_ script: String, on json: String) throws -> (status: Int32, output: String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-\(UUID().uuidString).ipynb").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try AtomicFile.write(json, to: path)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, text)
    }
}

/// Exports from a replay: charts as SVG, failed statements as errors, text matching the stored output.
@Suite struct NotebookRichExportTests {
    static func replayed() -> (Notebook, [CellOutcome]) {
        let sources = ["trend \"Gantz\" \"Hamas\" by day | chart", "docs | select id, words | top 2", "trend \"Gantz\" split=desk"]
        var session = Session(corpus: CorpusFixtures.seeds)
        let outcomes = sources.map { session.run(cell: $0) }
        var blocks: [NotebookBlock] = [.prose("# Rich\n\n| a | b |\n|---|---|\n| 1 | 2 |")]
        for (s, o) in zip(sources, outcomes) { blocks.append(.cell(source: s, output: o.output)) }
        return (Notebook(title: "rich", corpus: "../seeds", blocks: blocks), outcomes)
    }

    @Test func htmlInlinesChartsAndMarksFailures() {
        let (nb, outcomes) = Self.replayed()
        #expect(outcomes.map(\.failed) == [false, false, true])
        let html = NotebookExporter.html(nb, outcomes: outcomes)
        #expect(html.contains("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("<pre class=\"output error\" role=\"alert\">&lt;input&gt;:1:21: error: no metadata field"))
        #expect(html.contains("<pre class=\"output\"> id"))
        #expect(html.contains("<table><thead><tr><th>a</th>"))
        #expect(!html.contains("<pre class=\"output\">rate by day"))  // the chart replaces its text form
        // Outcomes that no longer match the stored text are not used: the stored output is shown.
        var drifted = outcomes
        drifted[0].output = "something else"
        #expect(!NotebookExporter.html(nb, outcomes: drifted).contains("<figure class=\"chart\">"))
        // Without a replay a stored diagnostic is still an error.
        #expect(NotebookExporter.html(nb).contains("<pre class=\"output error\""))
    }

    @Test func ipynbCarriesSVGAndErrorOutputs() throws {
        let (nb, outcomes) = Self.replayed()
        let json = NotebookExporter.ipynb(nb, outcomes: outcomes)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let cells = try #require(object["cells"] as? [[String: Any]])
        let outputs = cells.compactMap { $0["outputs"] as? [[String: Any]] }
        #expect(outputs.map { $0.map { $0["output_type"] as? String ?? "" } } == [["display_data"], ["execute_result"], ["error"]])
        let data = try #require(outputs[0][0]["data"] as? [String: Any])
        #expect((data["image/svg+xml"] as? [String])?.first?.hasPrefix("<svg") == true)
        #expect(outputs[2][0]["ename"] as? String == "DossierError")
        #expect(outputs[2][0]["evalue"] as? String == "no metadata field 'desk'")
        #expect((outputs[2][0]["traceback"] as? [String])?.count == 4)
        #expect(json == NotebookExporter.ipynb(nb, outcomes: outcomes))
        guard NotebookExporterTests.hasNBFormat else { return }
        let (status, text) = try NotebookExporterTests.python(
            "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')", on: json)
        #expect(status == 0, "\(text)")
    }
}
