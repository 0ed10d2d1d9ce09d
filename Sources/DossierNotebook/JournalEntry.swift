import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

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
