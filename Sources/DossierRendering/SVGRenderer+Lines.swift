import DossierModel
import DossierLanguage
extension SVGRenderer {
    /// Series colours (Tableau 10), in legend order, repeating after the last.
    static let lineColors = [
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
    ]

    /// Lines over periods: one polyline per run of periods with values (a gap breaks the line), a dot
    /// per point, shaded bands where no series has a value, date ticks, a legend under the plot.
    static func lines(_ chart: Chart, into svg: inout SVGCanvas) {
        let top = 60.0, plotHeight = 300.0
        let values = chart.lines.flatMap { $0.values.compactMap { $0 } }
        let scale = AxisScale(values: values)
        let tickWidth = scale.ticks.map { textWidth(NumberFormat.cell($0), size: 11) }.max() ?? 10
        let left = max(60, 34 + tickWidth + 10), right = width - 24
        let plotWidth = right - left, bottom = top + plotHeight
        for tick in scale.ticks {
            let y = bottom - tick / scale.top * plotHeight
            svg.line(x1: left, y1: y, x2: right, y2: y, stroke: gridColor)
            svg.text(x: left - 8, y: y + 4, NumberFormat.cell(tick), size: 11, anchor: "end", fill: mutedColor)
        }
        let n = max(1, chart.periods.count)
        let slot = plotWidth / Double(n)
        func x(_ i: Int) -> Double { left + (Double(i) + 0.5) * slot }
        func y(_ v: Double) -> Double { bottom - (v.isFinite ? max(0, v) : 0) / scale.top * plotHeight }
        for i in chart.periods.indices where chart.lines.allSatisfy({ i >= $0.values.count || $0.values[i] == nil }) {
            svg.rect(x: left + Double(i) * slot, y: top, width: slot, height: plotHeight, fill: "#f3f3f3")
        }
        for (k, line) in chart.lines.enumerated() {
            let color = lineColors[k % lineColors.count]
            var run: [(Double, Double)] = []
            for (i, v) in line.values.enumerated() {
                if let v {
                    run.append((x(i), y(v)))
                } else {
                    svg.polyline(run, stroke: color)
                    run = []
                }
            }
            svg.polyline(run, stroke: color)
            for (i, v) in line.values.enumerated() {
                if let v { svg.circle(x: x(i), y: y(v), r: n > 80 ? 1.5 : 3, fill: color) }
            }
        }
        if values.isEmpty {
            svg.text(x: left + plotWidth / 2, y: top + plotHeight / 2, "no data", size: 13, anchor: "middle", fill: mutedColor)
        }
        let labelPixels = (chart.periods.map { textWidth($0, size: 11) }.max() ?? 40) + 16
        let step = max(1, (n + max(1, Int(plotWidth / labelPixels)) - 1) / max(1, Int(plotWidth / labelPixels)))
        for i in stride(from: 0, to: chart.periods.count, by: step) {
            svg.line(x1: x(i), y1: bottom, x2: x(i), y2: bottom + 5, stroke: inkColor)
            svg.text(x: x(i), y: bottom + 18, chart.periods[i], size: 11, anchor: "middle", fill: mutedColor)
        }
        svg.line(x1: left, y1: top, x2: left, y2: bottom, stroke: inkColor)
        svg.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: inkColor)
        let xLabel = chart.xLabel.isEmpty ? "period" : chart.xLabel
        svg.text(x: left + plotWidth / 2, y: bottom + 42, xLabel, size: 12, weight: "bold", anchor: "middle", fill: mutedColor)
        if !chart.yLabel.isEmpty {
            svg.text(x: 20, y: top + plotHeight / 2, chart.yLabel, size: 12, weight: "bold", anchor: "middle",
                     fill: mutedColor, rotate: true)
        }
        svg.height = legend(chart.lines, at: bottom + 62, left: left, right: right, into: &svg)
    }

    /// Legend entries (a swatch and the label) in rows; returns the height used up to its end.
    static func legend(_ lines: [Chart.Line], at y0: Double, left: Double, right: Double, into svg: inout SVGCanvas) -> Double {
        var x = left, y = y0
        for (k, line) in lines.enumerated() {
            let label = fit(line.label, pixels: 220, size: 12)
            let w = 26 + textWidth(label, size: 12) + 18
            if x > left, x + w > right {
                x = left
                y += 20
            }
            svg.line(x1: x, y1: y - 4, x2: x + 18, y2: y - 4, stroke: lineColors[k % lineColors.count], width: 3)
            svg.text(x: x + 24, y: y, label, size: 12, anchor: "start")
            x += w
        }
        return y + 20
    }
}
