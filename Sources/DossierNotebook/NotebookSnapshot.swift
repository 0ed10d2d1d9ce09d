import DossierModel
/// A notebook file as read at one moment: its bytes (what trust is checked against and what an
/// update must still find on disk before it writes) and what they parse to.
public struct NotebookSnapshot: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]
    public var parsed: ParsedNotebook
    public var notebook: Notebook { parsed.notebook }

    public init(path: String, bytes: [UInt8], parsed: ParsedNotebook) {
        self.path = path
        self.bytes = bytes
        self.parsed = parsed
    }
}
