import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// What a journal recorded: every executed cell in order, and the transcript after notes and undos.
public struct RecoveredSession: Sendable, Hashable {
    /// One executed cell.
    public struct Cell: Sendable, Hashable {
        public var source: String
        public var output: String
        public var failed: Bool
    }
    /// Every cell that ran, in order, including ones later undone (re-run these to restore the
    /// session's state: bindings, definitions, curation).
    public var executed: [Cell]
    /// The transcript as `:save` would have saved it (undone cells removed, notes kept).
    public var transcript: NotebookBuilder
    public var corpus: String?
    public var pid: Int32
    /// Lines that could not be read (a truncated last line after a crash).
    public var skippedLines: Int
    /// The cells still in the transcript (undone cells removed), in order.
    public var cells: [Cell]
}
