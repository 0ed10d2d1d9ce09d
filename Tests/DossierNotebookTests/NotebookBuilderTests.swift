import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
import DossierTestSupport
@testable import DossierNotebook

@Suite struct NotebookBuilderTests {
    @Test func relativePaths() {
        #expect(RelativePath.relativePath(from: "/a/b/notebooks", to: "/a/b/seeds") == "../seeds")
        #expect(RelativePath.relativePath(from: "/a/b", to: "/a/b/seeds") == "seeds")
        #expect(RelativePath.relativePath(from: "/a/b", to: "/a/b") == ".")
        #expect(RelativePath.relativePath(from: "/x/y/z", to: "/a/b.jsonl") == "../../../a/b.jsonl")
        #expect(RelativePath.relativePath(from: "/a/./b/../c/", to: "/a/c/d") == "d")
        #expect(RelativePath.relativePath(from: "/", to: "/srv/corpus") == "srv/corpus")
        #expect(RelativePath.absolute("../seeds", from: "/work/notebooks") == "/work/seeds")
        #expect(RelativePath.absolute("/x/../y", from: "/work") == "/y")
        #expect(RelativePath.absolute("../../..", from: "/a") == "/")
        #expect(RelativePath.folder(of: "nb.md") == ".")
        #expect(RelativePath.folder(of: "/nb.md") == "/")
        #expect(RelativePath.folder(of: "notebooks/nb.md") == "notebooks")
    }

    @Test func buildsSavesUndoesAndRoundTrips() throws {
        var b = NotebookBuilder(corpusPath: "/work/repo/seeds", fingerprint: "sha256:ab")
        b.appendCell(source: "docs | count", output: "5\n")
        b.appendNote("Casualty figures rise.")
        b.appendCell(source: "kwik \"x\"", output: "<input>:1:1: error: unknown verb 'kwik'\n")
        b.appendNote("```dossier\nrm -rf")
        b.appendNote("   ")
        #expect(b.history == ["docs | count", "kwik \"x\""])
        #expect(b.undoLastCell() == "kwik \"x\"")
        b.appendCell(source: "freq | top 1", output: "word  count\nsaid  12   \n")
        #expect(b.cellCount == 2)
        #expect(b.noteCount == 2)
        #expect(b.savedMessage(path: "notebooks/figures.md") == "saved notebooks/figures.md (2 cells, 2 notes)")
        let nb = b.notebook(savingTo: "notebooks/casualty-figures.md", currentDirectory: "/work/repo")
        #expect(nb.title == "casualty figures")
        #expect(nb.corpus == "../seeds")
        #expect(nb.fingerprint == "sha256:ab")
        #expect(nb.blocks == [
            .prose("# casualty figures"),
            .cell(source: "docs | count", output: "5"),
            .prose("Casualty figures rise.\n\n\\```dossier\nrm -rf"),
            .cell(source: "freq | top 1", output: "word  count\nsaid  12"),
        ])
        let text = NotebookWriter.render(nb)
        let back = try NotebookReader.parse(text, name: "notebooks/casualty-figures.md")
        #expect(back == nb)
        #expect(back.cellCount == 2)

        // Continuing the saved notebook keeps its corpus and adds to it.
        var again = NotebookBuilder(continuing: back, notebookPath: "notebooks/casualty-figures.md", currentDirectory: "/work/repo")
        #expect(again.corpusPath == "/work/repo/seeds")
        again.appendCell(source: "count", output: "1")
        let saved = again.notebook(savingTo: "/work/repo/notebooks/casualty-figures.md", currentDirectory: "/elsewhere")
        #expect(saved.corpus == "../seeds")
        #expect(saved.cellCount == 3)
        #expect(saved.blocks.first == .prose("# casualty figures"))
    }
}
