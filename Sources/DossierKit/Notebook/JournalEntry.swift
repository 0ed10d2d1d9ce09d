/// One line of a journal (JSON Lines). `kind` is `open`, `cell`, `note`, `undo` or `close`.
public struct JournalEntry: Codable, Sendable, Hashable {
    public var kind: String
    public var version: Int?
    public var pid: Int32?
    /// The process start time (Linux clock ticks since boot), to tell a reused pid apart.
    public var started: String?
    public var corpus: String?
    public var source: String?
    public var output: String?
    public var failed: Bool?
    public var text: String?

    public init(
        kind: String, version: Int? = nil, pid: Int32? = nil, started: String? = nil, corpus: String? = nil,
        source: String? = nil, output: String? = nil, failed: Bool? = nil, text: String? = nil
    ) {
        self.kind = kind
        self.version = version
        self.pid = pid
        self.started = started
        self.corpus = corpus
        self.source = source
        self.output = output
        self.failed = failed
        self.text = text
    }
}

/// A journal found on disk that its session did not close.
public struct UnfinishedJournal: Sendable, Hashable {
    public var path: String
    public var pid: Int32
    /// The corpus path the session had open, when recorded.
    public var corpus: String?
    /// Cells still in the transcript (after undos).
    public var cellCount: Int
    public var noteCount: Int
    /// `a previous session (pid 4242) ended without closing: 3 cells, 1 note; :recover restores it`.
    public var message: String {
        let cells = cellCount == 1 ? "1 cell" : "\(cellCount) cells"
        let notes = noteCount == 1 ? ", 1 note" : noteCount > 1 ? ", \(noteCount) notes" : ""
        return "a previous session (pid \(pid)) ended without closing: \(cells)\(notes); :recover restores it"
    }
}

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
