import DossierModel
import DossierExtraction

/// Everything a session knows: the corpus, bindings, curation, file policy. Verbs read and update it.
public struct SessionState: Sendable {
    public var corpus: Corpus
    public var variables: [String: Value] = [:]
    public var functions: [String: FunctionDefinition] = [:]
    public var extraction: ExtractionState
    public var files: FileAccess
    /// Renders values written to files (`chart to "FILE.svg"`, `export`); nil: such writes are refused.
    public var rendering: (any FileRendering)?
    /// Set (by the shell, on Ctrl-C) to stop the running statement; checked by long loops.
    public var cancellation = Cancellation()

    public init(corpus: Corpus, files: FileAccess = FileAccess(), rendering: (any FileRendering)? = nil) {
        self.corpus = corpus
        self.files = files
        self.rendering = rendering
        self.extraction = ExtractionState()
    }
}

/// A `def NAME(PARAMS) = PIPELINE` definition.
public struct FunctionDefinition: Sendable {
    public var name: String
    public var parameters: [String]
    public var body: Pipeline
    public var source: String
    public init(name: String, parameters: [String], body: Pipeline, source: String) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.source = source
    }
}
