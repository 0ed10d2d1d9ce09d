extension Registry {
    /// chart, dispersion, export. (Placeholder: owned by the rendering work.)
    static var outputVerbs: [VerbSpec] { [] }
}
