import DossierKit
import Foundation
import Testing
@testable import DossierShell

/// The REPL on a real session, driven by a fake line editor: statements, directives, the
/// notebook transcript, the journal and recovery.
@Suite struct SessionDelegateTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path

    /// A new empty folder in the system's temporary directory, `PREFIX-UUID`; the test removes it.
    static func makeTempFolder(_ prefix: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func tempDir() throws -> String { try Self.makeTempFolder("dossier-delegate") }

    func delegate(journal: String) throws -> SessionDelegate {
        let corpus = try Corpus.load(path: Self.seeds, cacheDirectory: nil)
        return SessionDelegate(
            session: Session(corpus: corpus, rendering: .standard), display: RenderOptions(width: 100), corpusLabel: "seeds",
            corpusPath: Self.seeds, bundledSeeds: nil, journalDirectory: journal,
            trust: NotebookTrust(directory: journal + "/state"))
    }

    func run(_ lines: [String], _ d: SessionDelegate) -> (Repl<FakeLineEditor, SessionDelegate, CapturedOutput>, ReplResult) {
        var repl = Repl(editor: FakeLineEditor(lines: lines), delegate: d, output: CapturedOutput())
        let r = repl.run()
        return (repl, r)
    }

    @Test func statementsDiagnosticsAndTheSessionGoesOn() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (repl, result) = run(["kwik \"Rafah\"", "kwic \"Gantz\" | count", "let n = 2", "n + 1"], try delegate(journal: dir))
        #expect(repl.output.stdout == "15\n3\n")
        #expect(repl.output.stderr.contains("<input>:1:1: error: unknown verb 'kwik'"))
        #expect(repl.output.stderr.contains("did you mean 'kwic'?"))
        #expect(result.failures == 1)
    }

    @Test func saveWritesANotebookThatReplaysClean() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/nb/session.md"
        let lines = [
            "docs | count", "kwic \"Gantz\" width=30 | top 2", ":note Gantz opens two articles.", "1 + 1", ":undo",
            ":save \(path)", ":history",
        ]
        let (repl, _) = run(lines, try delegate(journal: dir))
        #expect(repl.output.stdout.contains("dropped: 1 + 1"))
        #expect(repl.output.stdout.contains("saved \(path) (2 cells, 1 note)"))
        #expect(repl.output.stdout.hasSuffix("1  docs | count\n2  kwic \"Gantz\" width=30 | top 2\n"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("Gantz opens two articles."))
        #expect(!text.contains("1 + 1"))
        let corpus = try Corpus.load(path: Self.seeds, cacheDirectory: nil)
        let report = try NotebookFile.replay(path, runner: Session(corpus: corpus, rendering: .standard), currentFingerprint: corpus.fingerprint, update: false)
        #expect(report.allMatch)
        #expect(report.outcomes.count == 2)
    }

    @Test func openRunsANotebooksCellsIntoTheSession() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/defs.md"
        try "---\ndossier: 1\ntitle: defs\n---\n\n```dossier\nlet k = 7\n```\n".write(toFile: path, atomically: true, encoding: .utf8)
        let (repl, _) = run([":open \(path)", "k * 6"], try delegate(journal: dir))
        #expect(repl.output.stdout.contains("opened \(path) (1 cells)"))
        #expect(repl.output.stdout.hasSuffix("42\n"))
    }

    @Test func recoverBringsBackTheCellsOfAnUnclosedJournal() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A session that "dies": its journal is never closed, and its pid is gone.
        let dead = try Journal.start(in: dir, corpus: Self.seeds, pid: 999_999)
        try dead.recordCell(source: "let a = 3", output: "", failed: false)
        try dead.recordCell(source: "a * 2", output: "6\n", failed: false)
        try dead.recordCell(source: "kwic \"Gantz\" | count", output: "15\n", failed: false)
        let d = try delegate(journal: dir)
        #expect(d.banner.contains("ended without closing: 3 cells"))
        let (repl, _) = run([":recover", "a + 1", ":history"], d)
        #expect(repl.output.stdout.contains("recovered 3 cells"))
        #expect(repl.output.stdout.contains("4\n"))
        #expect(repl.output.stdout.contains("3  kwic \"Gantz\" | count\n4  a + 1\n"))
    }

    @Test func backgroundExtractionGivesTheSameAnswers() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let lines = ["entities | count", "quotes by \"Turk\" | count", "redate 0 2024-03-04", "timeline | count"]
        let (repl, _) = run(lines, try delegate(journal: dir))
        var plain = Session(corpus: try Corpus.load(path: Self.seeds, cacheDirectory: nil), rendering: .standard)
        let expected = lines.map { plain.transcript($0, options: RenderOptions(width: 100)).text }.joined()
        #expect(repl.output.stdout == expected)
        #expect(repl.output.stdout.contains("3\n"))
    }

    @Test func directivesAreCheckedAndNeverCells() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (repl, result) = run([":width 5", ":format yaml", ":sve x.md", ":width 60", ":history"], try delegate(journal: dir))
        #expect(repl.output.stderr.contains("usage: :width N"))
        #expect(repl.output.stderr.contains("usage: :format table|json|csv"))
        #expect(repl.output.stderr.contains("unknown directive ':sve', did you mean ':save'?"))
        #expect(repl.output.stdout.contains("(no cells yet)"))
        #expect(result.failures == 3)
    }
}
