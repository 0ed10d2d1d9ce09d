import DossierModel
import DossierExtraction
import DossierLanguage

/// Self-contained SVG for charts: a viewBox, sans-serif text, a title, labelled axes with gridlines,
/// value labels on bars, date ticks on a time series, one row of tick marks per document for a
/// dispersion plot. Deterministic (fixed number formatting, no ids or dates).
public enum SVGRenderer {
    static let width = 800.0
    static let barColor = "#4c78a8"
    static let inkColor = "#222"
    static let mutedColor = "#666"
    static let gridColor = "#e3e3e3"

    public static func render(_ chart: Chart) -> String {
        var svg = SVGCanvas(width: width)
        svg.text(x: 20, y: 32, chart.title, size: 18, weight: "bold", anchor: "start")
        switch chart.kind {
        case .bars: bars(chart, into: &svg)
        case .series: series(chart, into: &svg)
        case .dispersion: dispersion(chart, into: &svg)
        case .lines: lines(chart, into: &svg)
        }
        return svg.document(title: chart.title)
    }

    /// Rough width of sans-serif text in pixels (average glyph ≈ 0.58 em).
    static func textWidth(_ s: String, size: Double) -> Double {
        Double(DisplayWidth.of(s)) * size * 0.58
    }

    /// `s` cut with `…` to fit `pixels` at `size`.
    static func fit(_ s: String, pixels: Double, size: Double) -> String {
        DisplayWidth.truncateEnd(DisplayWidth.singleLine(s), to: max(2, Int(pixels / (size * 0.58))))
    }

    // MARK: bars

    static func bars(_ chart: Chart, into svg: inout SVGCanvas) {
        let bars = chart.bars
        let font = 13.0
        let rowHeight = 26.0
        let top = 70.0
        let labels = bars.map { fit($0.label, pixels: 240, size: font) }
        let labelWidth = min(240, max(60, labels.map { textWidth($0, size: font) }.max() ?? 60))
        let left = 20 + labelWidth + 12
        let valueTexts = bars.map { NumberFormat.cell($0.value) }
        let valueRoom = max(40, (valueTexts.map { textWidth($0, size: 12) }.max() ?? 0) + 14)
        let right = width - 20 - valueRoom
        let plotHeight = max(rowHeight, Double(bars.count) * rowHeight)
        let scale = AxisScale(values: bars.map(\.value))
        let plotWidth = right - left
        if !chart.yLabel.isEmpty {
            svg.text(x: left - 12, y: top - 12, chart.yLabel, size: 12, weight: "bold", anchor: "end", fill: mutedColor)
        }
        // Gridlines and tick labels along x.
        for tick in scale.ticks {
            let x = left + tick / scale.top * plotWidth
            svg.line(x1: x, y1: top, x2: x, y2: top + plotHeight, stroke: gridColor)
            svg.text(x: x, y: top + plotHeight + 18, NumberFormat.cell(tick), size: 11, anchor: "middle", fill: mutedColor)
        }
        if bars.isEmpty {
            svg.text(x: left + plotWidth / 2, y: top + rowHeight / 2 + 4, "no data", size: 13, anchor: "middle", fill: mutedColor)
        }
        for (i, bar) in bars.enumerated() {
            let y = top + Double(i) * rowHeight
            let v = bar.value.isFinite ? max(0, bar.value) : 0
            let w = scale.top > 0 ? v / scale.top * plotWidth : 0
            svg.text(x: left - 12, y: y + rowHeight / 2 + 4.5, labels[i], size: font, anchor: "end")
            svg.rect(x: left, y: y + 4, width: w, height: rowHeight - 8, fill: barColor)
            svg.text(x: left + w + 6, y: y + rowHeight / 2 + 4, valueTexts[i], size: 12, anchor: "start")
        }
        svg.line(x1: left, y1: top, x2: left, y2: top + plotHeight, stroke: inkColor)
        svg.line(x1: left, y1: top + plotHeight, x2: right, y2: top + plotHeight, stroke: inkColor)
        if !chart.xLabel.isEmpty {
            svg.text(x: left + plotWidth / 2, y: top + plotHeight + 40, chart.xLabel, size: 12, weight: "bold",
                     anchor: "middle", fill: mutedColor)
        }
        svg.height = top + plotHeight + 56
    }

