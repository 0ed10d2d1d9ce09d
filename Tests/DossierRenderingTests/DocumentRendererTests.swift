import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierTestSupport
@testable import DossierRendering

@Suite struct DocumentRendererTests {
    @Test func documentFieldsThenNumberedWrappedSentences() {
        let doc = DocumentValue(
            index: 2, id: "002_x",
            fields: [Field("title", .string("Amid escalating violence")), Field("date", .date(Day(iso: "2024-03-13")!)),
                     Field("words", .number(335))],
            sentences: ["Amid escalating violence in the Gaza Strip, the talks in Cairo continued for a third day without a breakthrough on the hostages.",
                        "Short one."] + Array(repeating: "x.", count: 8))
        #expect(Renderer.render(.document(doc), options: RenderOptions(width: 60)) == """
            002_x (document 2)
             title: Amid escalating violence
             date:  2024-03-13
             words: 335

              [1] Amid escalating violence in the Gaza Strip, the talks
                  in Cairo continued for a third day without a
                  breakthrough on the hostages.
              [2] Short one.
              [3] x.
              [4] x.
              [5] x.
              [6] x.
              [7] x.
              [8] x.
              [9] x.
             [10] x.

            """)
    }

    @Test func recordAlignsNamesAndIndentsNestedTables() {
        let nested = Table(columns: [Column("doc", .string), Column("n", .number)], rows: [[.string("000"), .number(4)]])
        let rec = Record(title: "Benjamin Netanyahu", fields: [
            Field("type", .string("person")),
            Field("aliases", .list([.string("Netanyahu"), .string("Bibi"), .string("Prime Minister Netanyahu")])),
            Field("mentions", .number(42)),
            Field("documents", .table(nested)),
            Field("note", .string("A long note that has to wrap because it is longer than the width allows here.")),
        ])
        #expect(Renderer.render(.record(rec), options: RenderOptions(width: 50)) == """
            Benjamin Netanyahu
             type:     person
             aliases:  Netanyahu · Bibi · Prime Minister
                       Netanyahu
             mentions: 42
             documents:
                doc  n
                000  4
             note:     A long note that has to wrap because it
                       is longer than the width allows here.

            """)
    }

    @Test func scalarsAndNull() {
        let o = RenderOptions()
        #expect(Renderer.render(.null, options: o) == "")
        #expect(Renderer.render(.number(3.25), options: o) == "3.25\n")
        #expect(Renderer.render(.date(Day(iso: "2024-03-01")!), options: o) == "2024-03-01\n")
        #expect(Renderer.render(.bool(false), options: o) == "false\n")
        #expect(Renderer.render(.string("wrote 3 rows to a.csv"), options: o) == "wrote 3 rows to a.csv\n")
        #expect(Renderer.render(.list([.string("a"), .number(1)]), options: o) == "a · 1\n")
    }
}
