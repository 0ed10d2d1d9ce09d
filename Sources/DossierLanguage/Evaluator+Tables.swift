import DossierModel
/// The table stages that evaluate expressions per row: computed columns, grouping with aggregates,
/// sorting by expressions, and function calls inside expressions.
extension Evaluator {
    /// `select EXPR [as NAME], …`: one output column per item.
    func selectTable(_ t: Table, _ items: [SelectItem], in state: inout SessionState, depth: Int) throws(Diagnostic) -> Table {
        try checkNames(items.map { ($0.name, $0.range) })
        var columns: [[Value]] = []
        for item in items { columns.append(try columnValues(t, item.expr, in: &state, depth: depth)) }
        var out = Table(columns: zip(items, columns).map { column(for: $0.0, values: $0.1, in: t) }, total: t.total, unit: t.unit)
        out.rows = t.rows.indices.map { r in columns.map { $0[r] } }
        return out
    }

    /// `group KEY, … [agg NAME = FUNC(EXPR), …]`. Without aggregates: a `count` column, most frequent
    /// first (ties by key); with them: one row per key in key order.
    func groupTable(_ t: Table, _ items: [SelectItem], _ aggregates: [AggregateItem], in state: inout SessionState, depth: Int)
        throws(Diagnostic) -> Table
    {
        try checkNames(items.map { ($0.name, $0.range) } + aggregates.map { ($0.name, $0.range) })
        var keyColumns: [[Value]] = []
        for item in items { keyColumns.append(try columnValues(t, item.expr, in: &state, depth: depth)) }
        var argColumns: [[Value]?] = []
        for a in aggregates { argColumns.append(try a.argument.map { e throws(Diagnostic) in try columnValues(t, e, in: &state, depth: depth) }) }
        var groupOf: [[Value]: Int] = [:]
        var keys: [[Value]] = []
        var members: [[Int]] = []
        for r in t.rows.indices {
            let key = keyColumns.map { $0[r] }
            if let g = groupOf[key] {
                members[g].append(r)
            } else {
                groupOf[key] = keys.count
                keys.append(key)
                members.append([r])
            }
        }
        var order = Array(keys.indices)
        order.sort { a, b in
            if aggregates.isEmpty, members[a].count != members[b].count { return members[a].count > members[b].count }
            for (x, y) in zip(keys[a], keys[b]) {
                let c = ValueOrder.sortCompare(x, y)
                if c != 0 { return c < 0 }
            }
            return a < b
        }
        var columns = zip(items, keyColumns).map { column(for: $0.0, values: $0.1, in: t) }
        var rows: [[Value]] = order.map { keys[$0] }
        if aggregates.isEmpty {
            columns.append(Column("count", .number))
            for (i, g) in order.enumerated() { rows[i].append(.number(Double(members[g].count))) }
        }
        for (a, args) in zip(aggregates, argColumns) {
            var values: [Value] = []
            for g in order { values.append(try aggregate(a, members[g].map { args?[$0] ?? .null })) }
            columns.append(Column(a.name, a.function == .count ? .number : Evaluator.inferredType(values)))
            for i in rows.indices { rows[i].append(values[i]) }
        }
        return Table(columns: columns, rows: rows, unit: "groups")
    }

