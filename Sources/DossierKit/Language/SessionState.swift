/// Everything a session knows: the corpus, bindings, curation, file policy. Verbs read and update it.
public struct SessionState: Sendable {
    public var corpus: Corpus
    public var variables: [String: Value] = [:]
    public var functions: [String: FunctionDefinition] = [:]
    public var extraction: ExtractionState
    public var files: FileAccess

    public init(corpus: Corpus, files: FileAccess = FileAccess()) {
        self.corpus = corpus
        self.files = files
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
