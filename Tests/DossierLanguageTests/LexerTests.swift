import Testing
import DossierModel
import DossierExtraction
import DossierTestSupport
@testable import DossierLanguage

@Suite struct LexerTests {
    func kinds(_ s: String) -> [Token.Kind] { Lexer.tokenize(s).tokens.map(\.kind) }

    @Test func literalsAndSymbols() {
        #expect(
            kinds(#"kwic "Gantz" width=40 | top 5"#) == [
                .identifier("kwic"), .string("Gantz"), .identifier("width"), .symbol("="), .number(40), .symbol("|"),
                .identifier("top"), .number(5), .end,
            ])
        #expect(kinds("2024-03-01") == [.date(Day(iso: "2024-03-01")!), .end])
        #expect(kinds(#"r"Netan\w+""#) == [.regex(#"Netan\w+"#), .end])
        #expect(kinds("a >= 2.5 != b") == [.identifier("a"), .symbol(">="), .number(2.5), .symbol("!="), .identifier("b"), .end])
        #expect(kinds("'single' “curly”") == [.string("single"), .string("curly"), .end])
    }

    @Test func commentsAndNewlines() {
        #expect(kinds("docs # the documents\ncount") == [.identifier("docs"), .newline, .identifier("count"), .end])
    }

    @Test func locationsAreOneBased() {
        let t = Lexer.tokenize("docs\n  | top 3").tokens
        #expect(t[2].range.start == SourceLocation(line: 2, column: 3))
        #expect(t[4].range.start == SourceLocation(line: 2, column: 9))
    }

    @Test func errorsAreDiagnosticsNotCrashes() {
        let bad = Lexer.tokenize(#"search "open"#)
        #expect(bad.diagnostics.map(\.message) == ["unterminated string"])
        #expect(Lexer.tokenize("2024-02-30").diagnostics.first?.message == "bad date '2024-02-30'")
        #expect(Lexer.tokenize("a $ b").diagnostics.first?.message == "unexpected character '$'")
    }
}
