import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// A session runs notebook cells: each cell's output is what it printed at the notebook's fixed
/// width, without colour, diagnostics named `<input>` as at the prompt, so a cell typed in the
/// REPL and the same cell replayed print the same bytes.
extension Session: CellRunner {
    public static let notebookOptions = RenderOptions(width: 100, color: false, format: .table)

    public mutating func run(cell source: String) -> CellOutcome {
        let (text, failed) = transcript(source, sourceName: "<input>", options: Session.notebookOptions)
        return CellOutcome(output: text, failed: failed)
    }
}
