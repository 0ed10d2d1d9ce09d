/// Typed access to the curated word lists in Resources/curated/ (hand-edited TSV files; see
/// `DataResources` for the format). Each list is read once, where it is declared as a static let.
public enum CuratedData {
    /// The first column of every row, as a set.
    public static func words(_ file: String) -> Set<String> {
        Set(DataResources.rows("curated/" + file).compactMap { $0.first.map(String.init) })
    }

    /// The first column of every row, in file order.
    public static func list(_ file: String) -> [String] {
        DataResources.rows("curated/" + file).compactMap { $0.first.map(String.init) }
    }

    /// Every row's columns, in file order.
    public static func rows(_ file: String) -> [[String]] {
        DataResources.rows("curated/" + file).map { $0.map(String.init) }
    }

    /// Rows joined with `|`, the shape the gazetteer index parses ("Name|alias;alias").
    public static func joinedRows(_ file: String) -> [String] {
        rows(file).map { $0.joined(separator: "|") }
    }

    /// First column → second column read as a number (rows whose second column is not a number are skipped).
    public static func numbers(_ file: String) -> [String: Double] {
        var out: [String: Double] = [:]
        for r in rows(file) where r.count >= 2 {
            if let v = Double(r[1]), out[r[0]] == nil { out[r[0]] = v }
        }
        return out
    }
}