    // MARK: time series

    static func series(_ chart: Chart, into svg: inout SVGCanvas) {
        let buckets = chart.bars
        let top = 60.0
        let plotHeight = 300.0
        let scale = AxisScale(values: buckets.map(\.value))
        let left = valueAxisLeft(scale)
        let right = width - 24
        let plotWidth = right - left
        let bottom = top + plotHeight
        valueGrid(scale, left: left, right: right, bottom: bottom, plotHeight: plotHeight, into: &svg)
        let n = max(1, buckets.count)
        let slot = plotWidth / Double(n)
        let barWidth = min(48, max(1, slot * (n > 60 ? 0.9 : 0.75)))
        for (i, b) in buckets.enumerated() {
            let v = b.value.isFinite ? max(0, b.value) : 0
            let h = scale.top > 0 ? v / scale.top * plotHeight : 0
            let x = left + Double(i) * slot + (slot - barWidth) / 2
            svg.rect(x: x, y: bottom - h, width: barWidth, height: h, fill: barColor)
            if n <= 24, v > 0 {
                svg.text(x: x + barWidth / 2, y: bottom - h - 5, NumberFormat.cell(v), size: 10, anchor: "middle", fill: inkColor)
            }
        }
        if buckets.isEmpty {
            svg.text(x: left + plotWidth / 2, y: top + plotHeight / 2, "no data", size: 13, anchor: "middle", fill: mutedColor)
        }
        periodTicks(buckets.map(\.label), left: left, slot: slot, plotWidth: plotWidth, bottom: bottom, into: &svg)
        frame(chart, defaultXLabel: "date", left: left, right: right, top: top, plotHeight: plotHeight, into: &svg)
        svg.height = bottom + 60
    }

    // MARK: shared by the time series and the line chart

    /// Where the plot starts: room for the y tick labels of `scale`.
    static func valueAxisLeft(_ scale: AxisScale) -> Double {
        let tickWidth = scale.ticks.map { textWidth(NumberFormat.cell($0), size: 11) }.max() ?? 10
        return max(60, 34 + tickWidth + 10)
    }

    /// A horizontal gridline and a label at each of `scale`'s ticks.
    static func valueGrid(_ scale: AxisScale, left: Double, right: Double, bottom: Double, plotHeight: Double,
                          into svg: inout SVGCanvas) {
        for tick in scale.ticks {
            let y = bottom - tick / scale.top * plotHeight
            svg.line(x1: left, y1: y, x2: right, y2: y, stroke: gridColor)
            svg.text(x: left - 8, y: y + 4, NumberFormat.cell(tick), size: 11, anchor: "end", fill: mutedColor)
        }
    }

    /// Date ticks under slots `slot` wide: as many evenly spaced labels as fit, always the first.
    static func periodTicks(_ labels: [String], left: Double, slot: Double, plotWidth: Double, bottom: Double,
                            into svg: inout SVGCanvas) {
        let n = max(1, labels.count)
        let labelPixels = (labels.map { textWidth($0, size: 11) }.max() ?? 40) + 16
        let maxLabels = max(1, Int(plotWidth / labelPixels))
        let step = max(1, (n + maxLabels - 1) / maxLabels)
        for i in stride(from: 0, to: labels.count, by: step) {
            let x = left + (Double(i) + 0.5) * slot
            svg.line(x1: x, y1: bottom, x2: x, y2: bottom + 5, stroke: inkColor)
            svg.text(x: x, y: bottom + 18, labels[i], size: 11, anchor: "middle", fill: mutedColor)
        }
    }

