import DossierModel
import DossierExtraction
import DossierLanguage

/// RFC 4180 CSV: a header row of column names, then one record per row. Fields containing a comma,
/// a double quote, CR or LF are quoted, with quotes doubled. Lines end with LF (RFC 4180 allows CRLF;
/// LF is what Unix tools and spreadsheets read alike). Null cells are empty; numbers use
/// `NumberFormat` (up to 6 decimals); dates are ISO; lists are joined with " · ".
public enum CSVRenderer {
    public static func render(_ table: Table) -> String {
        var out = table.columns.map { field($0.name) }.joined(separator: ",") + "\n"
        for row in table.rows {
            out += table.columns.indices.map { c in field(c < row.count ? text(row[c], table.columns[c]) : "") }
                .joined(separator: ",") + "\n"
        }
        return out
    }

    /// The plain text of a value in a data file (CSV, Markdown): no `—` for null, no `r"…"` for regexes.
    public static func text(_ value: Value) -> String {
        switch value {
        case .null: return ""
        case .number(let n): return n.isFinite ? NumberFormat.cell(n, decimals: JSONRenderer.decimals) : ""
        case .regex(let r): return r
        case .list(let items): return items.map(text).joined(separator: " · ")
        default: return value.cellText
        }
    }

    /// A cell's text: a column's declared decimals apply to its numbers.
    static func text(_ value: Value, _ column: Column) -> String {
        if column.decimals != nil, case .number(let n) = value, n.isFinite { return column.text(value) }
        return text(value)
    }

    /// One field, quoted when it contains a comma, a quote, CR or LF.
    public static func field(_ s: String) -> String {
        let needsQuotes = s.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { return s }
        return "\"" + replacing("\"", with: "\"\"", in: s) + "\""
    }

    /// Every occurrence of `target` in `s` replaced (no Foundation needed).
    static func replacing(_ target: Character, with replacement: String, in s: String) -> String {
        guard s.contains(target) else { return s }
        var out = ""
        for ch in s { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
