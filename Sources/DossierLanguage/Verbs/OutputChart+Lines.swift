import DossierModel
extension OutputChart {
    /// A `trend` table as a line chart: the first column names the period (day, week, month, year),
    /// one line per `series` value in first-seen order, the `rate` column (or value=) as values, a
    /// null or a period with docs 0 as a gap. nil when the table is not laid out like a trend.
    static func lines(_ table: Table, call: VerbCall) throws(Diagnostic) -> Chart? {
        guard let periodName = table.columns.first?.name, TimeSeries.Interval(rawValue: periodName) != nil,
            let seriesColumn = table.columnIndex("series"), let rateColumn = table.columnIndex("rate")
        else { return nil }
        var valueColumn = rateColumn
        if let name = call.string("value") {
            valueColumn = try column(name, in: table, call: call, argument: "value")
            guard table.columns[valueColumn].type == .number else { throw call.error("column '\(name)' is not a number column", at: "value") }
        }
        let docsColumn = table.columnIndex("docs")
        var periods: [String] = []
        var periodIndex: [String: Int] = [:]
        var labels: [String] = []
        var values: [String: [Int: Double]] = [:]
        for row in table.rows {
            let period = row[0].cellText, label = row[seriesColumn].cellText
            if periodIndex[period] == nil {
                periodIndex[period] = periods.count
                periods.append(period)
            }
            if values[label] == nil { labels.append(label); values[label] = [:] }
            // A period without documents is a gap whatever the column drawn.
            if let d = docsColumn, row[d] == .number(0) { continue }
            if let v = row[valueColumn].number, v.isFinite, let i = periodIndex[period] { values[label]?[i] = v }
        }
        let lines = labels.map { label in
            Chart.Line(label: label, values: periods.indices.map { values[label]?[$0] })
        }
        let what = table.columns[valueColumn].name
        return Chart(
            kind: .lines, title: "\(what) by \(periodName)", xLabel: periodName, yLabel: what, periods: periods, lines: lines)
    }
}
