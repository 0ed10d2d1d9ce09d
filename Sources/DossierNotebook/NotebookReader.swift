import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// Reads the notebook format (see `docs/notebook-format.md`). Tolerates hand edits: prose added
/// anywhere, cells reordered or removed, CRLF line breaks, cells without outputs, longer fences.
/// Rejects a malformed file with the line and what is wrong. Linear in the file's size.
public enum NotebookReader {
    /// Parses notebook text; `name` is used in error messages (the path as the user gave it).
    public static func parse(_ text: String, name: String) throws(NotebookError) -> Notebook {
        try parseLocated(text, name: name).notebook
    }

    /// Parses notebook text and keeps each cell's line number.
    public static func parseLocated(_ text: String, name: String) throws(NotebookError) -> ParsedNotebook {
        var lines = Notebook.splitLines(text)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        func fail(_ line: Int, _ message: String) -> NotebookError {
            NotebookError(file: name, line: line, message: message)
        }
        let front = try FrontMatterReader.read(lines, fail: fail)
        let bodyStart = front.bodyStart
        var blocks: [NotebookBlock] = []
        var cellLines: [Int] = []
        var prose: [String] = []
        // Index in `blocks` of a cell that may still take an output block (only blank lines since).
        var openCell: Int?
        var openCellLine = 0
        var i = bodyStart
        func flushProse() {
            if !prose.isEmpty {
                blocks.append(.prose(prose.joined(separator: "\n")))
                prose.removeAll(keepingCapacity: true)
            }
        }
        while i < lines.count {
            let line = lines[i]
            guard let fence = Fence(opening: line) else {
                prose.append(line)
                if !Notebook.isBlank(line) { openCell = nil }
                i += 1
                continue
            }
            // Find the closing fence.
            var j = i + 1
            while j < lines.count, !fence.isClosed(by: lines[j]) { j += 1 }
            guard j < lines.count else {
                let what = fence.info.isEmpty ? "code" : "```\(fence.language)"
                throw fail(i + 1, "unclosed \(what) fence: no closing line of \(fence.length) or more \(fence.character == UInt8(ascii: "`") ? "backticks" : "tildes") follows")
            }
            switch fence.language {
            case "dossier":
                flushProse()
                blocks.append(.cell(source: fence.content(lines[(i + 1)..<j]), output: nil))
                cellLines.append(i + 2)
                openCell = blocks.count - 1
                openCellLine = i + 1
            case "output":
                guard let cell = openCell, case .cell(let source, let stored) = blocks[cell] else {
                    throw fail(i + 1, "output block has no cell: an ```output block must follow a ```dossier cell, with only blank lines between")
                }
                if stored != nil {
                    throw fail(i + 1, "second output block for the cell at line \(openCellLine)")
                }
                // Blank lines between the cell and its output are not prose.
                prose.removeAll(keepingCapacity: true)
                blocks[cell] = .cell(source: source, output: fence.content(lines[(i + 1)..<j]))
            default:
                prose.append(contentsOf: lines[i...j])
                openCell = nil
            }
            i = j + 1
        }
        flushProse()
        let fm = front.notebook
        let notebook = Notebook(
            title: fm.title, corpus: fm.corpus, fingerprint: fm.fingerprint, otherFields: fm.otherFields, blocks: blocks)
        return ParsedNotebook(notebook: notebook, cellLines: cellLines)
    }
}
