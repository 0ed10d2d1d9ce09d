import DossierModel
import DossierExtraction
import DossierLanguage

/// JSON Lines: one JSON object per table row, keyed by column name in column order.
public enum JSONLinesRenderer {
    public static func render(_ table: Table) -> String {
        var out = ""
        for row in table.rows {
            let fields = table.columns.indices.map { c in Field(table.columns[c].name, c < row.count ? row[c] : .null) }
            out += JSONRenderer.line(.record(Record(fields: fields))) + "\n"
        }
        return out
    }
}
