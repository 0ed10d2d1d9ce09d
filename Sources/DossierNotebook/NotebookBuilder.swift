import Foundation
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// The session transcript the REPL keeps for `:save`, `:note`, `:undo` and `:history`: cells with
/// their outputs and notes, in order. `:` directives are never cells.
public struct NotebookBuilder: Sendable, Hashable {
    /// The title to save with (when empty, one is derived from the file name).
    public var title: String
    /// The corpus's path, absolute (or relative to the current directory); saved relative to the notebook.
    public var corpusPath: String?
    /// The corpus fingerprint the outputs were made on.
    public var fingerprint: String?
    /// The transcript so far.
    public private(set) var transcript: Notebook
    /// Notes recorded (adjacent notes merge into one prose block but count separately).
    public private(set) var noteCount: Int

    public init(title: String = "", corpusPath: String? = nil, fingerprint: String? = nil) {
        self.title = title
        self.corpusPath = corpusPath
        self.fingerprint = fingerprint
        self.transcript = Notebook()
        self.noteCount = 0
    }

    /// Continues a notebook read from `notebookPath` (after `:open`), so `:save` updates it.
    public init(continuing notebook: Notebook, notebookPath: String, currentDirectory: String = FileManager.default.currentDirectoryPath) {
        let folder = RelativePath.absolute(RelativePath.folder(of: notebookPath), from: currentDirectory)
        self.title = notebook.title
        self.corpusPath = notebook.corpus.map { RelativePath.absolute($0, from: folder) }
        self.fingerprint = notebook.fingerprint
        self.transcript = notebook
        self.noteCount = notebook.proseCount
    }

    /// Records an executed cell and what it printed (a failing cell: its diagnostic).
    public mutating func appendCell(source: String, output: String) {
        transcript.append(.cell(source: source, output: output))
    }

    /// Records a `:note` as a prose paragraph. Lines that would open a code fence are escaped so a
    /// note can never turn into a cell.
    public mutating func appendNote(_ text: String) {
        let lines = Notebook.splitLines(text).map { line -> String in
            let body = line.drop { $0 == " " }
            let indent = line.count - body.count
            guard indent <= 3, body.hasPrefix("```") || body.hasPrefix("~~~") else { return line }
            return String(repeating: " ", count: indent) + "\\" + body
        }
        let prose = lines.joined(separator: "\n")
        guard !Notebook.canonicalProse(prose).isEmpty else { return }
        transcript.append(.prose(prose))
        noteCount += 1
    }

    /// `:undo`: drops the last cell (notes stay) and returns its source, `nil` when there is none.
    @discardableResult
    public mutating func undoLastCell() -> String? {
        transcript.removeLastCell()
    }

    public var cellCount: Int { transcript.cellCount }
    /// `:history`: the cells' sources in order.
    public var history: [String] { transcript.cellSources }

    /// The notebook to write at `notebookPath`: the title (or one derived from the file name) as
    /// front matter and as a first heading, the corpus path relative to the notebook's folder.
    public func notebook(savingTo notebookPath: String, currentDirectory: String = FileManager.default.currentDirectoryPath) -> Notebook {
        let folder = RelativePath.absolute(RelativePath.folder(of: notebookPath), from: currentDirectory)
        let title = self.title.isEmpty ? NotebookBuilder.title(fromFileName: notebookPath) : self.title
        var blocks = transcript.blocks
        let hasHeading: Bool = {
            if case .prose(let text)? = blocks.first { return text.hasPrefix("# ") }
            return false
        }()
        if !hasHeading, !title.isEmpty { blocks.insert(.prose("# " + title), at: 0) }
        return Notebook(
            title: title,
            corpus: corpusPath.map { RelativePath.relativePath(from: folder, to: RelativePath.absolute($0, from: currentDirectory)) },
            fingerprint: fingerprint, otherFields: transcript.otherFields, blocks: blocks)
    }

    /// `saved notebooks/x.md (4 cells, 1 note)`.
    public func savedMessage(path: String) -> String {
        let cells = cellCount == 1 ? "1 cell" : "\(cellCount) cells"
        let notes = noteCount == 1 ? "1 note" : "\(noteCount) notes"
        return "saved \(path) (\(cells), \(notes))"
    }

    /// `gantz-in-washington.md` → `gantz in washington`.
    static func title(fromFileName path: String) -> String {
        var name = Substring(path.split(separator: "/").last ?? Substring(path))
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        return String(name.map { $0 == "-" || $0 == "_" ? " " : $0 })
    }
}
