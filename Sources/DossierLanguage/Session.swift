import DossierModel
import DossierExtraction

/// A running session: parses and evaluates source text, keeps state between statements, and
/// renders results. The REPL, `-c`, scripts and notebook replay all go through it.
public struct Session: Sendable {
    public var state: SessionState
    public let evaluator: Evaluator
    public var registry: Registry { evaluator.registry }

    public init(
        corpus: Corpus, files: FileAccess = FileAccess(), rendering: (any FileRendering)? = nil,
        registry: Registry = .standard
    ) {
        self.state = SessionState(corpus: corpus, files: files, rendering: rendering)
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
        var results: [Result] = []
        execute(text, bail: bail) { results.append($0) }
        return results
    }

    /// Like `execute(_:bail:)`, handing each result to `emit` as soon as its statement is done,
    /// so a script's output streams instead of arriving all at the end.
    public mutating func execute(_ text: String, bail: Bool = false, emit: (Result) -> Void) {
        let (statements, diagnostics) = Parser.parse(text, registry: registry)
        var pending = diagnostics[...]
        for s in statements {
            while let d = pending.first, d.range.start < s.range.start {
                emit(Result(value: nil, diagnostic: d))
                pending = pending.dropFirst()
                if bail { return }
            }
            // A lexical error inside the statement (a bad date, an unterminated string) means it
            // was parsed from a repaired token: report it instead of running the statement.
            if let d = pending.first, d.range.start <= s.range.end {
                while let d = pending.first, d.range.start <= s.range.end {
                    emit(Result(value: nil, diagnostic: d))
                    pending = pending.dropFirst()
                }
                if bail { return }
                continue
            }
            // Evaluate into a copy and commit on success: a statement that fails half-way (an
            // `alias … | top 1`) leaves the session exactly as it was, bar the extraction cache.
            var attempt = state
            do {
                try Evaluator.checkCancelled(state, at: s.range)
                let v = try evaluator.run(s, in: &attempt)
                state = attempt
                emit(Result(value: v.flatMap { $0.isNull ? nil : $0 }, diagnostic: nil))
            } catch {
                state.extraction.adoptCache(of: attempt.extraction)
                emit(Result(value: nil, diagnostic: error))
                // Ctrl-C stops the whole input, not only the statement it landed in.
                if bail || state.cancellation.isCancelled { return }
            }
        }
        for d in pending {
            emit(Result(value: nil, diagnostic: d))
            if bail { break }
        }
    }
}
