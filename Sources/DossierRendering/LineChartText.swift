import DossierModel
import DossierLanguage
/// Draws a line chart with text: one marker per series and period on a grid `height` rows tall, dots
/// joining neighbouring points, a y axis, the first and last period under it, a legend and a note of
/// the periods without documents (gaps: no marker, no joining dots, `┈` on the axis).
public enum LineChartText {
    public static let height = 10
    /// Series markers, in legend order (repeating after the last).
    public static let markers: [Character] = ["●", "×", "◆", "▲", "■", "○", "+", "◇"]

    public static func render(_ chart: Chart, options: RenderOptions) -> String {
        guard !chart.periods.isEmpty, !chart.lines.isEmpty else {
            return ANSIStyle.dim.apply("(no dated documents)", options.color) + "\n"
        }
        let top = chart.lines.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite).max() ?? 0
        let scale = AxisScale(maximum: top)
        let topText = NumberFormat.cell(scale.top)
        let axisWidth = max(topText.count, 1)
        let room = max(8, options.width - 1 - axisWidth - 1)
        var periods = chart.periods
        var lines = chart.lines
        var note = ""
        if periods.count > room {  // keep the latest periods that fit
            let cut = periods.count - room
            note = " (last \(room) of \(periods.count) \(chart.xLabel)s)\n"
            periods.removeFirst(cut)
            for i in lines.indices { lines[i].values.removeFirst(cut) }
        }
        let columnWidth = max(1, min(6, room / periods.count))
        let grid = plot(lines, periods: periods.count, columnWidth: columnWidth, top: scale.top)
        var out = ""
        for r in stride(from: height - 1, through: 0, by: -1) {
            let line = ChartTextRenderer.axisPrefix(row: r, height: height, topText: topText, axisWidth: axisWidth)
            out += RecordRenderer.trimmed(line + String(grid[r])) + "\n"
        }
        out += axis(lines, periods: periods.count, columnWidth: columnWidth, axisWidth: axisWidth)
        out += ChartTextRenderer.endLabels(periods, columnWidth: columnWidth, axisWidth: axisWidth)
        out += legend(chart.lines, options: options)
        return out + note + gapNote(chart)
    }

    /// The plot area: rows bottom-up, each `periods × columnWidth` characters.
    static func plot(_ lines: [Chart.Line], periods: Int, columnWidth: Int, top: Double) -> [[Character]] {
        var grid = [[Character]](repeating: [Character](repeating: " ", count: periods * columnWidth), count: height)
        func row(_ v: Double) -> Int {
            guard top > 0, v.isFinite else { return 0 }
            return min(height - 1, max(0, Int((max(0, v) / top * Double(height - 1)).rounded())))
        }
        func x(_ i: Int) -> Int { i * columnWidth + (columnWidth - 1) / 2 }
        // Joining dots first, so markers drawn after them stay visible.
        for line in lines where line.values.count > 1 {
            for i in 0..<(line.values.count - 1) {
                guard let a = line.values[i], let b = line.values[i + 1] else { continue }
                let x0 = x(i), x1 = x(i + 1), r0 = row(a), r1 = row(b)
                let steps = max(x1 - x0, abs(r1 - r0))
                guard steps > 1 else { continue }
                for s in 1..<steps {
                    let cx = x0 + (x1 - x0) * s / steps
                    let cr = r0 + Int((Double((r1 - r0) * s) / Double(steps)).rounded())
                    if grid[cr][cx] == " " { grid[cr][cx] = "·" }
                }
            }
        }
        for (k, line) in lines.enumerated() {
            for (i, v) in line.values.enumerated() {
                guard let v else { continue }
                grid[row(v)][x(i)] = markers[k % markers.count]
            }
        }
        return grid
    }

    /// `└───┈───`: the x axis, dotted under periods where no series has a value.
    static func axis(_ lines: [Chart.Line], periods: Int, columnWidth: Int, axisWidth: Int) -> String {
        var s = " " + String(repeating: " ", count: axisWidth) + "└"
        for i in 0..<periods {
            s += String(repeating: isGap(lines, at: i) ? "┈" : "─", count: columnWidth)
        }
        return s + "\n"
    }

    /// ` ● ceasefire  × hostages`, wrapped at the width.
    static func legend(_ lines: [Chart.Line], options: RenderOptions) -> String {
        var out = ""
        var current = ""
        for (k, line) in lines.enumerated() {
            let item = "\(markers[k % markers.count]) \(DisplayWidth.truncateEnd(DisplayWidth.singleLine(line.label), to: 40))"
            if !current.isEmpty, DisplayWidth.of(current) + 2 + DisplayWidth.of(item) > options.width - 1 {
                out += " " + current + "\n"
                current = ""
            }
            current += (current.isEmpty ? "" : "  ") + item
        }
        if !current.isEmpty { out += " " + current + "\n" }
        return out
    }

    /// Whether no series has a value for period `i` (a period without documents).
    static func isGap(_ lines: [Chart.Line], at i: Int) -> Bool {
        lines.allSatisfy { i >= $0.values.count || $0.values[i] == nil }
    }

    /// ` 8 of 11 days have no documents (gaps)`, or nothing.
    static func gapNote(_ chart: Chart) -> String {
        let gaps = chart.periods.indices.filter { isGap(chart.lines, at: $0) }
        guard !gaps.isEmpty else { return "" }
        let unit = chart.xLabel.isEmpty ? "period" : chart.xLabel
        let of = chart.periods.count == 1 ? unit : unit + "s"
        return " \(gaps.count) of \(chart.periods.count) \(of) \(gaps.count == 1 ? "has" : "have") no documents (gaps, not zeros)\n"
    }
}
