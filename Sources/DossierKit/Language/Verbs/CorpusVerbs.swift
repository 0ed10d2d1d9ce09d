extension Registry {
    /// Search, concordance and word statistics verbs. (Placeholder: owned by the corpus engine work.)
    static var corpusVerbs: [VerbSpec] { [] }
}
