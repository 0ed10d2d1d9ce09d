import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// A parsed notebook: front matter and ordered blocks. A value; build it with `init` or
/// `NotebookBuilder`, read it with `NotebookReader`, write it with `NotebookWriter`.
///
/// Blocks are kept canonical so that `NotebookReader.parse(NotebookWriter.render(nb)) == nb`:
/// adjacent prose blocks are merged (separated by a blank line), empty prose is dropped, line
/// breaks are LF, and sources and outputs are in `Notebook.canonicalText` form.
public struct Notebook: Sendable, Hashable {
    /// The format version this code reads and writes (`dossier: 1`).
    public static let formatVersion = 1

    /// The notebook's title (`title:`), possibly empty.
    public var title: String
    /// The corpus path relative to the notebook's folder (`corpus:`), when recorded.
    public var corpus: String?
    /// The corpus fingerprint the outputs were produced on (`fingerprint: sha256:…`).
    public var fingerprint: String?
    /// Front matter keys this version does not interpret, kept in order so an update preserves them.
    public var otherFields: [FrontMatterField]
    /// Prose and cells in order.
    public private(set) var blocks: [NotebookBlock]

    public init(
        title: String = "", corpus: String? = nil, fingerprint: String? = nil,
        otherFields: [FrontMatterField] = [], blocks: [NotebookBlock] = []
    ) {
        self.title = title
        self.corpus = corpus
        self.fingerprint = fingerprint
        self.otherFields = otherFields
        self.blocks = []
        self.blocks.reserveCapacity(blocks.count)
        for block in blocks { append(block) }
    }

    /// The cells' sources in order.
    public var cellSources: [String] {
        blocks.compactMap { if case .cell(let source, _) = $0 { return source } else { return nil } }
    }

    /// The cells' stored outputs in order (`nil` where a cell has none).
    public var cellOutputs: [String?] {
        blocks.compactMap { if case .cell(_, let output) = $0 { return .some(output) } else { return nil } }
    }

    /// The number of cells.
    public var cellCount: Int {
        var n = 0
        for block in blocks { if case .cell = block { n += 1 } }
        return n
    }

    /// The number of prose blocks.
    public var proseCount: Int { blocks.count - cellCount }

    /// Appends a block, keeping the blocks canonical.
    public mutating func append(_ block: NotebookBlock) {
        switch block {
        case .prose(let text):
            let prose = Notebook.canonicalProse(text)
            guard !prose.isEmpty else { return }
            if case .prose(let previous)? = blocks.last {
                blocks[blocks.count - 1] = .prose(previous + "\n\n" + prose)
            } else {
                blocks.append(.prose(prose))
            }
        case .cell(let source, let output):
            blocks.append(.cell(source: Notebook.canonicalText(source), output: output.map(Notebook.canonicalText)))
        }
    }

    /// Replaces the stored outputs of the cells, in order; `outputs` must have one entry per cell.
    public mutating func setOutputs(_ outputs: [String?]) {
        var k = 0
        for i in blocks.indices {
            guard case .cell(let source, _) = blocks[i], k < outputs.count else { continue }
            blocks[i] = .cell(source: source, output: outputs[k].map(Notebook.canonicalText))
            k += 1
        }
    }

    /// Removes the last cell (prose is kept) and returns its source, or `nil` when there is none.
    @discardableResult
    public mutating func removeLastCell() -> String? {
        guard let i = blocks.lastIndex(where: { if case .cell = $0 { return true } else { return false } }),
            case .cell(let source, _) = blocks[i]
        else { return nil }
        blocks.remove(at: i)
        // Two prose blocks that were separated by the removed cell become one.
        if i > 0, i < blocks.count, case .prose(let a) = blocks[i - 1], case .prose(let b) = blocks[i] {
            blocks[i - 1] = .prose(a + "\n\n" + b)
            blocks.remove(at: i)
        }
        return source
    }
}
