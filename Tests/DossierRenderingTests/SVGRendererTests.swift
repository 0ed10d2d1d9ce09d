import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierTestSupport
@testable import DossierRendering

/// Counts elements by name; fails on malformed XML.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var texts: [String] = []
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { texts.append(string) }

    static func parse(_ svg: String) -> ElementCounter? {
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = counter
        return parser.parse() ? counter : nil
    }
}

@Suite struct SVGRendererTests {
    @Test func barsAreWellFormedWithLabelsAndValues() throws {
        let svg = SVGRenderer.render(ChartRendererTests.fiveBars)
        let counter = try #require(ElementCounter.parse(svg))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 "))
        #expect(svg.contains("font-family=\"sans-serif\""))
        // background + 4 non-zero bars
        #expect(counter.counts["rect"] == 5)
        let texts = Set(counter.texts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        for expected in ["count by doc", "000_9ab77a9976a034a4", "12", "3.5", "count", "doc"] { #expect(texts.contains(expected)) }
        #expect(SVGRenderer.render(ChartRendererTests.fiveBars) == svg)  // deterministic
    }

    @Test func textIsEscaped() throws {
        let chart = Chart(kind: .bars, title: "<script>&\"x\"", bars: [.init(label: "a < b & c", value: 1)])
        let svg = SVGRenderer.render(chart)
        let counter = try #require(ElementCounter.parse(svg))
        #expect(!svg.contains("<script>"))
        #expect(counter.counts["script"] == nil)
        #expect(counter.texts.joined().contains("a < b & c"))
    }

    @Test func seriesHasDateTicksAndBars() throws {
        let pts = (0..<40).map { (Day(iso: "2024-01-01")!.adding(days: $0 * 3)!, Double($0 % 5)) }
        let (iv, b) = TimeSeries.buckets(pts, interval: nil)
        let svg = SVGRenderer.render(Chart(kind: .series, title: "hits per \(iv.rawValue)", xLabel: iv.rawValue, yLabel: "hits", bars: b))
        let counter = try #require(ElementCounter.parse(svg))
        #expect(counter.texts.contains("2024-01-01"))
        #expect(counter.texts.contains("week"))
        #expect((counter.counts["rect"] ?? 0) > 10)
    }

    @Test func dispersionHasOneRowAndOneTickPerHit() throws {
        let chart = Chart(kind: .dispersion, title: "Dispersion", tracks: [
            .init(label: "000", term: "Gantz", length: 100, positions: [1, 50, 99]),
            .init(label: "001", term: "Gantz", length: 10, positions: []),
            .init(label: "002", term: "Gantz", length: 10, positions: [5]),
        ])
        let svg = SVGRenderer.render(chart)
        let counter = try #require(ElementCounter.parse(svg))
        #expect(counter.counts["rect"] == 1 + 3)  // background + one row per document
        // 4 hit ticks + 5 axis ticks
        #expect(counter.counts["line"] == 4 + 5)
        #expect(counter.texts.contains("000 (3)"))
    }

    @Test func axisTicksAreRound() {
        #expect(AxisScale(values: [102947.25]).ticks == [0, 20000, 40000, 60000, 80000, 100000, 120000])
        #expect(AxisScale(values: [12, 3]).ticks == [0, 2, 4, 6, 8, 10, 12])
        #expect(AxisScale(values: [1]).ticks == [0, 1])  // whole counts get whole steps
        #expect(AxisScale(values: [0.9]).ticks.last == 1)
        #expect(AxisScale(values: []).top == 1)
        #expect(AxisScale(values: [Double.leastNonzeroMagnitude]).ticks.count == 2)
        #expect(AxisScale(values: [1e308]).ticks.count > 2)
    }

    @Test func emptyChartsStillRender() {
        for kind in [Chart.Kind.bars, .series, .dispersion] {
            #expect(ElementCounter.parse(SVGRenderer.render(Chart(kind: kind, title: "empty"))) != nil)
        }
    }
}
