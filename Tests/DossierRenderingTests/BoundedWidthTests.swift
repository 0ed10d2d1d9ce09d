import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierTestSupport
@testable import DossierRendering

/// Layout widths are capped: `--width 9223372036854775807` with `chart` trapped on overflow and
/// `--width 1000000000` reached 3.6 GB.
@Suite struct BoundedWidthTests {
    @Test func chartsAtAHugeWidthStayBounded() {
        let bars = Chart(kind: .bars, title: "t", bars: [
            Chart.Bar(label: "a", value: 1e308), Chart.Bar(label: "b", value: 1), Chart.Bar(label: "c", value: -5),
            Chart.Bar(label: "d", value: .nan), Chart.Bar(label: "e", value: .infinity),
        ])
        let tracks = Chart(kind: .dispersion, title: "t", tracks: [
            Chart.Track(label: "d1", term: "x", length: Int.max, positions: [0, 5, Int.max - 1]),
            Chart.Track(label: "d2", term: "x", length: 10, positions: [3]),
        ])
        for width in [Int.max, 1_000_000_000, Int.min, 0] {
            for chart in [bars, tracks] {
                let text = Renderer.render(.chart(chart), options: RenderOptions(width: width))
                for line in text.split(separator: "\n") {
                    #expect(DisplayWidth.of(String(line)) <= Renderer.maximumWidth)
                }
            }
        }
    }

    @Test func dispersionCellsTolerateExtremes() {
        #expect(DispersionLayout.cells(positions: [Int.max, -3], length: Int.max, width: 10).count == 10)
        #expect(DispersionLayout.cells(positions: [1], length: 0, width: 5) == [false, false, false, false, false])
    }
}