    /// The two axes, the x label (`defaultXLabel` when the chart has none) and the y label, if any.
    static func frame(_ chart: Chart, defaultXLabel: String, left: Double, right: Double, top: Double, plotHeight: Double,
                      into svg: inout SVGCanvas) {
        let bottom = top + plotHeight
        svg.line(x1: left, y1: top, x2: left, y2: bottom, stroke: inkColor)
        svg.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: inkColor)
        let xLabel = chart.xLabel.isEmpty ? defaultXLabel : chart.xLabel
        svg.text(x: left + (right - left) / 2, y: bottom + 42, xLabel, size: 12, weight: "bold", anchor: "middle", fill: mutedColor)
        if !chart.yLabel.isEmpty {
            svg.text(x: 20, y: top + plotHeight / 2, chart.yLabel, size: 12, weight: "bold", anchor: "middle",
                     fill: mutedColor, rotate: true)
        }
    }

    // MARK: dispersion

    static func dispersion(_ chart: Chart, into svg: inout SVGCanvas) {
        let tracks = chart.tracks
        var terms: [String] = []
        for t in tracks where !terms.contains(t.term) { terms.append(t.term) }
        let font = 12.0
        let rowHeight = 24.0
        let headingHeight = 28.0
        let labels = tracks.map { fit($0.label, pixels: 200, size: font) + " (\($0.positions.count))" }
        let labelWidth = min(250, max(80, labels.map { textWidth($0, size: font) }.max() ?? 80))
        let left = 20 + labelWidth + 12
        let right = width - 24
        let plotWidth = right - left
        var y = 56.0
        if tracks.isEmpty {
            svg.text(x: width / 2, y: y + 30, "no documents", size: 13, anchor: "middle", fill: mutedColor)
            y += 50
        }
        for term in terms {
            let rows = tracks.indices.filter { tracks[$0].term == term }
            let hits = rows.reduce(0) { $0 + tracks[$1].positions.count }
            let withHits = rows.filter { !tracks[$0].positions.isEmpty }.count
            y += headingHeight
            svg.text(x: 20, y: y - 9, "\(ChartTextRenderer.quotedTerm(term, curly: true)): \(hits) \(hits == 1 ? "hit" : "hits") in \(withHits) of \(rows.count) \(rows.count == 1 ? "document" : "documents")",
                     size: 13, weight: "bold", anchor: "start")
            for i in rows {
                let t = tracks[i]
                svg.text(x: left - 12, y: y + rowHeight / 2 + 4, labels[i], size: font, anchor: "end")
                svg.rect(x: left, y: y + 3, width: plotWidth, height: rowHeight - 6, fill: "#f4f6f9", stroke: "#9aa5b1")
                if t.length > 0 {
                    for p in t.positions {
                        let x = left + Double(max(0, min(p, t.length))) / Double(t.length) * plotWidth
                        svg.line(x1: x, y1: y + 4, x2: x, y2: y + rowHeight - 4, stroke: "#1d3f72", width: 1.5)
                    }
                }
                y += rowHeight
            }
        }
        // A shared axis: position along each document.
        for k in 0...4 {
            let x = left + Double(k) / 4 * plotWidth
            svg.line(x1: x, y1: y + 2, x2: x, y2: y + 7, stroke: inkColor)
            svg.text(x: x, y: y + 20, "\(k * 25)%", size: 11, anchor: "middle", fill: mutedColor)
        }
        let xLabel = chart.xLabel.isEmpty ? "position in document" : chart.xLabel
        svg.text(x: left + plotWidth / 2, y: y + 40, xLabel, size: 12, weight: "bold", anchor: "middle", fill: mutedColor)
        svg.height = y + 56
    }
}

/// Round axis ticks: 0 up to a "nice" top (steps of 1, 2, 2.5 or 5 times a power of ten), about six
/// ticks; whole steps only when every value is a whole number.
struct AxisScale {
    var top: Double
    var ticks: [Double]

    init(maximum: Double, integral: Bool = false) {
        guard maximum.isFinite, maximum > 0 else {
            top = 1
            ticks = [0, 1]
            return
        }
        let rough = maximum / 6
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        var step = [1.0, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= rough } ?? power * 10
        if integral { step = max(1, step.rounded(.up)) }
        guard step > 0, step.isFinite, (maximum / step).isFinite, maximum / step < 1000 else {
            top = maximum
            ticks = [0, maximum]
            return
        }
        let count = max(1, Int((maximum / step).rounded(.up)))
        top = Double(count) * step
        ticks = (0...count).map { Double($0) * step }
    }

    init(values: [Double]) {
        let finite = values.filter(\.isFinite)
        self.init(maximum: finite.max() ?? 0, integral: finite.allSatisfy { $0 == $0.rounded() })
    }
}
