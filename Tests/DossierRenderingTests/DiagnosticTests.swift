import Testing
import DossierModel
import DossierExtraction
import DossierTestSupport
import DossierLanguage
@testable import DossierRendering

/// Diagnostics as golden text: the message, the source line, a caret, a suggestion.
@Suite struct DiagnosticTests {
    static let cases: [(input: String, expected: String)] = [
        (
            #"search "open"#,
            "<input>:1:8: error: unterminated string\n  search \"open\n         ^\n  close it with \"\n"
        ),
        (
            "docs | where date >= 2024-02-30",
            "<input>:1:22: error: bad date '2024-02-30'\n  docs | where date >= 2024-02-30\n                       ^~~~~~~~~~\n  dates are written YYYY-MM-DD, e.g. 2024-03-01\n"
        ),
        (
            "help | top x y",
            "<input>:1:14: error: expected end of statement, found 'y'\n  help | top x y\n               ^\n"
        ),
    ]

    @Test(arguments: cases)
    func rendersWithCaret(_ c: (input: String, expected: String)) {
        var s = Session(corpus: .empty, rendering: .standard)
        let out = s.transcript(c.input, options: RenderOptions()).text
        #expect(out == c.expected)
    }

    @Test func runtimeErrorsToo() {
        var s = Session(corpus: .empty, rendering: .standard)
        let out = s.transcript("help kwik", options: RenderOptions()).text
        #expect(out.hasPrefix("<input>:1:6: error: no help for 'kwik'\n  help kwik\n       ^~~~\n"))
    }
}
