import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierTestSupport
@testable import DossierRendering

@Suite struct JSONRendererTests {
    @Test func scalars() {
        #expect(JSONRenderer.line(.null) == "null")
        #expect(JSONRenderer.line(.bool(true)) == "true")
        #expect(JSONRenderer.line(.number(42)) == "42")
        #expect(JSONRenderer.line(.number(-3)) == "-3")
        #expect(JSONRenderer.line(.number(2.5)) == "2.5")
        #expect(JSONRenderer.line(.number(1.0 / 3)) == "0.333333")
        #expect(JSONRenderer.line(.number(.nan)) == "null")
        #expect(JSONRenderer.line(.number(.infinity)) == "null")
        #expect(JSONRenderer.line(.date(Day(iso: "2024-03-01")!)) == "\"2024-03-01\"")
        #expect(JSONRenderer.line(.regex("Netan\\w+")) == "\"Netan\\\\w+\"")
        #expect(JSONRenderer.line(.list([.number(1), .string("a")])) == "[1,\"a\"]")
    }

    @Test func stringEscapes() {
        let s = "quote \" backslash \\ newline \n tab \t bell \u{7} esc \u{1B} é 加"
        #expect(JSONRenderer.line(.string(s))
            == "\"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 esc \\u001b é 加\"")
        // Foundation reads it back unchanged.
        let data = Data(JSONRenderer.line(.list([.string(s)])).utf8)
        let parsed = try? JSONSerialization.jsonObject(with: data) as? [String]
        #expect(parsed == [s])
    }

    @Test func tableIsArrayOfObjectsInColumnOrder() {
        let t = Table(
            columns: [Column("zeta", .string), Column("alpha", .number), Column("when", .date)],
            rows: [[.string("a"), .number(1), .null], [.string("b"), .number(0.5), .date(Day(iso: "2024-03-13")!)]])
        #expect(JSONRenderer.line(.table(t))
            == #"[{"zeta":"a","alpha":1,"when":null},{"zeta":"b","alpha":0.5,"when":"2024-03-13"}]"#)
        #expect(JSONRenderer.line(.table(Table(columns: [Column("x", .string)]))) == "[]")
    }

    @Test func documentRecordAndChart() {
        let doc = DocumentValue(index: 1, id: "001", fields: [Field("title", .string("T")), Field("words", .number(3))],
                                sentences: ["One.", "Two."])
        #expect(JSONRenderer.line(.document(doc))
            == #"{"index":1,"id":"001","fields":{"title":"T","words":3},"sentences":["One.","Two."]}"#)
        let rec = Record(title: "Gantz", fields: [Field("type", .string("person")), Field("docs", .list([.string("000")]))])
        #expect(JSONRenderer.line(.record(rec)) == #"{"title":"Gantz","type":"person","docs":["000"]}"#)
        let chart = Chart(kind: .bars, title: "c", xLabel: "count", yLabel: "doc", bars: [.init(label: "a", value: 2)], savedTo: "c.svg")
        #expect(JSONRenderer.line(.chart(chart))
            == #"{"kind":"bars","title":"c","xLabel":"count","yLabel":"doc","bars":[{"label":"a","value":2}],"savedTo":"c.svg"}"#)
    }

    @Test func jsonFormatThroughRenderer() {
        #expect(Renderer.render(.number(3), options: RenderOptions(format: .json)) == "3\n")
        #expect(Renderer.render(.null, options: RenderOptions(format: .json)) == "")
        let every = Renderer.render(.table(RenderFixtures.docs), options: RenderOptions(format: .json))
        #expect(every.hasSuffix("}]\n"))
        #expect(!every.dropLast().contains("\n"))
    }
}
