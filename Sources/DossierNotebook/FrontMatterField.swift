import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// A front matter line this version does not interpret: `key: value` with the value as written.
public struct FrontMatterField: Sendable, Hashable {
    public var key: String
    public var rawValue: String
    public init(key: String, rawValue: String) {
        self.key = key
        self.rawValue = rawValue
    }
}
