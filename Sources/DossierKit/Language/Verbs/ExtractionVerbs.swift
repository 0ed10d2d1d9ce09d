extension Registry {
    /// Entities, quotes, dates, figures and curation verbs. (Placeholder: owned by the extraction work.)
    static var extractionVerbs: [VerbSpec] { [] }
}
