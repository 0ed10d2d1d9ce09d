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
        let left = valueAxisLeft(scale), right = width - 24
        let plotWidth = right - left, bottom = top + plotHeight
        valueGrid(scale, left: left, right: right, bottom: bottom, plotHeight: plotHeight, into: &svg)
        let n = max(1, chart.periods.count)
        let slot = plotWidth / Double(n)
        func x(_ i: Int) -> Double { left + (Double(i) + 0.5) * slot }
        func y(_ v: Double) -> Double { bottom - (v.isFinite ? max(0, v) : 0) / scale.top * plotHeight }
        for i in chart.periods.indices where LineChartText.isGap(chart.lines, at: i) {
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
        periodTicks(chart.periods, left: left, slot: slot, plotWidth: plotWidth, bottom: bottom, into: &svg)
        frame(chart, defaultXLabel: "period", left: left, right: right, top: top, plotHeight: plotHeight, into: &svg)
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
