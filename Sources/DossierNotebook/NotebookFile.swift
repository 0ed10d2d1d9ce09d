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
        let name = name ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NotebookError(file: name, line: 0, message: "cannot read the notebook (missing or not readable)")
        }
        return try NotebookReader.parseLocated(String(decoding: data, as: UTF8.self), name: name)
    }

    /// Replays the notebook at `path` with a fresh `runner`; with `update`, rewrites its outputs (and
    /// fingerprint) in place atomically when anything changed. The report's `rendered` text is what
    /// `--check` prints; exit 1 when `!report.allMatch`.
    public static func replay<Runner: CellRunner>(
        _ path: String, name: String? = nil, runner: Runner, currentFingerprint: String?, update: Bool
    ) throws(NotebookError) -> ReplayReport {
        let name = name ?? path
        let parsed = try read(path, name: name)
        let report = NotebookReplayer.replay(parsed, name: name, runner: runner, currentFingerprint: currentFingerprint)
        if update, report.needsUpdate {
            do {
                try AtomicFile.write(report.updatedText, to: path)
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
