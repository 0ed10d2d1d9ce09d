import DossierModel
import DossierExtraction

extension Chart {
    /// A search term as a chart title shows it: a regex keeps its `r"…"` form, a string is quoted
    /// (curly quotes, or straight ones for the terminal's plain headings).
    public static func quotedTerm(_ term: String, curly: Bool) -> String {
        if term.hasPrefix("r\""), term.hasSuffix("\""), term.count >= 3 { return term }
        return curly ? "\u{201C}\(term)\u{201D}" : "\"\(term)\""
    }
}
