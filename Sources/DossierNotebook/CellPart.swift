import DossierModel
import DossierLanguage
/// One statement's share of a cell's output, for exports that show more than text: a chart as SVG
/// beside its text form, a failed statement as an error.
public enum CellPart: Sendable, Hashable {
    case text(String)
    case chart(svg: String, text: String)
    case error(String)

    /// What the part printed (the cell's stored output is these joined).
    public var text: String {
        switch self {
        case .text(let s), .chart(_, let s), .error(let s): s
        }
    }
}
