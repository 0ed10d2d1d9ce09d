import DossierModel
import DossierExtraction

/// The one registry of verbs. Parsing, validation, `help`, completion and the docs all read it.
public struct Registry: Sendable {
    public let verbs: [VerbSpec]
    private let byName: [String: Int]

    public init(verbs: [VerbSpec]) {
        self.verbs = verbs
        var map: [String: Int] = [:]
        for (i, v) in verbs.enumerated() where map[v.name] == nil { map[v.name] = i }
        self.byName = map
    }

    public static let standard = Registry(
        verbs: corpusVerbs + extractionVerbs + coverageVerbs + stageVerbs + outputVerbs + languageVerbs)

    public func verb(_ name: String) -> VerbSpec? { byName[name].map { verbs[$0] } }
    public var names: [String] { verbs.map(\.name) }

    /// Words that start statements but are not verbs.
    public static let keywords = ["let", "def"]
}
