import Foundation
import Testing
@testable import DossierKit

@Suite struct RenderPeek {
    @Test func peek() throws {
        var s = ""
        for w in [40, 80, 100] {
            s += "=== \(w)\n" + Renderer.render(.table(RenderFixtures.kwic), options: RenderOptions(width: w))
            s += Renderer.render(.table(RenderFixtures.docs), options: RenderOptions(width: w))
        }
        let bars = Chart(kind: .bars, title: "count by doc", xLabel: "count", yLabel: "doc", bars: [
            .init(label: "000_9ab77a9976a034a4", value: 12), .init(label: "001_7cacce9e1f613db5", value: 6),
            .init(label: "002", value: 3.5), .init(label: "003", value: 0), .init(label: "004", value: 1)])
        s += Renderer.render(.chart(bars), options: RenderOptions(width: 60))
        let pts: [(Day, Double)] = [("2024-03-01", 3), ("2024-03-02", 1), ("2024-03-09", 5), ("2024-03-20", 2)].map { (Day(iso: $0.0)!, $0.1) }
        let (iv, b) = TimeSeries.buckets(pts, interval: nil)
        let series = Chart(kind: .series, title: "hits per \(iv.rawValue)", xLabel: iv.rawValue, yLabel: "hits", bars: b)
        s += Renderer.render(.chart(series), options: RenderOptions(width: 60))
        let text = "Gantz met Netanyahu. Later gantz said the GANTZ plan. Gantzes no. Netanyahu's office, Gantz."
        let h1 = DispersionHits.positions(term: "gantz", in: text)
        let h2 = DispersionHits.positions(term: "Netanyahu", in: text)
        let disp = Chart(kind: .dispersion, title: "Dispersion of Gantz, Netanyahu", tracks: [
            .init(label: "000_9ab77a9976a034a4", term: "Gantz", length: h1.length, positions: h1.offsets),
            .init(label: "001", term: "Gantz", length: 100, positions: []),
            .init(label: "000_9ab77a9976a034a4", term: "Netanyahu", length: h2.length, positions: h2.offsets)])
        s += Renderer.render(.chart(disp), options: RenderOptions(width: 70))
        let doc = DocumentValue(index: 2, id: "002_x", fields: [Field("title", .string("Amid escalating violence")), Field("date", .date(Day(iso: "2024-03-13")!)), Field("words", .number(335))],
            sentences: ["Amid escalating violence in the Gaza Strip, the talks in Cairo continued for a third day without a breakthrough on the hostages.", "Short one."] + Array(repeating: "x.", count: 9))
        s += Renderer.render(.document(doc), options: RenderOptions(width: 60))
        let rec = Record(title: "Benjamin Netanyahu", fields: [Field("type", .string("person")), Field("aliases", .list([.string("Netanyahu"), .string("Bibi"), .string("Prime Minister Netanyahu")])), Field("mentions", .number(42)), Field("documents", .table(RenderFixtures.kwic))])
        s += Renderer.render(.record(rec), options: RenderOptions(width: 60))
        s += Renderer.render(.table(RenderFixtures.kwic), options: RenderOptions(width: 80, color: true, headerRule: true))
        s += Renderer.render(.table(Table(columns: [Column("doc", .string), Column("snippet", .string, role: .snippet)], rows: [[.string("000"), .string("the «ceasefire» talks and «hostages» deal were long and slow")]])), options: RenderOptions(width: 40, color: true))
        s += Renderer.render(.table(Table(columns: [Column("a", .string)])), options: RenderOptions())
        for v: Value in [.table(RenderFixtures.docs), .document(doc), .record(rec), .chart(bars), .number(2.5), .string("a\"b\n")] {
            s += Renderer.render(v, options: RenderOptions(format: .json))
        }
        s += Renderer.render(.table(RenderFixtures.kwic), options: RenderOptions(format: .csv))
        try s.write(toFile: "/tmp/render-peek.txt", atomically: true, encoding: .utf8)
        try SVGRenderer.render(bars).write(toFile: "/tmp/render-bars.svg", atomically: true, encoding: .utf8)
        try SVGRenderer.render(series).write(toFile: "/tmp/render-series.svg", atomically: true, encoding: .utf8)
        try SVGRenderer.render(disp).write(toFile: "/tmp/render-disp.svg", atomically: true, encoding: .utf8)
    }
}
