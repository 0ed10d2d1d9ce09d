import DossierExtraction
import DossierLanguage
import DossierModel
import DossierRendering
import Foundation

/// A journal found on disk that its session did not close.
public struct UnfinishedJournal: Sendable, Hashable {
    public var path: String
    public var pid: Int32
    /// The corpus path the session had open, when recorded.
    public var corpus: String?
    /// Cells still in the transcript (after undos).
    public var cellCount: Int
    public var noteCount: Int
    /// When it was last written (its last cell).
    public var modified: Date?

    public init(path: String, pid: Int32, corpus: String?, cellCount: Int, noteCount: Int, modified: Date? = nil) {
        self.path = path
        self.pid = pid
        self.corpus = corpus
        self.cellCount = cellCount
        self.noteCount = noteCount
        self.modified = modified
    }

    /// `2026-12-01 21:40 UTC`, or `unknown time`.
    public var time: String {
        guard let modified else { return "unknown time" }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return f.string(from: modified)
    }

    /// `3 cells, 1 note`.
    public var contents: String {
        let cells = cellCount == 1 ? "1 cell" : "\(cellCount) cells"
        let notes = noteCount == 1 ? ", 1 note" : noteCount > 1 ? ", \(noteCount) notes" : ""
        return cells + notes
    }
    /// `a previous session (pid 4242) ended without closing: 3 cells, 1 note; :recover restores it`.
    public var message: String {
        "a previous session (pid \(pid), \(time)) ended without closing: \(contents); :recover restores it"
    }
}
