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

extension TableStages {
    /// `distinct`: the first of each run of equal rows; `distinct COL, …` keeps only those columns.
    static func distinct(_ t: Table, _ cols: [(String, SourceRange)]) throws(Diagnostic) -> Table {
        var source = t
        if !cols.isEmpty { source = try select(t, cols) }
        var seen = Set<[Value]>()
        var out = Table(columns: source.columns, unit: t.unit)
        out.rows = source.rows.filter { seen.insert($0).inserted }
        return out
    }

    /// `join TABLE on LEFT [= RIGHT]`: each left row with every right row whose key is equal (in right
    /// order); a left join keeps unmatched left rows with nulls. The right key column is dropped and
    /// right columns whose name is taken get a `_2` suffix.
    static func join(_ left: Table, _ right: Table, _ spec: JoinSpec) throws(Diagnostic) -> Table {
        let lc = try column(left, spec.leftColumn, spec.leftRange)
        let rc = try column(right, spec.rightColumn, spec.rightRange)
        var index: [Value: [Int]] = [:]
        for (i, row) in right.rows.enumerated() where !row[rc].isNull { index[joinKey(row[rc]), default: []].append(i) }
        let kept = right.columns.indices.filter { $0 != rc }
        var names = Set(left.columns.map(\.name))
        var columns = left.columns
        for c in kept {
            var col = right.columns[c]
            while names.contains(col.name) { col.name += "_2" }
            names.insert(col.name)
            columns.append(col)
        }
        var rows: [[Value]] = []
        for row in left.rows {
            let matches = row[lc].isNull ? [] : index[joinKey(row[lc])] ?? []
            for m in matches { rows.append(row + kept.map { right.rows[m][$0] }) }
            if matches.isEmpty, spec.keepUnmatched { rows.append(row + kept.map { _ in .null }) }
        }
        return Table(columns: columns, rows: rows, unit: left.unit)
    }

    /// Dates and their ISO text join as equal.
    static func joinKey(_ v: Value) -> Value {
        if case .date(let d) = v { return .string(d.iso) }
        return v
    }
}
