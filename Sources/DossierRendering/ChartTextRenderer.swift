import DossierModel
import DossierExtraction
import DossierLanguage

/// Draws charts with text: horizontal bars with their values, a time series as vertical block columns
/// (or one bar per bucket when there are more buckets than columns), a dispersion plot as one row per
/// document with a `|` per hit along its length.
public enum ChartTextRenderer {
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let levels: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// Rows of a vertical time series.
    public static let seriesHeight = 8

    public static func render(_ chart: Chart, options: RenderOptions) -> String {
        if let saved = chart.savedTo { return "wrote \(saved) (chart: \(chart.title))\n" }
        var out = ANSIStyle.bold.apply(DisplayWidth.singleLine(chart.title), options.color) + "\n"
        switch chart.kind {
        case .bars: out += bars(chart.bars, options: options)
        case .series: out += series(chart, options: options)
        case .dispersion: out += dispersion(chart.tracks, options: options)
        case .lines: out += LineChartText.render(chart, options: options)
        }
        return out
    }

    /// One line per bar: label, bar scaled to the largest value (eighth-block precision), value.
    static func bars(_ bars: [Chart.Bar], options: RenderOptions) -> String {
        guard !bars.isEmpty else { return ANSIStyle.dim.apply("(no rows)", options.color) + "\n" }
        let labels = bars.map { DisplayWidth.singleLine($0.label) }
        let labelWidth = min(labels.map { DisplayWidth.of($0) }.max() ?? 0, max(8, options.width / 3))
        let values = bars.map { NumberFormat.cell($0.value) }
        let valueWidth = values.map(\.count).max() ?? 0
        let room = max(4, options.width - 1 - labelWidth - 2 - 1 - valueWidth)
        let top = bars.map { $0.value.isFinite ? $0.value : 0 }.max() ?? 0
        var out = ""
        for (i, bar) in bars.enumerated() {
            let label = DisplayWidth.pad(DisplayWidth.truncateEnd(labels[i], to: labelWidth), to: labelWidth, alignment: .left)
            let drawn = barText(bar.value, max: top, room: room)
            out += " " + label + "  " + drawn + (drawn.isEmpty ? "" : " ") + values[i] + "\n"
        }
        return out
    }

    /// A bar of `room` columns at most, in eighth blocks; empty for zero, negative or non-finite values.
    static func barText(_ value: Double, max top: Double, room: Int) -> String {
        guard top > 0, value.isFinite, value > 0 else { return "" }
        let units = Int((min(value, top) / top * Double(room * 8)).rounded())
        var s = String(repeating: "█", count: units / 8)
        if units % 8 > 0 { s.append(eighths[units % 8 - 1]) }
        if s.isEmpty { s = "▏" }  // a positive value is never invisible
        return s
    }

    /// Vertical block columns `seriesHeight` rows tall with a y axis, first/last bucket labels and a
    /// summary line; falls back to horizontal bars when the buckets outnumber the columns.
    static func series(_ chart: Chart, options: RenderOptions) -> String {
        let buckets = chart.bars
        guard !buckets.isEmpty else { return ANSIStyle.dim.apply("(no dates)", options.color) + "\n" }
        let top = buckets.map { $0.value.isFinite ? max(0, $0.value) : 0 }.max() ?? 0
        let topText = NumberFormat.cell(top)
        let axisWidth = max(topText.count, 1)
        let room = options.width - 1 - axisWidth - 1
        guard buckets.count <= room else { return bars(buckets, options: options) + summary(chart) }
        let columnWidth = max(1, min(4, room / buckets.count))
        let block = columnWidth >= 2 ? columnWidth - 1 : 1
        let height = seriesHeight
        var out = ""
        for r in stride(from: height - 1, through: 0, by: -1) {
            let line = axisPrefix(row: r, height: height, topText: topText, axisWidth: axisWidth)
            var plot = ""
            for b in buckets {
                let v = b.value.isFinite ? max(0, b.value) : 0
                var units = top > 0 ? Int((v / top * Double(height * 8)).rounded()) : 0
                if v > 0, units == 0 { units = 1 }
                let level = min(8, max(0, units - r * 8))
                plot += String(repeating: levels[level], count: block)
                plot += String(repeating: " ", count: columnWidth - block)
            }
            out += RecordRenderer.trimmed(line + plot) + "\n"
        }
        let plotWidth = columnWidth * buckets.count
        out += " " + String(repeating: " ", count: axisWidth) + "└" + String(repeating: "─", count: plotWidth) + "\n"
        out += endLabels(buckets.map(\.label), columnWidth: columnWidth, axisWidth: axisWidth)
        return out + summary(chart)
    }

    /// ` 12┤` on the top row, `  0┤` on the bottom one, `   │` between: the y axis of a plot `height`
    /// rows tall (row 0 at the bottom), `axisWidth` wide.
    static func axisPrefix(row r: Int, height: Int, topText: String, axisWidth: Int) -> String {
        if r == height - 1 { return " " + DisplayWidth.pad(topText, to: axisWidth, alignment: .right) + "┤" }
        if r == 0 { return " " + DisplayWidth.pad("0", to: axisWidth, alignment: .right) + "┤" }
        return " " + String(repeating: " ", count: axisWidth) + "│"
    }

