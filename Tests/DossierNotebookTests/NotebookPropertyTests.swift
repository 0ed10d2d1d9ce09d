import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
import DossierTestSupport
@testable import DossierNotebook

/// Pseudo-random inputs built from the characters that matter to the format.
@Suite struct NotebookPropertyTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        static let pieces = [
            "```", "````", "~~~", "```dossier", "```output", "dossier", "output", "\n", "\n", "\n", "\r\n", " ", "   ",
            "#", "*", "_", "**", "`", "[a](b)", "<x>", "\\", "-", "---", "a", "word", "é", "\t", "1. ", "- ", "> ",
        ]
        mutating func text(_ parts: Int) -> String {
            (0..<parts).map { _ in Generator.pieces[next(Generator.pieces.count)] }.joined()
        }
    }

    @Test func randomBodiesParseOrFailCleanlyAndRoundTrip() throws {
        var g = Generator(state: 7)
        var parsedCount = 0
        for _ in 0..<3_000 {
            let text = "---\ndossier: 1\ntitle: t\n---\n" + g.text(g.next(40))
            do {
                let nb = try NotebookReader.parse(text, name: "r.md")
                parsedCount += 1
                let rendered = NotebookWriter.render(nb)
                #expect(try NotebookReader.parse(rendered, name: "r.md") == nb, "\(text.debugDescription)")
                #expect(NotebookWriter.render(try NotebookReader.parse(rendered, name: "r.md")) == rendered)
            } catch {
                #expect(error.line >= 1)
            }
            _ = ProseHTML.render(text)
        }
        #expect(parsedCount > 100)
    }

    @Test func randomNotebooksRoundTrip() throws {
        var g = Generator(state: 99)
        for _ in 0..<1_000 {
            var nb = Notebook(title: g.text(3), corpus: g.next(2) == 0 ? nil : g.text(2), fingerprint: "sha256:ab")
            var builder = NotebookBuilder()
            for _ in 0..<g.next(6) {
                switch g.next(3) {
                case 0: builder.appendNote(g.text(g.next(12)))
                case 1: builder.appendCell(source: g.text(g.next(8)), output: g.text(g.next(20)))
                default: nb.append(.cell(source: g.text(g.next(8)), output: g.next(2) == 0 ? nil : g.text(g.next(20))))
                }
            }
            for block in builder.transcript.blocks { nb.append(block) }
            let text = NotebookWriter.render(nb)
            let back = try NotebookReader.parse(text, name: "g.md")
            #expect(back == nb, "\(text)")
            let ipynb = NotebookExporter.ipynb(nb)
            #expect(ipynb.hasPrefix("{\n"))
            _ = NotebookExporter.html(nb)
        }
    }
}
