import DossierModel
import DossierLanguage

/// Turns statement results into output chunks one at a time, splitting the source into lines
/// once (so many diagnostics render in linear time) and capping diagnostics: at most
/// `perLine` for one source line and `total` in all, then one summary of what was not shown.
struct ResultRenderer {
    static let perLine = 3
    static let total = 50

    let source: Source
    let options: RenderOptions
    private(set) var failed = false
    private var lines: [Substring]?
    private var shownOnLine: [Int: Int] = [:]
    private var shown = 0
    private var hidden = 0

    init(source: Source, options: RenderOptions) {
        self.source = source
        self.options = options
    }

    mutating func render(_ r: Session.Result, emit: (Session.Chunk) -> Void) {
        if let d = r.diagnostic {
            failed = true
            let line = d.range.start.line
            guard shown < ResultRenderer.total, shownOnLine[line, default: 0] < ResultRenderer.perLine else {
                hidden += 1
                return
            }
            shown += 1
            shownOnLine[line, default: 0] += 1
            if lines == nil { lines = source.lines }
            let text = lines.map { line >= 1 && line <= $0.count ? $0[line - 1] : "" } ?? ""
            emit(.stderr(d.rendered(in: source, lineText: text)))
        } else if let v = r.value {
            let text = Renderer.render(v, options: options)
            if !text.isEmpty { emit(.stdout(text)) }
        }
    }

    /// The summary of diagnostics not shown, if any.
    func finish(emit: (Session.Chunk) -> Void) {
        guard hidden > 0 else { return }
        emit(.stderr("\(source.name): \(NumberFormat.grouped(hidden)) more error\(hidden == 1 ? "" : "s") not shown\n"))
    }
}
