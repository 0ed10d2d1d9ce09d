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

    @Test func markdownBlocksAndInlines() {
        #expect(MarkdownHTML.render("# Title #\n\nA *b* and **c** and `d*e*` and snake_case_name.") ==
            "<h1>Title</h1>\n<p>A <em>b</em> and <strong>c</strong> and <code>d*e*</code> and snake_case_name.</p>\n")
        #expect(MarkdownHTML.render("line one  \nline two\\\nthree") == "<p>line one<br>\nline two<br>\nthree</p>\n")
        #expect(MarkdownHTML.render("- a\n- b\n  more\n\n3. x\n4. y") ==
            "<ul>\n<li>a</li>\n<li>b\nmore</li>\n</ul>\n<ol start=\"3\">\n<li>x</li>\n<li>y</li>\n</ol>\n")
        #expect(MarkdownHTML.render("> quoted *text*\n\n---\n\n```swift\nlet x = \"<a>\"\n```") ==
            "<blockquote>\n<p>quoted <em>text</em></p>\n</blockquote>\n<hr>\n<pre><code class=\"language-swift\">let x = &quot;&lt;a&gt;&quot;\n</code></pre>\n")
        #expect(MarkdownHTML.render("[x](http://a.b \"T\") <https://c.d> [y](rel/path.html) [z](data:text/html,hi)") ==
            "<p><a href=\"http://a.b\" title=\"T\">x</a> <a href=\"https://c.d\">https://c.d</a> <a href=\"rel/path.html\">y</a> z</p>\n")
        #expect(MarkdownHTML.render("<b onclick=\"x\">raw</b> \\*not em\\* 2 * 3 * 4") ==
            "<p>&lt;b onclick=&quot;x&quot;&gt;raw&lt;/b&gt; *not em* 2 * 3 * 4</p>\n")
        #expect(MarkdownHTML.render("") == "")
        #expect(MarkdownHTML.render("    indented <code>\n\npara") == "<pre><code>indented &lt;code&gt;\n</code></pre>\n<p>para</p>\n")
    }

    @Test func htmlIsSelfContainedEscapedAndEmbedsCharts() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>"
        let html = NotebookExporter.html(Self.notebook) { path in path == "dispersion.svg" ? Array(svg.utf8) : nil }
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.contains("<title>Gantz &lt;in&gt; Washington</title>"))
        #expect(html.contains("<h1>Gantz &amp; <em>the</em> cabinet</h1>"))
        #expect(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">the post</a> and bad."))
        #expect(html.contains("<pre class=\"output\">doc  count\n000  &lt;3&gt;</pre>"))
        #expect(html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"))
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
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-\(UUID().uuidString).ipynb").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var nb = Self.notebook
        nb.append(.cell(source: "", output: "```\n\u{1}odd\tcontrol"))
        try AtomicFile.write(NotebookExporter.ipynb(nb), to: path)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            "python3", "-c",
            "import sys, nbformat; nb = nbformat.read(sys.argv[1], as_version=4); nbformat.validate(nb); "
                + "assert nb.nbformat_minor == 5 and len(nb.cells) == 6; print('valid')",
            path,
        ]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(text)")
        #expect(text.contains("valid"))
    }
}
