import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// The result of replaying a notebook: what drifted, and the notebook with updated outputs.
public struct ReplayReport: Sendable, Hashable {
    /// The notebook's name as given (a path as the user typed it).
    public var name: String
    public var cellCount: Int
    /// Present when a current corpus fingerprint was given.
    public var fingerprint: FingerprintCheck?
    /// Cells whose output changed, in order.
    public var drifts: [CellDrift]
    /// Every cell's outcome in order (what `dossier run` prints).
    public var outcomes: [CellOutcome]
    /// The notebook with the replayed outputs (and the current fingerprint, when given).
    public var updated: Notebook
    /// `NotebookWriter.render(updated)`: the text `--update` writes.
    public var updatedText: String

    /// True when every cell's output matches.
    public var allMatch: Bool { drifts.isEmpty }

    /// Whether `--update` would change the file's meaning: an output or the fingerprint.
    public var needsUpdate: Bool { !drifts.isEmpty || (fingerprint.map { $0.status != .matches } ?? false) }

    /// Number of cells that failed on replay.
    public var failedCount: Int { outcomes.reduce(0) { $0 + ($1.failed ? 1 : 0) } }

    /// `x.md: 4 cells, all outputs match (corpus fingerprint sha256:1a2b… matches)` or
    /// `x.md: 2 of 4 cells changed`.
    public var summary: String {
        let cells = cellCount == 1 ? "1 cell" : "\(cellCount) cells"
        if drifts.isEmpty {
            var line = "\(name): \(cells), all outputs match"
            if let fp = fingerprint, fp.status == .matches {
                line += " (corpus fingerprint \(FingerprintCheck.short(fp.current)) matches)"
            }
            return line
        }
        return "\(name): \(drifts.count) of \(cells) changed"
    }

    /// The summary after `--update` wrote `updatedText`.
    public var updateSummary: String {
        let cells = cellCount == 1 ? "1 cell" : "\(cellCount) cells"
        if drifts.isEmpty { return "\(name): \(cells), all outputs match" + (needsUpdate ? "; fingerprint updated" : "; nothing to update") }
        return "\(name): updated \(drifts.count) of \(cells)"
    }

    /// The full `--check` report: the fingerprint mismatch first, then each changed cell with its
    /// diff, then the summary line. Ends with a newline.
    public var rendered: String {
        var out = ""
        if let fp = fingerprint, fp.status == .differs { out += fp.message + "\n" }
        for drift in drifts {
            let firstLine = drift.source.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let status = drift.stored == nil ? "has no stored output" : "changed"
            out += "\(name):\(drift.line): cell \(drift.index + 1) \(status): \(firstLine)\n"
            out += drift.diff
        }
        out += summary + "\n"
        return out
    }
}
