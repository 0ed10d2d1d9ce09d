import Foundation
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// Exports a notebook to a self-contained HTML page or a Jupyter notebook (nbformat 4.5).
/// Both are deterministic: the same notebook gives the same bytes.
public enum NotebookExporter {
    /// Reads a file referenced by a cell, given its path as written in the cell (relative to the
    /// notebook's folder); `nil` when it is missing or not allowed.
    public typealias FileLoader = @Sendable (String) -> [UInt8]?

    /// A loader reading files next to the notebook, confined to the notebook's folder.
    public static func fileLoader(notebookPath: String) -> FileLoader {
        let folder = FileAccess.standardize(RelativePath.folder(of: notebookPath))
        let access = FileAccess(baseDirectory: folder, confinedTo: [folder])
        return { path in
            guard let resolved = try? access.resolve(path, writing: false, at: .unknown) else { return nil }
            return FileManager.default.contents(atPath: resolved).map { [UInt8]($0) }
        }
    }

    /// One self-contained HTML file: inline CSS, no scripts, no network (a Content-Security-Policy
    /// forbids any fetch), prose rendered from Markdown (Ink), cells and outputs in `<pre>`. With
    /// `outcomes` from a replay (one per cell) whose text matches the stored output, charts are inline
    /// SVG and failed statements are marked as errors; otherwise SVG files the cells write (`to
    /// "x.svg"`) are embedded as images when `load` finds them, and a stored diagnostic is an error.
    public static func html(_ nb: Notebook, outcomes: [CellOutcome]? = nil, load: FileLoader = { _ in nil }) -> String {
        let title = nb.title.isEmpty ? "Dossier notebook" : nb.title
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="generator" content="Dossier">
            <title>\(MarkupEscape.escape(title))</title>
            <style>
            \(css)
            </style>
            </head>
            <body>
            <main>

            """
        var meta: [String] = []
        if let corpus = nb.corpus { meta.append("corpus <code>\(MarkupEscape.escape(corpus))</code>") }
        if let fp = nb.fingerprint { meta.append("fingerprint <code>\(MarkupEscape.escape(FingerprintCheck.short(fp)))</code>") }
        if !meta.isEmpty { out += "<p class=\"meta\">\(meta.joined(separator: " · "))</p>\n" }
        var cellNumber = 0
        for block in nb.blocks {
            switch block {
            case .prose(let text):
                out += "<div class=\"prose\">\n\(ProseHTML.render(text))</div>\n"
            case .cell(let source, let output):
                cellNumber += 1
                out += "<section class=\"cell\" id=\"cell-\(cellNumber)\">\n"
                out += "<pre class=\"source\"><code>\(MarkupEscape.escape(source))</code></pre>\n"
                if let parts = richParts(outcomes, cell: cellNumber - 1, stored: output) {
                    for part in parts { out += htmlPart(part) }
                    out += "</section>\n"
                    continue
                }
                for part in storedParts(output) { out += htmlPart(part) }
                for name in svgReferences(in: source) {
                    guard let bytes = load(name), looksLikeSVG(bytes) else { continue }
                    let data = Data(bytes).base64EncodedString()
                    out += "<figure><img src=\"data:image/svg+xml;base64,\(data)\" alt=\"\(MarkupEscape.escape(name))\">"
                    out += "<figcaption>\(MarkupEscape.escape(name))</figcaption></figure>\n"
                }
                out += "</section>\n"
            }
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static let css = """
        body { margin: 0; background: #fff; color: #1d1d1f; font: 16px/1.55 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
        h1, h2, h3 { line-height: 1.25; }
        .meta { color: #666; font-size: 0.85rem; }
        pre { overflow-x: auto; padding: 0.6rem 0.8rem; border-radius: 4px; font: 13px/1.4 ui-monospace, "SF Mono", Menlo, Consolas, monospace; }
        code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
        .cell { margin: 1.25rem 0; }
        .cell pre.source { background: #eef2f7; border-left: 3px solid #4a6fa5; margin-bottom: 0; }
        .cell pre.source::before { content: "dossier> "; color: #4a6fa5; }
        .cell pre.output { background: #fafafa; border: 1px solid #e4e4e4; margin-top: 0; white-space: pre; }
        .cell pre.output.error { background: #fdf0f0; border: 1px solid #e8b4b4; border-left: 3px solid #c0392b; color: #8b1a1a; margin-top: 0; white-space: pre; }
        .cell figure.chart { margin: 0; border: 1px solid #e4e4e4; border-top: 0; padding: 0.5rem; background: #fff; }
        .cell figure.chart svg { max-width: 100%; height: auto; display: block; }
        table { border-collapse: collapse; margin: 0.75rem 0; }
        th, td { border: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: left; }
        th { background: #f4f4f4; }
        .prose pre { background: #f4f4f4; }
        figure { margin: 0.75rem 0; }
        figure img { max-width: 100%; height: auto; }
        figcaption { color: #666; font-size: 0.8rem; }
        blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid #ddd; color: #444; }
        """

    /// The statement-by-statement parts of cell `k`, when a replay produced them and its text is the
    /// stored output (so the export shows what the notebook says).
    static func richParts(_ outcomes: [CellOutcome]?, cell k: Int, stored: String?) -> [CellPart]? {
        guard let outcomes, k < outcomes.count, !outcomes[k].parts.isEmpty,
            Notebook.canonicalText(outcomes[k].output) == (stored ?? "")
        else { return nil }
        return outcomes[k].parts
    }

    /// A stored output as a part: an error when it holds a diagnostic; none when there is no output.
    static func storedParts(_ output: String?) -> [CellPart] {
        guard let output, !output.isEmpty else { return [] }
        return [looksFailed(output) ? .error(output) : .text(output)]
    }

    static func htmlPart(_ part: CellPart) -> String {
        switch part {
        case .text(let t): return "<pre class=\"output\">\(MarkupEscape.escape(t))</pre>\n"
        case .error(let t): return "<pre class=\"output error\" role=\"alert\">\(MarkupEscape.escape(t))</pre>\n"
        case .chart(let svg, _):
            // The XML declaration-free SVG document, inline (CSP allows it: no fetch, no script).
            return "<figure class=\"chart\">\n\(svg)</figure>\n"
        }
    }

    /// A stored output that holds a diagnostic (`<input>:1:5: error: …` at a line start).
    static func looksFailed(_ output: String) -> Bool {
        output.split(separator: "\n").contains { line in
            line.hasPrefix("<input>:") && line.contains(": error: ")
        }
    }

    /// String literals in a cell that name `.svg` files, in order, without duplicates.
    static func svgReferences(in source: String) -> [String] {
        var found: [String] = []
        var current = ""
        var inString = false
        var escaped = false
        for c in source {
            if !inString {
                if c == "\"" { inString = true; current = "" }
                continue
            }
            if escaped { current.append(c); escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == "\"" {
                inString = false
                if current.lowercased().hasSuffix(".svg"), !found.contains(current) { found.append(current) }
                continue
            }
            current.append(c)
        }
        return found
    }

    static func looksLikeSVG(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        return head.contains("<svg")
    }
}
