import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierTestSupport
@testable import DossierRendering

@Suite struct TableRendererTests {
    func render(_ t: Table, _ width: Int, color: Bool = false) -> String {
        Renderer.render(.table(t), options: RenderOptions(width: width, color: color))
    }

    @Test func kwicAt40() {
        #expect(render(RenderFixtures.kwic, 40) == """
             doc  left           match  right
             000          Benny  Gantz  , a centris…
             000    …next week.  Gantz  allegedly…
             001  …nister Benny  Gantz  's recent…
            (3 of 15 hits)

            """)
    }

    @Test func kwicAt80() {
        #expect(render(RenderFixtures.kwic, 80) == """
             doc  left                               match  right
             000                              Benny  Gantz  , a centrist political rival of…
             000  …before Ramadan begins next week.  Gantz  allegedly did not receive…
             001     Israeli Cabinet Minister Benny  Gantz  's recent trip to Washington…
            (3 of 15 hits)

            """)
    }

    @Test func kwicAt100() {
        #expect(render(RenderFixtures.kwic, 100) == """
             doc  left                                         match  right
             000                                        Benny  Gantz  , a centrist political rival of Prime…
             000    …stalled before Ramadan begins next week.  Gantz  allegedly did not receive approval for…
             001               Israeli Cabinet Minister Benny  Gantz  's recent trip to Washington has drawn
            (3 of 15 hits)

            """)
    }

    @Test func documentsAt40() {
        #expect(render(RenderFixtures.docs, 40) == """
             id      date        title  words  score
             000_9…  —           Benn…    521    1.5
             001_7…  2024-03-03  Isra…    352   0.25
             002_2…  2024-03-13  Amid…   1335     12

            """)
    }

    @Test func documentsAt80() {
        #expect(render(RenderFixtures.docs, 80) == """
             id                    date        title                            words  score
             000_9ab77a9976a034a4  —           Benny Gantz, a centrist politi…    521    1.5
             001_7cacce9e1f613db5  2024-03-03  Israeli Cabinet Minister Benny…    352   0.25
             002_2d58e2d24ab33054  2024-03-13  Amid escalating violence          1335     12

            """)
    }

    @Test func documentsAt100() {
        #expect(render(RenderFixtures.docs, 100) == """
             id                    date        title                                                words  score
             000_9ab77a9976a034a4  —           Benny Gantz, a centrist political rival of Prime M…    521    1.5
             001_7cacce9e1f613db5  2024-03-03  Israeli Cabinet Minister Benny Gantz's recent trip     352   0.25
             002_2d58e2d24ab33054  2024-03-13  Amid escalating violence                              1335     12

            """)
    }

    @Test func everyLineFitsTheWidth() {
        for width in [40, 57, 80, 100, 133] {
            for t in [RenderFixtures.kwic, RenderFixtures.docs] {
                for line in render(t, width).split(separator: "\n") {
                    #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
                }
            }
        }
    }

    @Test func tooNarrowTurnsRowsIntoBlocks() {
        // id 4 + date 10 + title 4 + words 5 + score 5, plus indent and gaps, is 37 > 30: one block per row.
        let text = render(RenderFixtures.docs, 30)
        #expect(text.hasPrefix("""
             ─[ 1 ]─────────────────
             id:    000_9ab77a9976a034a4
             date:  —
             title: Benny Gantz, a
                    centrist political
                    rival of Prime
                    Minister Benjamin
                    Netanyahu, arrives in
                    Washington
             words: 521
             score: 1.5
             ─[ 2 ]─────────────────

            """))
        for line in text.split(separator: "\n") { #expect(DisplayWidth.of(line) <= 30) }
        #expect(render(Table(columns: RenderFixtures.docs.columns), 30) == " id  date  title  words  score\n(no rows)\n")
    }

    @Test func emptyTableShowsHeaderAndNoRows() {
        let t = Table(columns: [Column("name", .string), Column("count", .number)])
        #expect(render(t, 80) == " name  count\n(no rows)\n")
        let hits = Table(columns: [Column("doc", .string)], unit: "hits")
        #expect(render(hits, 80) == " doc\n(no hits)\n")
    }

    @Test func footerOnlyWhenCut() {
        var t = Table(columns: [Column("n", .number)], rows: [[.number(1)], [.number(2)]], total: 2)
        #expect(!render(t, 80).contains("of"))
        t.total = 9
        #expect(render(t, 80).hasSuffix("(2 of 9 rows)\n"))
    }

    @Test func nullsListsAndControlCharacters() {
        let t = Table(
            columns: [Column("names", .list), Column("note", .string), Column("n", .number)],
            rows: [[.list([.string("Gantz"), .string("Netanyahu")]), .string("two\nlines\u{1B}[31m"), .null]])
        #expect(render(t, 80) == """
             names              note            n
             Gantz · Netanyahu  two lines [31m  —

            """)
    }

    @Test func noEscapeCodesWithoutColour() {
        #expect(!render(RenderFixtures.kwic, 80).contains("\u{1B}"))
        let coloured = render(RenderFixtures.kwic, 80, color: true)
        #expect(coloured.contains("\u{1B}[1;33mGantz\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[2m(3 of 15 hits)\u{1B}[0m"))
    }

    @Test func snippetMarksAreHighlightedWithColourAndKeptWithout() {
        let t = Table(
            columns: [Column("doc", .string), Column("snippet", .string, role: .snippet)],
            rows: [[.string("000"), .string("the «ceasefire» talks and «hostages» deal were long and slow")]])
        #expect(render(t, 40) == " doc  snippet\n 000  the «ceasefire» talks and «hostag…\n")
        let coloured = render(t, 40, color: true)
        #expect(coloured.contains("the \u{1B}[1;33mceasefire\u{1B}[0m talks and \u{1B}[1;33mhostages\u{1B}[0m…"))
        #expect(!coloured.contains("«"))
    }

    @Test func snippetKeepsTheFirstHitInView() {
        let t = Table(
            columns: [Column("doc", .string), Column("snippet", .string, role: .snippet)],
            rows: [[.string("000"), .string("For weeks now, the U.S., Qatar, and Egypt have been working to facilitate a «ceasefire» and hostage deal.")]])
        #expect(render(t, 50) == " doc  snippet\n 000  …facilitate a «ceasefire» and hostage deal.\n")
        #expect(render(t, 40) == " doc  snippet\n 000  …a «ceasefire» and hostage deal.\n")
        let coloured = render(t, 50, color: true)
        #expect(coloured.contains(" 000  …facilitate a \u{1B}[1;33mceasefire\u{1B}[0m and hostage deal.\n"))
    }

    @Test func headerRuleIsOptional() {
        let t = Table(columns: [Column("doc", .string), Column("count", .number)], rows: [[.string("000"), .number(3)]])
        let text = Renderer.render(.table(t), options: RenderOptions(width: 80, headerRule: true))
        #expect(text == " doc  count\n ───  ─────\n 000      3\n")
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(DisplayWidth.of("加沙停火") == 8)
        #expect(DisplayWidth.of("Gaza") == 4)
        #expect(DisplayWidth.of("café") == 4)
        #expect(DisplayWidth.of("cafe\u{301}") == 4)  // combining accent
        #expect(DisplayWidth.of("🇺🇸👍🏽") == 4)
        let t = Table(columns: [Column("t", .string), Column("n", .number)], rows: [[.string("加沙停火谈判继续进行"), .number(1)]])
        for line in render(t, 20).split(separator: "\n") { #expect(DisplayWidth.of(line) <= 20) }
        #expect(DisplayWidth.truncateEnd("加沙停火", to: 5) == "加沙…")
    }

    @Test func fittingShrinksTheWidestFirstAndKeepsMinimums() {
        // Numbers (not shrinkable) keep their width; text columns are capped at a common level.
        #expect(TableRenderer.fit(natural: [10, 50, 30, 5], shrinkable: [true, true, true, false], available: 60) == [10, 23, 22, 5])
        #expect(TableRenderer.fit(natural: [10, 50, 5], shrinkable: [true, true, false], available: 100) == [10, 50, 5])
        #expect(TableRenderer.fit(natural: [10, 50, 3], shrinkable: [true, true, true], available: 5) == [4, 4, 3])
    }

    @Test func truncation() {
        #expect(DisplayWidth.truncateStart("Ramadan begins next week.", to: 12) == "…next week.")
        #expect(DisplayWidth.truncateEnd("Benny Gantz", to: 7) == "Benny…")
        #expect(DisplayWidth.truncateEnd("Benny", to: 5) == "Benny")
        #expect(DisplayWidth.wrap("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(DisplayWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }
}
