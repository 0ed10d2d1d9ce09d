import DossierModel
import DossierExtraction
import DossierLanguage

/// A GitHub-flavoured Markdown pipe table: `|` escaped as `\|`, line breaks as spaces, number columns
/// right-aligned (`---:`).
public enum MarkdownRenderer {
    public static func render(_ table: Table) -> String {
        func cell(_ s: String) -> String {
            var s = CSVRenderer.replacing("\\", with: "\\\\", in: DisplayWidth.singleLine(s))
            s = CSVRenderer.replacing("|", with: "\\|", in: s)
            if s.isEmpty { s = " " }
            return s
        }
        var out = "| " + table.columns.map { cell($0.name) }.joined(separator: " | ") + " |\n"
        out += "|" + table.columns.map { $0.type == .number ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for row in table.rows {
            let cells = table.columns.indices.map { c in cell(c < row.count ? CSVRenderer.text(row[c]) : "") }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