    /// The first and last of `labels` (one per column) under the x axis, the last right-aligned to
    /// the plot's end when it fits.
    static func endLabels(_ labels: [String], columnWidth: Int, axisWidth: Int) -> String {
        let plotWidth = columnWidth * labels.count
        let first = DisplayWidth.singleLine(labels[0])
        let last = DisplayWidth.singleLine(labels[labels.count - 1])
        var s = " " + String(repeating: " ", count: axisWidth + 1) + first
        let lastStart = axisWidth + 2 + max(0, plotWidth - DisplayWidth.of(last))
        if labels.count > 1, lastStart >= DisplayWidth.of(s) + 2 {
            s += String(repeating: " ", count: lastStart - DisplayWidth.of(s)) + last
        }
        return s + "\n"
    }

    /// `peak 12 (2024-03-11) · total 45 · 8 weeks`
    static func summary(_ chart: Chart) -> String {
        let buckets = chart.bars
        guard let peak = buckets.enumerated().max(by: { a, b in
            a.element.value < b.element.value || (a.element.value == b.element.value && a.offset > b.offset)
        }) else { return "" }
        let total = buckets.reduce(0.0) { $0 + ($1.value.isFinite ? $1.value : 0) }
        let unit = chart.xLabel.isEmpty ? "bucket" : chart.xLabel
        let count = buckets.count == 1 ? "1 \(unit)" : "\(buckets.count) \(unit)s"
        return " peak \(NumberFormat.cell(peak.element.value)) (\(peak.element.label)) · total \(NumberFormat.cell(total)) · \(count)\n"
    }

    /// A term in quotes for headings and titles; a regex (`r"…"`) as written.
    public static func quotedTerm(_ term: String, curly: Bool) -> String { Chart.quotedTerm(term, curly: curly) }

    /// Per term, a heading then one row per document: label, hit count, and the document's length drawn
    /// as `·` with a `|` where hits fall.
    static func dispersion(_ tracks: [Chart.Track], options: RenderOptions) -> String {
        guard !tracks.isEmpty else { return ANSIStyle.dim.apply("(no documents)", options.color) + "\n" }
        var terms: [String] = []
        for t in tracks where !terms.contains(t.term) { terms.append(t.term) }
        let labelWidth = min(tracks.map { DisplayWidth.of(DisplayWidth.singleLine($0.label)) }.max() ?? 0, max(8, options.width / 3))
        let countWidth = tracks.map { String($0.positions.count).count }.max() ?? 1
        let plotWidth = max(10, options.width - 1 - labelWidth - 2 - countWidth - 2)
        var out = ""
        for term in terms {
            let rows = tracks.filter { $0.term == term }
            let hits = rows.reduce(0) { $0 + $1.positions.count }
            let withHits = rows.filter { !$0.positions.isEmpty }.count
            let heading = "\(quotedTerm(DisplayWidth.singleLine(term), curly: false)): \(hits) \(hits == 1 ? "hit" : "hits") in \(withHits) of \(rows.count) \(rows.count == 1 ? "document" : "documents")"
            out += " " + ANSIStyle.dim.apply(heading, options.color) + "\n"
            let shown = options.rows.map { Array(rows.prefix(max(1, $0))) } ?? rows
            defer {
                if shown.count < rows.count {
                    out += " " + ANSIStyle.dim.apply("(\(shown.count) of \(rows.count) documents; \(RenderOptions.showAllHint))", options.color) + "\n"
                }
            }
            for t in shown {
                let label = DisplayWidth.pad(
                    DisplayWidth.truncateEnd(DisplayWidth.singleLine(t.label), to: labelWidth), to: labelWidth, alignment: .left)
                let count = DisplayWidth.pad(String(t.positions.count), to: countWidth, alignment: .right)
                let cells = DispersionLayout.cells(positions: t.positions, length: t.length, width: plotWidth)
                var plot = ""
                var run = ""
                var runIsHit = false
                for hit in cells {  // group runs so colour codes stay few
                    if hit != runIsHit, !run.isEmpty {
                        plot += (runIsHit ? ANSIStyle.highlight : ANSIStyle.dim).apply(run, options.color)
                        run = ""
                    }
                    runIsHit = hit
                    run += hit ? "|" : "·"
                }
                plot += (runIsHit ? ANSIStyle.highlight : ANSIStyle.dim).apply(run, options.color)
                out += " " + label + "  " + count + "  " + plot + "\n"
            }
        }
        return out
    }
}

/// Where hits fall on a plot of a given width.
public enum DispersionLayout {
    /// For each of `width` cells, whether a hit falls in it (position scaled from 0..<length).
    public static func cells(positions: [Int], length: Int, width: Int) -> [Bool] {
        var cells = [Bool](repeating: false, count: max(0, width))
        guard width > 0, length > 0 else { return cells }
        for p in positions {
            let i = Int(Double(max(0, min(p, length - 1))) / Double(length) * Double(width))
            cells[min(width - 1, max(0, i))] = true
        }
        return cells
    }
}
