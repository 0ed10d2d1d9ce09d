import Foundation

/// The bundled seeds corpus, copied into the executable's resource bundle.
public enum Seeds {
    /// The folder holding the five seed articles, or nil when the bundle is missing.
    public static var url: URL? {
        guard let url = Bundle.module.url(forResource: "seeds", withExtension: nil) else { return nil }
        return url
    }
}
