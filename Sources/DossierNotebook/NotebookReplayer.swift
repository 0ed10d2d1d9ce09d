import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// Replays a notebook: runs every cell in order through a fresh runner and compares outputs.
/// Linear in the notebook's size (a diff is computed only for a cell that changed).
public enum NotebookReplayer {
    /// Checks the recorded fingerprint before any cell runs; `nil` when no current one is given.
    public static func checkFingerprint(_ notebook: Notebook, name: String, current: String?) -> FingerprintCheck? {
        current.map { FingerprintCheck(notebook: name, stored: notebook.fingerprint, current: $0) }
    }

    /// Replays a parsed notebook. `runner` must be fresh (a new session on the corpus).
    /// `currentFingerprint` is the corpus's; the updated notebook records it.
    public static func replay<Runner: CellRunner>(
        _ parsed: ParsedNotebook, name: String, runner: Runner, currentFingerprint: String? = nil
    ) -> ReplayReport {
        let notebook = parsed.notebook
        let fingerprint = checkFingerprint(notebook, name: name, current: currentFingerprint)
        var runner = runner
        var outcomes: [CellOutcome] = []
        var drifts: [CellDrift] = []
        var newOutputs: [String?] = []
        let cellCount = notebook.cellCount
        outcomes.reserveCapacity(cellCount)
        newOutputs.reserveCapacity(cellCount)
        var index = 0
        for block in notebook.blocks {
            guard case .cell(let source, let stored) = block else { continue }
            let outcome = runner.run(cell: source)
            let replayed = Notebook.canonicalText(outcome.output)
            outcomes.append(outcome)
            newOutputs.append(replayed)
            if stored != replayed {
                let line = index < parsed.cellLines.count ? parsed.cellLines[index] : 0
                drifts.append(
                    CellDrift(
                        index: index, line: line, source: source, stored: stored, replayed: replayed,
                        failed: outcome.failed, diff: UnifiedDiff.render(old: stored ?? "", new: replayed)))
            }
            index += 1
        }
        var updated = notebook
        updated.setOutputs(newOutputs)
        if let currentFingerprint { updated.fingerprint = currentFingerprint }
        return ReplayReport(
            name: name, cellCount: cellCount, fingerprint: fingerprint, drifts: drifts, outcomes: outcomes,
            updated: updated, updatedText: NotebookWriter.render(updated))
    }

    /// Parses notebook text and replays it.
    public static func replay<Runner: CellRunner>(
        text: String, name: String, runner: Runner, currentFingerprint: String? = nil
    ) throws(NotebookError) -> ReplayReport {
        replay(try NotebookReader.parseLocated(text, name: name), name: name, runner: runner, currentFingerprint: currentFingerprint)
    }
}
