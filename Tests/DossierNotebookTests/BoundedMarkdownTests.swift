import Foundation
import Testing
import DossierTestSupport
@testable import DossierNotebook

/// HTML export of hostile prose runs in linear time with bounded stack (issue 11: 100,000 `>`
/// took over a minute).
@Suite struct BoundedMarkdownTests {
    static func timed(_ text: String) -> (html: String, elapsed: Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let html = ProseHTML.render(text)
        return (html, clock.now - start)
    }

    @Test func hostileProseRendersQuickly() {
        let cases = [
            String(repeating: ">", count: 100_000),
            String(repeating: "> ", count: 100_000),
            String(repeating: ">\n", count: 100_000),
            "a " + String(repeating: "> ", count: 100_000) + "b",
            String(repeating: "<", count: 100_000),
            String(repeating: "*a ", count: 30_000),
            String(repeating: "`a ``", count: 20_000),
            String(repeating: "[", count: 30_000),
        ]
        for text in cases {
            let (html, elapsed) = Self.timed(text)
            #expect(elapsed < .seconds(10), "\(text.prefix(8))…")
            #expect(!html.isEmpty)
        }
    }

    @Test func deepQuotesStopNestingAndKeepTheText() {
        let html = ProseHTML.render(String(repeating: ">", count: 20) + " deep")
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == ProseHTML.maxQuoteNesting)
        #expect(html.contains("&gt;&gt;"))
        #expect(html.contains("deep"))
        // Ordinary quotes and emphasis are unchanged.
        #expect(ProseHTML.render("> > two *levels*") == "<blockquote>\n<blockquote>\n<p>two <em>levels</em></p>\n</blockquote>\n</blockquote>\n")
    }
}
