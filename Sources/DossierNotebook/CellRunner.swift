import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// What one cell printed: exactly the text at the notebook's fixed width, without colour.
/// A failing cell's output is its diagnostic text, and `failed` is set.
public struct CellOutcome: Sendable, Hashable {
    public var output: String
    public var failed: Bool
    /// The output statement by statement (charts with their SVG), when the runner knows it.
    public var parts: [CellPart]
    public init(output: String, failed: Bool = false, parts: [CellPart] = []) {
        self.output = output
        self.failed = failed
        self.parts = parts
    }
}

/// Runs notebook cells one after another in one session. The session conforms; tests use fakes.
/// A replay always starts from a fresh runner, so no state leaks from an earlier notebook.
public protocol CellRunner {
    /// Runs one cell's source (one or more statements) and returns what it printed.
    mutating func run(cell source: String) -> CellOutcome
}
