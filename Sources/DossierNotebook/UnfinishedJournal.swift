import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

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
