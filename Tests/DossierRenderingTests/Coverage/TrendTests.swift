import Foundation
import Testing
import DossierTestSupport
@testable import DossierModel
@testable import DossierLanguage
@testable import DossierRendering

@Suite struct TrendTests {
    @Test func ratesArePerTenThousandWordsWithGapsForEmptyPeriods() throws {
        let t = try CoverageFixtures.table("trend \"ceasefire\" by month")
        #expect(t.columns.map(\.name) == ["month", "series", "docs", "words", "count", "rate"])
        #expect(t.rows.map { $0[0].cellText } == ["2024-01", "2024-02", "2024-03"])
        let c = CoverageFixtures.corpus
        let jan = c.documents[c.documentIndex(id: "a1")!].wordCount
        #expect(t.rows[0][4] == .number(2))
        #expect(t.rows[0][3] == .number(Double(jan)))
        #expect(t.rows[0][5] == CorpusVerbSupport.rounded(2 / Double(jan) * 10000))
        // February has documents but no hit: a zero, not a gap.
        #expect(t.rows[1][5] == .number(0))
        let weeks = try CoverageFixtures.table("trend \"ceasefire\" by week")
        #expect(weeks.rows.contains { $0[2] == .number(0) && $0[5] == .null })  // a week without documents
        #expect(weeks.rows.allSatisfy { $0[2] != .number(0) || $0[5] == .null })
        #expect(weeks.rows.first?[0] == .string("2024-01-01"))  // the Monday of the first week
    }

    @Test func severalTermsAndASplitByAMetadataField() throws {
        let t = try CoverageFixtures.table("trend \"ceasefire\" \"hostages\" by month per=1000")
        #expect(t.rows.count == 6)
        #expect(t.rows.prefix(2).map { $0[1] } == [.string("ceasefire"), .string("hostages")])
        let split = try CoverageFixtures.table("trend \"ceasefire\" by month split=source")
        #expect(Set(split.rows.map { $0[1].cellText }) == ["paper", "wire"])
        let marchWire = split.rows.first { $0[0] == .string("2024-03") && $0[1] == .string("wire") }
        #expect(marchWire?[4] == .number(1))
        #expect(marchWire?[2] == .number(1))
        let both = try CoverageFixtures.table("trend \"ceasefire\" \"truce\" by year split=source")
        #expect(both.rows.map { $0[1].cellText } == ["ceasefire · paper", "ceasefire · wire", "truce · paper", "truce · wire"])
    }

    @Test func badRequestsAreDiagnostics() {
        var s = CoverageFixtures.session()
        guard case .failure(let d) = CoverageFixtures.run("trend \"x\" split=desk", in: &s) else { Issue.record("no error"); return }
        #expect(d.message.contains("no metadata field 'desk'"))
        guard case .failure(let e) = CoverageFixtures.run("trend by month", in: &s) else { Issue.record("no error"); return }
        #expect(e.message.contains("needs a term"))
        guard case .failure(let f) = CoverageFixtures.run("trend \"x\" per=0", in: &s) else { Issue.record("no error"); return }
        #expect(f.message.contains("per must be"))
    }

    @Test func aTrendChartsAsLinesWithGapsAndALegend() throws {
        var s = CoverageFixtures.session()
        guard case .chart(let chart) = try CoverageFixtures.run("trend \"ceasefire\" \"hostages\" by week | chart", in: &s).get() else {
            Issue.record("no chart")
            return
        }
        #expect(chart.kind == .lines)
        #expect(chart.lines.map(\.label) == ["ceasefire", "hostages"])
        #expect(chart.lines[0].values.contains { $0 == nil })
        #expect(chart.lines[0].values.count == chart.periods.count)
        let text = ChartTextRenderer.render(chart, options: RenderOptions(width: 80))
        #expect(text.contains("● ceasefire  × hostages"))
        #expect(text.contains("have no documents (gaps, not zeros)"))
        #expect(text.contains("┈"))
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 80 })
        let svg = SVGRenderer.render(chart)
        #expect(svg.contains("<polyline") || svg.contains("<circle"))
        #expect(svg.contains(">ceasefire</text>"))
        #expect(svg == SVGRenderer.render(chart))
    }
}
