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
        let results = execute(source)
        let src = Source(name: "<input>", text: source)
        var parts: [CellPart] = []
        for r in results {
            let text = Session.joined(Session.render([r], source: src, options: Session.notebookOptions).chunks)
            if r.failed {
                parts.append(.error(text))
            } else if case .chart(let chart)? = r.value {
                parts.append(.chart(svg: SVGRenderer.render(chart), text: text))
            } else if !text.isEmpty {
                parts.append(.text(text))
            }
        }
        return CellOutcome(output: parts.map(\.text).joined(), failed: results.contains { $0.failed }, parts: parts)
    }
}
