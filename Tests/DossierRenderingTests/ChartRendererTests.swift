import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierTestSupport
@testable import DossierRendering

@Suite struct ChartRendererTests {
    static let fiveBars = Chart(kind: .bars, title: "count by doc", xLabel: "count", yLabel: "doc", bars: [
        .init(label: "000_9ab77a9976a034a4", value: 12), .init(label: "001_7cacce9e1f613db5", value: 6),
        .init(label: "002", value: 3.5), .init(label: "003", value: 0), .init(label: "004", value: 1),
    ])

    @Test func fiveBarsAt60() {
        #expect(Renderer.render(.chart(Self.fiveBars), options: RenderOptions(width: 60)) == """
            count by doc
             000_9ab77a9976a034a4  █████████████████████████████████ 12
             001_7cacce9e1f613db5  ████████████████▌ 6
             002                   █████████▋ 3.5
             003                   0
             004                   ██▊ 1

            """)
    }

    @Test func barsFitEveryWidth() {
        for width in [20, 40, 80, 100] {
            let text = Renderer.render(.chart(Self.fiveBars), options: RenderOptions(width: width))
            for line in text.split(separator: "\n") { #expect(DisplayWidth.of(line) <= width) }
            #expect(text.split(separator: "\n").count == 6)
        }
    }

    @Test func savedChartIsOneLine() {
        var c = Self.fiveBars
        c.savedTo = "hamas.svg"
        #expect(Renderer.render(.chart(c), options: RenderOptions()) == "wrote hamas.svg (chart: count by doc)\n")
    }

    @Test func seriesBucketsChooseIntervalBySpan() {
        func days(_ s: [String]) -> [(Day, Double)] { s.map { (Day(iso: $0)!, 1) } }
        let (daily, d) = TimeSeries.buckets(days(["2024-03-01", "2024-03-01", "2024-03-04"]), interval: nil)
        #expect(daily == .day)
        #expect(d.map(\.label) == ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"])
        #expect(d.map(\.value) == [2, 0, 0, 1])
        let (weekly, w) = TimeSeries.buckets(days(["2024-03-13", "2024-06-30"]), interval: nil)
        #expect(weekly == .week)
        #expect(w.first?.label == "2024-03-11")  // the Monday
        #expect(w.last?.label == "2024-06-24")
        #expect(w.count == 16)
        let (monthly, m) = TimeSeries.buckets(days(["2023-10-07", "2024-12-01"]), interval: nil)
        #expect(monthly == .month)
        #expect(m.count == 15)
        #expect(m.first?.label == "2023-10")
        let (yearly, y) = TimeSeries.buckets(days(["2001-05-01", "2024-03-01"]), interval: nil)
        #expect(yearly == .year)
        #expect(y.count == 24)
        #expect(TimeSeries.buckets([], interval: nil).1.isEmpty)
        // The calendar's last days do not step past year 9999.
        #expect(TimeSeries.buckets(days(["9999-12-20", "9999-12-31"]), interval: .week).1.count == 2)
        #expect(TimeSeries.buckets(days(["9998-01-01", "9999-12-31"]), interval: .year).1.map(\.label) == ["9998", "9999"])
        #expect(TimeSeries.buckets(days(["0001-01-01"]), interval: .week).1.map(\.label) == ["0001-01-01"])
    }

    @Test func seriesDrawsColumnsWithAxisAndSummary() {
        let pts: [(Day, Double)] = [("2024-03-01", 3), ("2024-03-02", 1), ("2024-03-09", 5), ("2024-03-20", 2)]
            .map { (Day(iso: $0.0)!, $0.1) }
        let (iv, b) = TimeSeries.buckets(pts, interval: nil)
        let chart = Chart(kind: .series, title: "hits per day", xLabel: iv.rawValue, yLabel: "hits", bars: b)
        let text = Renderer.render(.chart(chart), options: RenderOptions(width: 60))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "hits per day")
        #expect(lines[1] == " 5┤                █")
        #expect(lines[8] == " 0┤█ █             █                     █")
        #expect(lines[9] == "  └────────────────────────────────────────")
        #expect(lines[10] == "   2024-03-01                    2024-03-20")
        #expect(lines[11] == " peak 5 (2024-03-09) · total 11 · 20 days")
    }

    @Test func longSeriesFallsBackToBars() {
        let bars = (0..<150).map { Chart.Bar(label: "b\($0)", value: Double($0 % 7)) }
        let text = Renderer.render(.chart(Chart(kind: .series, title: "t", xLabel: "day", bars: bars)), options: RenderOptions(width: 80))
        #expect(text.split(separator: "\n").count == 1 + 150 + 1)
    }

    @Test func dispersionOneRowPerDocumentAndTerm() {
        let chart = Chart(kind: .dispersion, title: "Dispersion", tracks: [
            .init(label: "000", term: "Gantz", length: 100, positions: [0, 50, 99]),
            .init(label: "001", term: "Gantz", length: 10, positions: []),
            .init(label: "000", term: "Netanyahu", length: 100, positions: [25]),
            .init(label: "001", term: "Netanyahu", length: 10, positions: [5]),
        ])
        let text = Renderer.render(.chart(chart), options: RenderOptions(width: 40))
        #expect(text == """
            Dispersion
             "Gantz": 3 hits in 1 of 2 documents
             000  3  |··············|··············|
             001  0  ·······························
             "Netanyahu": 2 hits in 2 of 2 documents
             000  1  ·······|·······················
             001  1  ···············|···············

            """)
    }

    @Test func dispersionLayoutScalesPositions() {
        #expect(DispersionLayout.cells(positions: [0, 9], length: 10, width: 5) == [true, false, false, false, true])
        #expect(DispersionLayout.cells(positions: [3], length: 0, width: 3) == [false, false, false])
        #expect(DispersionLayout.cells(positions: [-4, 400], length: 10, width: 2) == [true, true])
    }

    @Test func dispersionHitsComeFromTheIndexLikeKwic() throws {
        var session = Session(corpus: CorpusFixtures.seeds, rendering: .standard)
        for pattern in [#""Gantz""#, #"r"Netan\w+""#, #""humanitarian pauses""#] {
            let results = session.execute("dispersion \(pattern)")
            guard case .chart(let chart)? = results.first?.value else {
                Issue.record("no chart for \(pattern)")
                continue
            }
            let hits = chart.tracks.reduce(0) { $0 + $1.positions.count }
            let kwic = session.execute("kwic \(pattern) | count").first?.value
            #expect(kwic == .number(Double(hits)), "\(pattern)")
            #expect(chart.tracks.count == 5)
            for t in chart.tracks { #expect(t.positions.allSatisfy { $0 >= 0 && $0 < t.length }) }
        }
    }
}
