import Foundation
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// Reading and replaying notebook files on disk.
public enum NotebookFile {
    /// Reads and parses the notebook at `path`; `name` (default: `path`) appears in errors.
    /// Invalid UTF-8 is repaired rather than refused.
    public static func read(_ path: String, name: String? = nil) throws(NotebookError) -> ParsedNotebook {
        try snapshot(path, name: name).parsed
    }

    /// Reads the notebook at `path` once, keeping its bytes with what they parse to.
    public static func snapshot(_ path: String, name: String? = nil) throws(NotebookError) -> NotebookSnapshot {
        let name = name ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NotebookError(file: name, line: 0, message: "cannot read the notebook (missing or not readable)")
        }
        let bytes = [UInt8](data)
        let parsed = try NotebookReader.parseLocated(String(decoding: bytes, as: UTF8.self), name: name)
        return NotebookSnapshot(path: path, bytes: bytes, parsed: parsed)
    }

    /// Replays the notebook at `path` with a fresh `runner`; with `update`, rewrites its outputs (and
    /// fingerprint) in place atomically when anything changed. The report's `rendered` text is what
    /// `--check` prints; exit 1 when `!report.allMatch`.
    public static func replay<Runner: CellRunner>(
        _ path: String, name: String? = nil, runner: Runner, currentFingerprint: String?, update: Bool
    ) throws(NotebookError) -> ReplayReport {
        try replay(snapshot(path, name: name), name: name, runner: runner, currentFingerprint: currentFingerprint, update: update)
    }

    /// Replays a notebook as read in `snapshot`. With `update`, the new text is written only when the
    /// file still holds the bytes that were read: an edit made while the cells ran is never lost.
    public static func replay<Runner: CellRunner>(
        _ snapshot: NotebookSnapshot, name: String? = nil, runner: Runner, currentFingerprint: String?, update: Bool
    ) throws(NotebookError) -> ReplayReport {
        let name = name ?? snapshot.path
        let report = NotebookReplayer.replay(snapshot.parsed, name: name, runner: runner, currentFingerprint: currentFingerprint)
        if update, report.needsUpdate {
            let now = FileManager.default.contents(atPath: snapshot.path).map { [UInt8]($0) }
            guard now == snapshot.bytes else {
                throw NotebookError(
                    file: name, line: 0,
                    message: "the notebook changed on disk while it was replayed; nothing was written "
                        + "(replay --update again to rewrite the new version)")
            }
            do {
                try AtomicFile.write(report.updatedText, to: snapshot.path)
            } catch {
                throw NotebookError(file: name, line: 0, message: error.reason)
            }
        }
        return report
    }

    /// Saves a notebook atomically (`:save`).
    public static func write(_ notebook: Notebook, to path: String) throws(AtomicFile.WriteError) {
        try AtomicFile.write(NotebookWriter.render(notebook), to: path)
    }
}
