import DossierModel
import DossierExtraction

/// `chart`: a table as horizontal bars (labels and values), or `chart by date` as a time series.
enum OutputChart {
    /// Number columns summed by `chart by date` when no `value=` is given; otherwise rows are counted.
    static let countColumnNames = ["count", "hits", "mentions", "frequency", "freq", "n", "total"]

    static var spec: VerbSpec {
        VerbSpec(
            name: "chart", category: .output,
            summary: "Draw a table as labelled bars, or by a date column as a time series",
            input: .required(.table),
            parameters: [
                ParameterSpec("by", .column, keyword: "by", help: "a date column: draw a time series instead of bars"),
                ParameterSpec("file", .string, keyword: "to", help: "also write the chart as SVG to this file (.svg)"),
            ],
            options: [
                OptionSpec("value", .column, default: .null, help: "the number column to draw (default: the first)"),
                OptionSpec("label", .column, default: .null, help: "the label column for bars (default: the first text column)"),
                OptionSpec("max", .integer, default: .number(50), help: "the most bars drawn (the first rows); 0 for all"),
                OptionSpec(
                    "every", .choice(["auto", "day", "week", "month", "year"]), default: .string("auto"),
                    help: "bucket size of a time series (auto: by the span of dates)"),
            ],
            details: """
                Bars: one per row, in the table's order, labelled by the first text column and sized by the first \
                number column other than a row number `#` (or label=, value=); at most max= bars (the first rows). Time series (by DATE): rows are counted per day, week or month \
                (chosen by the span: days up to two months, weeks up to a year, then months, then years), or a \
                number column is summed: value= if given, else a column named count, hits, mentions, frequency, \
                freq, n or total. Empty buckets show as zero. A `trend` table (a day, week, month or year column, \
                series and rate) is drawn as lines, one per series, with a legend; value=count draws raw counts; \
                periods without documents are gaps. `to "FILE.svg"` writes the picture as SVG and \
                prints the file name instead of drawing it.
                """,
            example: "freq \"Hamas\" by doc | chart",
            evaluate: { call, state throws(Diagnostic) in try evaluate(call, &state) })
    }

    static func evaluate(_ call: VerbCall, _ state: inout SessionState) throws(Diagnostic) -> Value {
        guard let table = call.input?.table else {
            throw call.error("'chart' needs a table piped in", suggestion: "e.g. freq \"Hamas\" by doc | chart")
        }
        var chart: Chart
        if call.has("by") {
            chart = try series(table, call: call)
        } else if let lines = try lines(table, call: call) {
            chart = lines
        } else {
            chart = try bars(table, call: call)
        }
        try OutputFile.saveSVG(&chart, what: "charts", call: call, state: state)
        return .chart(chart)
    }

    /// A column by name, or a diagnostic naming the columns there are.
    static func column(_ name: String, in table: Table, call: VerbCall, argument: String) throws(Diagnostic) -> Int {
        if let c = table.columnIndex(name) { return c }
        let names = table.columns.map(\.name)
        let hint = NearestName.suggest(name, among: names)
        throw call.error(
            "unknown column '\(name)'", at: argument,
            suggestion: hint.map { "did you mean '\($0)'?" } ?? "columns: " + names.joined(separator: ", "))
    }

    static func isNumberColumn(_ table: Table, _ c: Int) -> Bool {
        if table.columns[c].type == .number { return true }
        guard table.columns[c].type == .any else { return false }
        return !table.rows.isEmpty && table.rows.allSatisfy { c < $0.count && ($0[c].number != nil || $0[c].isNull) }
    }

    static func bars(_ table: Table, call: VerbCall) throws(Diagnostic) -> Chart {
        let valueColumn: Int
        if let name = call.string("value") {
            valueColumn = try column(name, in: table, call: call, argument: "value")
            guard isNumberColumn(table, valueColumn) else {
                throw call.error("column '\(name)' is not a number column", at: "value")
            }
        } else if let c = table.columns.indices.first(where: { isNumberColumn(table, $0) && table.columns[$0].name != "#" })
            ?? table.columns.indices.first(where: { isNumberColumn(table, $0) })
        {
            valueColumn = c
        } else {
            throw call.error(
                "'chart' needs a number column to draw; the table has " + table.columns.map(\.name).joined(separator: ", "),
                suggestion: "count rows first, e.g. … | group doc | chart")
        }
        let labelColumn: Int?
        if let name = call.string("label") {
            labelColumn = try column(name, in: table, call: call, argument: "label")
        } else {
            labelColumn = table.columns.indices.first { $0 != valueColumn && table.columns[$0].type == .string }
                ?? table.columns.indices.first { $0 != valueColumn && !isNumberColumn(table, $0) }
        }
        var bars: [Chart.Bar] = []
        for (i, row) in table.rows.enumerated() {
            guard valueColumn < row.count, let v = row[valueColumn].number else { continue }
            let label = labelColumn.map { $0 < row.count ? row[$0].cellText : "—" } ?? String(i + 1)
            bars.append(Chart.Bar(label: label, value: v))
        }
        let valueName = table.columns[valueColumn].name
        let labelName = labelColumn.map { table.columns[$0].name } ?? "row"
        var title = "\(valueName) by \(labelName)"
        let limit = call.int("max") ?? 50
        guard limit >= 0 else { throw call.error("max must be 0 (all) or more", at: "max") }
        if limit > 0, bars.count > limit {
            title += " (first \(limit) of \(bars.count))"
            bars.removeLast(bars.count - limit)
        }
        return Chart(kind: .bars, title: title, xLabel: valueName, yLabel: labelName, bars: bars)
    }

    static func series(_ table: Table, call: VerbCall) throws(Diagnostic) -> Chart {
        let by = call.string("by") ?? "date"
        let dateColumn: Int
        if let c = table.columnIndex(by) {
            dateColumn = c
        } else if by == "date", let c = table.columns.firstIndex(where: { $0.type == .date }) {
            dateColumn = c
        } else {
            dateColumn = try column(by, in: table, call: call, argument: "by")
        }
        let dateName = table.columns[dateColumn].name
        var valueColumn: Int?
        if let name = call.string("value") {
            let c = try column(name, in: table, call: call, argument: "value")
            guard isNumberColumn(table, c) else { throw call.error("column '\(name)' is not a number column", at: "value") }
            valueColumn = c
        } else {
            valueColumn = table.columns.indices.first {
                countColumnNames.contains(table.columns[$0].name.lowercased()) && isNumberColumn(table, $0)
            }
        }
        var points: [(Day, Double)] = []
        var sawDate = false
        for row in table.rows {
            guard dateColumn < row.count else { continue }
            let day: Day?
            switch row[dateColumn] {
            case .date(let d): day = d
            case .string(let s): day = Day(iso: s.prefix(10))
            default: day = nil
            }
            guard let day else { continue }
            sawDate = true
            if let v = valueColumn {
                guard v < row.count, let n = row[v].number, n.isFinite else { continue }
                points.append((day, n))
            } else {
                points.append((day, 1))
            }
        }
        if !sawDate, !table.rows.isEmpty {
            throw call.error("column '\(dateName)' has no dates", at: "by")
        }
        let every = call.string("every").flatMap { TimeSeries.Interval(rawValue: $0) }
        let (interval, buckets) = TimeSeries.buckets(points, interval: every)
        let what = valueColumn.map { table.columns[$0].name } ?? table.unit
        return Chart(
            kind: .series, title: "\(what) per \(interval.rawValue) (by \(dateName))", xLabel: interval.rawValue,
            yLabel: what, bars: buckets)
    }
}
