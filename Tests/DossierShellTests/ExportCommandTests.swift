import Foundation
import Testing

/// `dossier export` end to end on the coverage example: the cells are replayed, so the trend chart is
/// inline SVG in the page and an `image/svg+xml` output in the ipynb, and the failing cell is an error.
@Suite(.serialized) struct ExportCommandTests {
    /// The coverage example plus a failing cell, recorded and exported in a folder of its own.
    static func exported(_ format: String, _ extra: [String] = []) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let notebooks = CommandLineTests.root.appendingPathComponent("notebooks")
        var text = try String(contentsOf: notebooks.appendingPathComponent("coverage.md"), encoding: .utf8)
        text += "\nA split needs a metadata field, and the seeds have none:\n\n```dossier\ntrend \"Gantz\" split=source\n```\n"
        let notebook = dir.appendingPathComponent("coverage.md").path
        try text.write(toFile: notebook, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: notebooks.appendingPathComponent("frames.yml"), to: dir.appendingPathComponent("frames.yml"))
        let seeds = CommandLineTests.root.appendingPathComponent("seeds").path
        _ = try CommandLineTests.run(["replay", "--update", "--corpus", seeds, notebook])
        let out = dir.appendingPathComponent("out.\(format)").path
        let r = try CommandLineTests.run(["export", notebook, "--to", format, "-o", out, "--corpus", seeds] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return try String(contentsOfFile: out, encoding: .utf8)
    }

    @Test func htmlHasTheTrendChartATableAndTheFailedCell() throws {
        let html = try Self.exported("html")
        #expect(html.contains("<figure class=\"chart\">\n<svg"))
        #expect(html.contains("<title>rate by day</title>"))
        #expect(html.contains("<table><thead><tr><th>category</th>"))
        #expect(html.contains("<pre class=\"output error\" role=\"alert\">&lt;input&gt;:1:21: error: no metadata field"))
        #expect(!html.contains("<script"))
        #expect(try Self.exported("html") == html)
        let stored = try Self.exported("html", ["--no-replay"])
        #expect(!stored.contains("<svg"))
        #expect(stored.contains("<pre class=\"output error\""))
    }

    @Test func ipynbHasSVGAndErrorOutputs() throws {
        let json = try Self.exported("ipynb")
        #expect(json.contains("\"image/svg+xml\""))
        #expect(json.contains("\"output_type\": \"error\""))
        #expect(json.contains("\"evalue\": \"no metadata field 'source'\""))
    }
}
