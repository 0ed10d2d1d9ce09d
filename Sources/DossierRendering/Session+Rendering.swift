import DossierModel
import DossierExtraction
import DossierLanguage

/// Running source text and rendering its results: the language's values meet the renderer here,
/// so the language itself never depends on how values are drawn.
extension Session {
    /// A piece of rendered output, in the order it was produced.
    public enum Chunk: Sendable, Hashable {
        case stdout(String)
        case stderr(String)
    }

    /// Runs `text` and renders each statement's result as it comes: values as text (stdout),
    /// diagnostics rendered against the source (stderr). REPL, scripts and notebooks use it.
    public mutating func render(
        _ text: String, sourceName: String = "<input>", firstLine: Int = 1, options: RenderOptions, bail: Bool = false
    ) -> (chunks: [Chunk], failed: Bool) {
        var chunks: [Chunk] = []
        let failed = render(text, sourceName: sourceName, firstLine: firstLine, options: options, bail: bail) {
            chunks.append($0)
        }
        return (chunks, failed)
    }

    /// Like `render(_:sourceName:firstLine:options:bail:)`, handing each chunk to `emit` as soon
    /// as its statement is done (scripts and `-c` print as they go). Returns whether any failed.
    public mutating func render(
        _ text: String, sourceName: String = "<input>", firstLine: Int = 1, options: RenderOptions, bail: Bool = false,
        emit: (Chunk) -> Void
    ) -> Bool {
        var renderer = ResultRenderer(source: Source(name: sourceName, text: text, firstLine: firstLine), options: options)
        execute(text, bail: bail) { renderer.render($0, emit: emit) }
        renderer.finish(emit: emit)
        return renderer.failed
    }

    /// Renders results already computed, so one evaluation can be shown several ways (the REPL
    /// shows it at the terminal's width and records it at the notebook's).
    public static func render(_ results: [Result], source: Source, options: RenderOptions) -> (chunks: [Chunk], failed: Bool) {
        var chunks: [Chunk] = []
        var renderer = ResultRenderer(source: source, options: options)
        for r in results { renderer.render(r, emit: { chunks.append($0) }) }
        renderer.finish(emit: { chunks.append($0) })
        return (chunks, renderer.failed)
    }

    /// The chunks' text in order, both streams joined (a notebook cell's output).
    public static func joined(_ chunks: [Chunk]) -> String {
        chunks.map { c -> String in
            switch c {
            case .stdout(let s), .stderr(let s): s
            }
        }.joined()
    }

    /// Like `render`, with the two streams joined in order (a notebook cell's output).
    public mutating func transcript(_ text: String, sourceName: String = "<input>", firstLine: Int = 1, options: RenderOptions)
        -> (text: String, failed: Bool)
    {
        let (chunks, failed) = render(text, sourceName: sourceName, firstLine: firstLine, options: options)
        let joined = Session.joined(chunks)
        return (joined, failed)
    }
}
