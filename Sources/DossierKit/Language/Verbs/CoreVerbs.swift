extension Registry {
    static var coreVerbs: [VerbSpec] { [] }
    static var stageVerbs: [VerbSpec] { [] }
    static var languageVerbs: [VerbSpec] { [] }
}
