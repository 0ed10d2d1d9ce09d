/// A running session: parses and evaluates source text, keeps state between statements, and
/// renders results. The REPL, `-c`, scripts and notebook replay all go through it.
public struct Session: Sendable {
    public var state: SessionState
    public let evaluator: Evaluator
    public var registry: Registry { evaluator.registry }

    public init(corpus: Corpus, files: FileAccess = FileAccess(), width: Int = 100, registry: Registry = .standard) {
        self.state = SessionState(corpus: corpus, files: files, width: width)
        self.evaluator = Evaluator(registry: registry)
    }

    /// The outcome of one statement.
    public struct Result: Sendable {
        /// nil for statements with nothing to show (`let`, `def`, curation that returns null).
        public var value: Value?
        public var diagnostic: Diagnostic?
        public var failed: Bool { diagnostic != nil }
    }

    /// Runs every statement of `text` in order. A statement with a syntax error is reported in
    /// its place and skipped (the parser recovers at the next statement); a runtime error stops
    /// that statement only. With `bail`, the first failure ends the run.
    public mutating func execute(_ text: String, bail: Bool = false) -> [Result] {
        let (statements, diagnostics) = Parser.parse(text, registry: registry)
        var results: [Result] = []
        var pending = diagnostics[...]
        for s in statements {
            while let d = pending.first, d.range.start < s.range.start {
                results.append(Result(value: nil, diagnostic: d))
                pending = pending.dropFirst()
                if bail { return results }
            }
            // A lexical error inside the statement (a bad date, an unterminated string) means it
            // was parsed from a repaired token: report it instead of running the statement.
            if let d = pending.first, d.range.start <= s.range.end {
                while let d = pending.first, d.range.start <= s.range.end {
                    results.append(Result(value: nil, diagnostic: d))
                    pending = pending.dropFirst()
                }
                if bail { return results }
                continue
            }
            do {
                let v = try evaluator.run(s, in: &state)
                results.append(Result(value: v.flatMap { $0.isNull ? nil : $0 }, diagnostic: nil))
            } catch {
                results.append(Result(value: nil, diagnostic: error))
                if bail { return results }
            }
        }
        for d in pending {
            results.append(Result(value: nil, diagnostic: d))
            if bail { break }
        }
        return results
    }

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
        let source = Source(name: sourceName, text: text, firstLine: firstLine)
        state.width = options.width
        var chunks: [Chunk] = []
        var failed = false
        for r in execute(text, bail: bail) {
            if let d = r.diagnostic {
                chunks.append(.stderr(d.rendered(in: source)))
                failed = true
            } else if let v = r.value {
                let text = Renderer.render(v, options: options)
                if !text.isEmpty { chunks.append(.stdout(text)) }
            }
        }
        return (chunks, failed)
    }

    /// Like `render`, with the two streams joined in order (a notebook cell's output).
    public mutating func transcript(_ text: String, sourceName: String = "<input>", firstLine: Int = 1, options: RenderOptions)
        -> (text: String, failed: Bool)
    {
        let (chunks, failed) = render(text, sourceName: sourceName, firstLine: firstLine, options: options)
        let joined = chunks.map { c -> String in
            switch c {
            case .stdout(let s), .stderr(let s): s
            }
        }.joined()
        return (joined, failed)
    }
}
