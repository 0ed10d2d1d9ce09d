import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
import DossierTestSupport
@testable import DossierNotebook

@Suite struct NotebookFormatTests {
    static let sample = """
        ---
        dossier: 1
        title: Gantz in Washington
        corpus: ../seeds
        fingerprint: sha256:00ff        # over the corpus files' names and bytes
        ---

        # Gantz in Washington

        Prose written with :note.

        ```dossier
        kwic "Gantz" width=30 | top 3
        ```

        ```output
        doc  left  match  right
        000  Benny Gantz  , a centrist
        ```

        ```dossier
        docs | count
        ```

        """

    /// `sample` as the writer writes it: the same text less the comment after the fingerprint.
    static let canonical = sample.replacingOccurrences(of: "        # over the corpus files' names and bytes", with: "")

    @Test func parsesFrontMatterAndBlocks() throws {
        let parsed = try NotebookReader.parseLocated(Self.sample, name: "x.md")
        let nb = parsed.notebook
        #expect(nb.title == "Gantz in Washington")
        #expect(nb.corpus == "../seeds")
        #expect(nb.fingerprint == "sha256:00ff")
        #expect(nb.blocks == [
            .prose("# Gantz in Washington\n\nProse written with :note."),
            .cell(source: "kwic \"Gantz\" width=30 | top 3", output: "doc  left  match  right\n000  Benny Gantz  , a centrist"),
            .cell(source: "docs | count", output: nil),
        ])
        #expect(parsed.cellLines == [13, 22])
    }

    @Test func rendersTheCanonicalForm() throws {
        let nb = try NotebookReader.parse(Self.sample, name: "x.md")
        let text = NotebookWriter.render(nb)
        #expect(text == Self.canonical)
        #expect(try NotebookReader.parse(text, name: "x.md") == nb)
        #expect(NotebookWriter.render(try NotebookReader.parse(text, name: "x.md")) == text)
    }

    @Test func toleratesCRLFAndHandEdits() throws {
        let crlf = Self.sample.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try NotebookReader.parse(crlf, name: "x.md") == NotebookReader.parse(Self.sample, name: "x.md"))
        // Prose added between cells, a cell with no output, a longer output fence, a tilde fence in prose.
        let edited = """
            ---
            dossier: 1
            title: 'It''s: a test'
            extra: kept
            ---
            Intro.
            ```dossier
            freq | top 2
            ```
            Some prose I added.

            ~~~python
            ```dossier
            not a cell
            ~~~
            `````output
            ```
            quoted fence
            ````
            `````
            """
        #expect(throws: NotebookError.self) { try NotebookReader.parse(edited, name: "e.md") }
        let fixed = edited.replacingOccurrences(of: "~~~\n`````output", with: "~~~\n```dossier\nsearch \"x\"\n```\n\n`````output")
        let nb = try NotebookReader.parse(fixed, name: "e.md")
        #expect(nb.title == "It's: a test")
        #expect(nb.otherFields == [FrontMatterField(key: "extra", rawValue: "kept")])
        #expect(nb.cellSources == ["freq | top 2", "search \"x\""])
        #expect(nb.cellOutputs == [nil, "```\nquoted fence\n````"])
        #expect(nb.blocks[2] == .prose("Some prose I added.\n\n~~~python\n```dossier\nnot a cell\n~~~"))
        let text = NotebookWriter.render(nb)
        #expect(text.contains("`````output\n```\nquoted fence\n````\n`````\n"))
        #expect(text.contains("title: \"It's: a test\"\n"))
        #expect(try NotebookReader.parse(text, name: "e.md") == nb)
    }

    @Test func roundTripsAwkwardContent() throws {
        var nb = Notebook(title: " padded # title: \"q\" \\ \n", corpus: "../my corpus: a", fingerprint: "sha256:abc")
        nb.append(.prose("\n\nfirst\n\n"))
        nb.append(.prose("second  "))
        nb.append(.cell(source: "search \"```\"\r\n", output: "````\n```output\n~~~\n\n"))
        nb.append(.cell(source: "", output: ""))
        nb.append(.cell(source: "x", output: "   indented\n\ttab"))
        nb.append(.prose("---\n# heading"))
        #expect(nb.blocks.count == 5)
        #expect(nb.blocks[0] == .prose("first\n\nsecond  "))
        let text = NotebookWriter.render(nb)
        #expect(!text.contains("\r"))
        let back = try NotebookReader.parse(text, name: "r.md")
        #expect(back == nb)
        #expect(NotebookWriter.render(back) == text)
    }

    /// A value that starts with a combining mark would join the space after "key:" into one
    /// character (found by the notebook fuzz target): title and other fields still read back.
    @Test func valuesStartingWithACombiningMarkRoundTrip() throws {
        let text = "---\ndossier: 1\ntitle: x\nnote:\t\u{65C}---\n---\n"
        var nb = try NotebookReader.parse(text, name: "m.md")
        #expect(nb.otherFields.first?.rawValue == "\u{65C}---")
        nb.title = "\u{301}accent first"
        let written = NotebookWriter.render(nb)
        let back = try NotebookReader.parse(written, name: "m.md")
        #expect(back == nb)
        #expect(NotebookWriter.render(back) == written)
    }

    @Test func emptyNotebookRoundTrips() throws {
        let nb = Notebook(title: "")
        let text = NotebookWriter.render(nb)
        #expect(text == "---\ndossier: 1\ntitle: \"\"\n---\n")
        #expect(try NotebookReader.parse(text, name: "e.md") == nb)
    }

    func error(_ text: String) -> NotebookError? {
        do {
            _ = try NotebookReader.parse(text, name: "bad.md")
            return nil
        } catch {
            return error
        }
    }

    @Test func rejectsMalformedFilesWithLineNumbers() {
        let head = "---\ndossier: 1\ntitle: t\n---\n"
        let unclosed = error(head + "text\n```dossier\ndocs\n")
        #expect(unclosed?.line == 6)
        #expect(unclosed?.description.hasPrefix("bad.md:6: error: unclosed ```dossier fence") == true)
        #expect(error("# no front matter\n")?.line == 1)
        #expect(error("---\ndossier: 1\n")?.message.contains("not closed") == true)
        let version = error("---\ndossier: 2\n---\n")
        #expect(version?.line == 2)
        #expect(version?.message.contains("unsupported notebook format version 2") == true)
        #expect(error("---\ntitle: x\n---\n")?.message.contains("dossier: 1") == true)
        #expect(error("---\ndossier: 1\njust words\n---\n")?.line == 3)
        #expect(error("---\ndossier: 1\ntitle: \"open\n---\n")?.message.contains("unterminated") == true)
        #expect(error("---\ndossier: 1\nfingerprint: nope\n---\n")?.line == 3)
        #expect(error("---\ndossier: 1\ndossier: 1\n---\n")?.message.contains("twice") == true)
        let orphan = error(head + "\n```output\nx\n```\n")
        #expect(orphan?.line == 6)
        #expect(orphan?.message.contains("output block has no cell") == true)
        let afterProse = error(head + "```dossier\nx\n```\nprose\n```output\ny\n```\n")
        #expect(afterProse?.line == 9)
        let twice = error(head + "```dossier\nx\n```\n```output\ny\n```\n```output\nz\n```\n")
        #expect(twice?.line == 11)
        #expect(twice?.message.contains("second output block for the cell at line 5") == true)
        #expect(error(head + "~~~\ncode\n")?.line == 5)
    }

    @Test func removingCellsAndReordering() throws {
        var nb = try NotebookReader.parse(
            "---\ndossier: 1\ntitle: t\n---\nA\n```dossier\nx\n```\nB\n```dossier\ny\n```\n", name: "t.md")
        #expect(nb.removeLastCell() == "y")
        #expect(nb.removeLastCell() == "x")
        #expect(nb.blocks == [.prose("A\n\nB")])
        #expect(nb.removeLastCell() == nil)
    }
}