    /// One aggregate over a group's values (nulls skipped; a non-number is a type error).
    func aggregate(_ a: AggregateItem, _ values: [Value]) throws(Diagnostic) -> Value {
        if a.function == .count { return .number(Double(values.count)) }
        let present = values.filter { !$0.isNull }
        if a.function == .min || a.function == .max {
            var best: Value?
            for v in present {
                guard let b = best else { best = v; continue }
                guard let c = ValueOrder.compare(v, b) else {
                    throw .error("\(a.function.rawValue)() cannot compare \(v.type.rawValue) with \(b.type.rawValue)", at: a.range)
                }
                if a.function == .min ? c < 0 : c > 0 { best = v }
            }
            return best ?? .null
        }
        var numbers: [Double] = []
        for v in present {
            guard case .number(let n) = v else {
                throw .error("\(a.function.rawValue)() needs numbers, got \(v.type.rawValue)", at: a.argument?.range ?? a.range)
            }
            numbers.append(n)
        }
        switch a.function {
        case .sum: return .number(numbers.reduce(0, +))
        case .mean: return numbers.isEmpty ? .null : .number(numbers.reduce(0, +) / Double(numbers.count))
        case .median:
            guard !numbers.isEmpty else { return .null }
            let s = numbers.sorted()
            return .number(s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
        default: return .null
        }
    }

    /// Stable sort on keys that are columns (kwic contexts sort on their Nth word) or expressions.
    func sortTable(_ t: Table, _ keys: [SortKey], in state: inout SessionState, depth: Int) throws(Diagnostic) -> Table {
        if keys.allSatisfy({ if case .name(let n, _) = $0.expr { t.columnIndex(n) != nil } else { false } }) {
            return try TableStages.sort(t, keys)
        }
        var keyed = t
        var computed: [SortKey] = []
        for (i, k) in keys.enumerated() {
            if case .name(let n, _) = k.expr, t.columnIndex(n) != nil {
                computed.append(k)
                continue
            }
            let values = try columnValues(t, k.expr, in: &state, depth: depth)
            let name = "\u{0}sort\(i)"
            keyed.columns.append(Column(name, Evaluator.inferredType(values)))
            for r in keyed.rows.indices { keyed.rows[r].append(values[r]) }
            var key = k
            key.column = name
            key.expr = .name(name, k.range)
            computed.append(key)
        }
        var sorted = try TableStages.sort(keyed, computed)
        sorted.columns = t.columns
        sorted.rows = sorted.rows.map { Array($0.prefix(t.columns.count)) }
        return sorted
    }

    /// An expression evaluated on every row.
    func columnValues(_ t: Table, _ e: Expr, in state: inout SessionState, depth: Int) throws(Diagnostic) -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(t.rows.count)
        for row in t.rows { out.append(try evaluate(e, row: Row(table: t, values: row), in: &state, depth: depth)) }
        if t.rows.isEmpty, case .name(let n, let r) = e, t.columnIndex(n) == nil, state.variables[n] == nil {
            _ = try TableStages.column(t, n, r)  // an unknown column is an error even on an empty table
        }
        return out
    }

    /// The output column of an item: a plain column keeps its type and role, a computed one is typed
    /// from its values and declares `round`'s decimals.
    func column(for item: SelectItem, values: [Value], in t: Table) -> Column {
        if case .name(let n, _) = item.expr, let c = t.columnIndex(n) {
            var col = t.columns[c]
            col.name = item.name
            return col
        }
        return Column(item.name, Evaluator.inferredType(values), decimals: Functions.declaredDecimals(item.expr))
    }

    func checkNames(_ names: [(String, SourceRange)]) throws(Diagnostic) {
        var seen = Set<String>()
        for (n, r) in names where !seen.insert(n).inserted {
            throw .error("two columns are named '\(n)'", at: r, suggestion: "name one with 'as', e.g. \(n) as \(n)2")
        }
    }

    /// The one type of the non-null values, else `any`.
    static func inferredType(_ values: [Value]) -> ValueType {
        var type: ValueType?
        for v in values where !v.isNull {
            if type == nil { type = v.type } else if type != v.type { return .any }
        }
        return type ?? .any
    }

    /// A function call inside an expression: a built-in, or a user `def` with its arguments bound.
    func callExpressionFunction(
        _ name: String, _ args: [Expr], row: Row?, range: SourceRange, in state: inout SessionState, depth: Int
    ) throws(Diagnostic) -> Value {
        if AggregateFunction(rawValue: name) != nil, !Functions.isBuiltin(name) {
            throw .error("'\(name)()' is an aggregate: use it in group … agg, e.g. group source agg n = count()", at: range)
        }
        var values: [Value] = []
        for a in args { values.append(try evaluate(a, row: row, in: &state, depth: depth)) }
        if Functions.isBuiltin(name) { return try Functions.call(name, values, ranges: args.map(\.range), at: range) }
        if let f = state.functions[name] {
            let bound = zip(args, values).map { a, v in Argument(label: .positional, value: .literal(v, a.range), range: a.range, labelRange: a.range) }
            return try callFunction(f, bound, input: nil, range: range, in: &state, depth: depth)
        }
        let hint = NearestName.suggest(name, among: Functions.all.map(\.name) + Array(state.functions.keys))
        throw .error(
            "unknown function '\(name)'", at: range,
            suggestion: hint.map { "did you mean '\($0)'?" } ?? "functions: " + Functions.all.map(\.name).joined(separator: ", "))
    }
}
