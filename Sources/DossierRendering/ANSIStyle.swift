import DossierModel
import DossierExtraction
import DossierLanguage

/// The restrained colour palette: dim for headers and rules, bold yellow for matches. Only applied when
/// `RenderOptions.color` is set.
public enum ANSIStyle: String, Sendable {
    case dim = "\u{1B}[2m"
    case highlight = "\u{1B}[1;33m"
    case bold = "\u{1B}[1m"

    public static let reset = "\u{1B}[0m"

    /// `text` wrapped in this style when `enabled`, unchanged otherwise (and when empty).
    public func apply(_ text: String, _ enabled: Bool) -> String {
        guard enabled, !text.isEmpty else { return text }
        return rawValue + text + ANSIStyle.reset
    }
}
