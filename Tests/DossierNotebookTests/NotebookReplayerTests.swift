import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
import DossierTestSupport
@testable import DossierNotebook

@Suite struct NotebookReplayerTests {
    func notebook(fingerprint: String? = "sha256:aaaa") -> Notebook {
        Notebook(
            title: "T", corpus: "../seeds", fingerprint: fingerprint,
            blocks: [
                .prose("# T"),
                .cell(source: "echo one\ntwo", output: nil),
                .cell(source: "count", output: nil),
                .prose("Some prose."),
                .cell(source: "fail", output: nil),
                .cell(source: "version", output: nil),
            ])
    }

    /// A notebook saved from a session replays with every output matching.
    func saved() -> String {
        let first = NotebookReplayer.replay(
            ParsedNotebook(notebook: notebook(), cellLines: []), name: "nb.md", runner: FakeRunner(), currentFingerprint: "sha256:aaaa")
        return first.updatedText
    }

    @Test func savedNotebookReplaysClean() throws {
        let text = saved()
        #expect(text.contains("```output\none\ntwo\n```"))
        #expect(text.contains("```output\nv1\n```"))
        let report = try NotebookReplayer.replay(text: text, name: "notebooks/x.md", runner: FakeRunner(), currentFingerprint: "sha256:aaaa")
        #expect(report.allMatch)
        #expect(!report.needsUpdate)
        #expect(report.failedCount == 1)
        #expect(report.summary == "notebooks/x.md: 4 cells, all outputs match (corpus fingerprint sha256:aaaa matches)")
        #expect(report.updatedText == text)
    }

    @Test func handEditedOutputDriftsWithDiffAndUpdateRestores() throws {
        let text = saved()
        let edited = text.replacingOccurrences(of: "```output\nv1\n```", with: "```output\nv0\n```")
        let report = try NotebookReplayer.replay(text: edited, name: "x.md", runner: FakeRunner(), currentFingerprint: "sha256:aaaa")
        #expect(!report.allMatch)
        #expect(report.drifts.count == 1)
        let drift = try #require(report.drifts.first)
        #expect(drift.index == 3)
        let line = edited.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "version").map { $0 + 1 }
        #expect(drift.line == line)
        #expect(drift.diff == "--- stored\n+++ replayed\n@@ -1 +1 @@\n-v0\n+v1\n")
        #expect(report.summary == "x.md: 1 of 4 cells changed")
        #expect(report.rendered == "x.md:\(drift.line): cell 4 changed: version\n" + drift.diff + "x.md: 1 of 4 cells changed\n")
        #expect(report.updatedText == text)
    }

    @Test func runnerWithDifferentBehaviourChangesCells() throws {
        let report = try NotebookReplayer.replay(text: saved(), name: "x.md", runner: FakeRunner(version: "v2"))
        #expect(report.fingerprint == nil)
        #expect(report.drifts.map(\.index) == [3])
        #expect(report.updated.cellOutputs[3] == "v2")
    }

    @Test func fingerprintMismatchIsReportedFirst() throws {
        let report = try NotebookReplayer.replay(
            text: saved(), name: "x.md", runner: FakeRunner(), currentFingerprint: "sha256:bbbbbbbbbbbbbbbbbbbbbbbb")
        #expect(report.fingerprint?.status == .differs)
        #expect(report.allMatch)
        #expect(report.needsUpdate)
        #expect(report.rendered.hasPrefix("x.md: corpus fingerprint differs: the notebook was made on sha256:aaaa, the corpus is sha256:bbbbbbbbbbbb…\n"))
        #expect(report.updated.fingerprint == "sha256:bbbbbbbbbbbbbbbbbbbbbbbb")
        let check = NotebookReplayer.checkFingerprint(notebook(fingerprint: nil), name: "x.md", current: "sha256:cc")
        #expect(check?.status == .unrecorded)
    }

    @Test func cellsWithoutOutputsAreReportedAndFilled() throws {
        let report = NotebookReplayer.replay(
            ParsedNotebook(notebook: notebook(), cellLines: [5, 9, 15, 19]), name: "x.md", runner: FakeRunner())
        #expect(report.drifts.count == 4)
        #expect(report.rendered.contains("x.md:5: cell 1 has no stored output: echo one\n--- stored\n+++ replayed\n@@ -0,0 +1,2 @@\n+one\n+two\n"))
        #expect(report.updated.cellOutputs == ["one\ntwo", "1", "<input>:1:1: error: unknown verb 'fail'\n  fail\n  ^~~~", "v1"])
    }

    @Test func tenThousandCellNotebookParsesAndChecks() throws {
        var nb = Notebook(title: "big", fingerprint: "sha256:00")
        for i in 0..<10_000 {
            if i % 10 == 0 { nb.append(.prose("Section \(i).")) }
            nb.append(.cell(source: "echo line \(i)", output: "line \(i)"))
        }
        let text = NotebookWriter.render(nb)
        let parsed = try NotebookReader.parseLocated(text, name: "big.md")
        #expect(parsed.notebook.cellCount == 10_000)
        #expect(parsed.cellLines.count == 10_000)
        let report = NotebookReplayer.replay(parsed, name: "big.md", runner: FakeRunner(), currentFingerprint: "sha256:00")
        #expect(report.allMatch)
        #expect(report.updatedText == text)
    }

    @Test func atomicWriteReplacesFileAndLeavesNoTemporary() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/nb.md"
        try AtomicFile.write("first\n", to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try AtomicFile.write("second\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["nb.md"])
        let perms = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(perms == 0o600)
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: dir + "/missing/nb.md") }
    }
}

@Suite struct NotebookFileTests {
    @Test func checkThenUpdateInPlace() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-file-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/nb.md"
        var b = NotebookBuilder(corpusPath: dir + "/seeds", fingerprint: "sha256:aa")
        b.appendCell(source: "echo hi", output: "hi\n")
        b.appendNote("A note.")
        b.appendCell(source: "version", output: "v0\n")
        try NotebookFile.write(b.notebook(savingTo: path), to: path)
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved.contains("corpus: seeds\n"))

        let check = try NotebookFile.replay(path, name: "nb.md", runner: FakeRunner(), currentFingerprint: "sha256:aa", update: false)
        #expect(check.summary == "nb.md: 1 of 2 cells changed")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == saved)

        let update = try NotebookFile.replay(path, name: "nb.md", runner: FakeRunner(), currentFingerprint: "sha256:aa", update: true)
        #expect(update.updateSummary == "nb.md: updated 1 of 2 cells")
        let again = try NotebookFile.replay(path, name: "nb.md", runner: FakeRunner(), currentFingerprint: "sha256:aa", update: false)
        #expect(again.allMatch)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == saved.replacingOccurrences(of: "v0", with: "v1"))

        #expect(throws: NotebookError(file: "gone.md", line: 0, message: "cannot read the notebook (missing or not readable)")) {
            try NotebookFile.read(dir + "/gone.md", name: "gone.md")
        }
        #expect(NotebookError(file: "gone.md", line: 0, message: "m").description == "gone.md: error: m")
    }
}
