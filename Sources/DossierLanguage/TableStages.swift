import DossierModel
import DossierExtraction

/// The table stages: sort, top, select, group. Pure functions of a table.
enum TableStages {
    static func column(_ t: Table, _ name: String, _ r: SourceRange) throws(Diagnostic) -> Int {
        if let c = t.columnIndex(name) { return c }
        let hint = NearestName.suggest(name, among: t.columns.map(\.name))
        throw .error(
            "unknown column '\(name)'", at: r,
            suggestion: hint.map { "did you mean '\($0)'?" } ?? "columns: " + t.columns.map(\.name).joined(separator: ", "))
    }

    /// Stable multi-key sort. Context columns (kwic's left/right) sort on the Nth word from the
    /// match, AntConc-style; ties keep the input order.
    static func sort(_ t: Table, _ keys: [SortKey]) throws(Diagnostic) -> Table {
        var resolved: [(Int, SortKey, ColumnRole)] = []
        for k in keys {
            let c = try column(t, k.column, k.range)
            resolved.append((c, k, t.columns[c].role))
        }
        func keyValue(_ v: Value, _ role: ColumnRole, _ position: Int) -> Value {
            guard role == .leftContext || role == .rightContext, case .string(let s) = v else { return v }
            let words = s.split { $0 == " " || $0 == "…" }.map(String.init).filter { $0.contains { $0.isLetter || $0.isNumber } }
            let idx = role == .leftContext ? words.count - position : position - 1
            return words.indices.contains(idx) ? .string(words[idx]) : .null
        }
        var indexed = Array(t.rows.enumerated())
        indexed.sort { x, y in
            for (c, k, role) in resolved {
                let a = keyValue(x.element[c], role, k.position), b = keyValue(y.element[c], role, k.position)
                var cmp = ValueOrder.sortCompare(a, b)
                if k.descending && !(a.isNull || b.isNull) { cmp = -cmp }
                if cmp != 0 { return cmp < 0 }
            }
            return x.offset < y.offset
        }
        var out = t
        out.rows = indexed.map(\.element)
        return out
    }

    static func top(_ t: Table, _ n: Int) -> Table {
        var out = t
        if t.rows.count > n {
            out.total = t.total ?? t.rows.count
            out.rows = Array(t.rows.prefix(n))
        }
        return out
    }

    static func select(_ t: Table, _ cols: [(String, SourceRange)]) throws(Diagnostic) -> Table {
        var idx: [Int] = []
        for (name, r) in cols { idx.append(try column(t, name, r)) }
        var out = Table(columns: idx.map { t.columns[$0] }, total: t.total, unit: t.unit)
        out.rows = t.rows.map { row in idx.map { row[$0] } }
        return out
    }

    /// Counts rows per distinct key, most frequent first, ties by key.
    static func group(_ t: Table, _ cols: [(String, SourceRange)]) throws(Diagnostic) -> Table {
        var idx: [Int] = []
        for (name, r) in cols { idx.append(try column(t, name, r)) }
        var counts: [[Value]: Int] = [:]
        var order: [[Value]] = []
        for row in t.rows {
            let key = idx.map { row[$0] }
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        order.sort { a, b in
            let ca = counts[a] ?? 0, cb = counts[b] ?? 0
            if ca != cb { return ca > cb }
            for (x, y) in zip(a, b) {
                let c = ValueOrder.sortCompare(x, y)
                if c != 0 { return c < 0 }
            }
            return false
        }
        var columns = idx.map { t.columns[$0] }
        columns.append(Column("count", .number))
        return Table(columns: columns, rows: order.map { $0 + [.number(Double(counts[$0] ?? 0))] }, unit: "groups")
    }
}
