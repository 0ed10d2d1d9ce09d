import DossierKit
import Foundation
import Testing
@testable import DossierShell

/// No lost work at the prompt: `:save` never overwrites a stranger's file, Ctrl-D asks, `:recover`
/// lists and takes one by number, corpus mismatches are refused, scripts take directives.
@Suite struct NoLostWorkTests {
    static let seeds = SessionDelegateTests.seeds

    func tempDir() throws -> String { try SessionDelegateTests.makeTempFolder("dossier-nolost") }

    func delegate(_ dir: String, corpusPath: String? = SessionDelegateTests.seeds) throws -> SessionDelegate {
        let corpus = try Corpus.load(path: Self.seeds, cacheDirectory: nil)
        return SessionDelegate(
            session: Session(corpus: corpus), display: RenderOptions(width: 100), corpusLabel: "seeds",
            corpusPath: corpusPath, bundledSeeds: nil, journalDirectory: dir + "/journal",
            trust: NotebookTrust(directory: dir + "/state"), warmUp: false)
    }

    func run(_ reads: [LineRead], _ d: SessionDelegate, confirm: Bool = false)
        -> (Repl<FakeLineEditor, SessionDelegate, CapturedOutput>, ReplResult)
    {
        var repl = Repl(editor: FakeLineEditor(reads), delegate: d, output: CapturedOutput())
        repl.confirmUnsavedOnEnd = confirm
        let r = repl.run()
        return (repl, r)
    }

    func lines(_ l: [String]) -> [LineRead] { l.map { .line($0) } }

    @Test func saveRefusesToOverwriteAStrangersFile() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let notes = dir + "/notes.md"
        try "my own notes\n".write(toFile: notes, atomically: true, encoding: .utf8)
        let (repl, _) = run(lines(["1 + 1", ":save \(notes)"]), try delegate(dir))
        #expect(repl.output.stderr.contains("refusing to overwrite '\(notes)'"))
        #expect(repl.output.stderr.contains(":save! \(notes)"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my own notes\n")
        // :save! replaces it; then :save again updates the session's own notebook silently.
        let (forced, _) = run(lines(["1 + 1", ":save! \(notes)", "2 + 2", ":save", ":save \(notes)"]), try delegate(dir))
        #expect(!forced.output.stderr.contains("refusing"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8).contains("2 + 2"))
    }

    @Test func aSavedNotebookIsTrustedUntilEdited() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let nb = dir + "/mine.md"
        _ = run(lines(["1 + 1", ":save \(nb)"]), try delegate(dir))
        let trust = NotebookTrust(directory: dir + "/state")
        #expect(trust.isTrusted(nb))
        try (String(contentsOfFile: nb, encoding: .utf8) + "\nedited\n").write(toFile: nb, atomically: true, encoding: .utf8)
        #expect(!trust.isTrusted(nb))
    }

    @Test func ctrlDWithUnsavedCellsAsks() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // "n" stays at the prompt; the next Ctrl-D asks again and "y" leaves.
        let (repl, result) = run([.line("1 + 1"), .end, .line("n"), .line("2 + 2"), .end, .line("y")], try delegate(dir), confirm: true)
        #expect(repl.editor.prompts.filter { $0.contains("not saved. Leave anyway") }.count == 2)
        #expect(repl.output.stdout == "2\n4\n")
        #expect(repl.delegate.unsavedChanges == 2)
        #expect(result.ending == .endOfInput)
        // Nothing unsaved: no question.
        let (saved, _) = run(lines(["1 + 1", ":save \(dir)/s.md"]), try delegate(dir), confirm: true)
        #expect(!saved.editor.prompts.contains { $0.contains("Leave anyway") })
    }

    @Test func recoverListsAndTakesOneByNumber() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let a = try Journal.start(in: dir + "/journal", corpus: Self.seeds, pid: 999_991)
        try a.recordCell(source: "let a = 1", output: "", failed: false)
        let b = try Journal.start(in: dir + "/journal", corpus: "/some/other/corpus", pid: 999_992)
        try b.recordCell(source: "let b = 2", output: "", failed: false)
        try b.recordCell(source: "b + 1", output: "3\n", failed: false)
        let d = try delegate(dir)
        let (repl, _) = run(lines([":recover"]), d)
        #expect(repl.output.stdout.contains("unclosed sessions (take one with :recover N):"))
        #expect(repl.output.stdout.contains("corpus \(Self.seeds)  1 cell"))
        #expect(repl.output.stdout.contains("corpus /some/other/corpus  2 cells"))
        let order = Journal.findUnfinished(in: dir + "/journal").map(\.pid)
        let other = (order.firstIndex(of: 999_992) ?? 0) + 1, mine = (order.firstIndex(of: 999_991) ?? 0) + 1
        let (taken, _) = run(lines([":recover \(other)", ":recover \(mine)", "a + 10", ":recover! \(other)", "b * 10"]), d)
        #expect(taken.output.stderr.contains("refusing to recover session \(other): it ran on the corpus '/some/other/corpus'"))
        #expect(taken.output.stdout.contains("recovered 1 cell"))
        #expect(taken.output.stdout.contains("11\n"))
        #expect(taken.output.stdout.contains("recovered 2 cells"))
        #expect(taken.output.stdout.hasSuffix("20\n"))
    }

    @Test func scriptsTakeDirectives() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var d = try delegate(dir)
        let nb = dir + "/nb.md"
        let script = "docs | count\n:note Five seeds.\n:format json\n1 + 1\n:save \(nb)\nnope\n"
        var chunks: [Session.Chunk] = []
        let failed = ScriptRunner.run(script, sourceName: "<stdin>", delegate: &d, bail: false) { chunks.append($0) }
        let text = Session.joined(chunks)
        #expect(failed)
        #expect(text.hasPrefix("5\nformat json\n2\nsaved \(nb) (2 cells, 1 note)\n"))
        // After :format json, directive messages leave standard output to the results.
        #expect(chunks.contains(.stderr("saved \(nb) (2 cells, 1 note)\n")))
        #expect(chunks.contains(.stdout("2\n")))
        // Diagnostics name the statement's line in the script.
        #expect(text.contains("<stdin>:6:1: error: unknown verb 'nope'"))
        let saved = try NotebookReader.parse(String(contentsOfFile: nb, encoding: .utf8), name: nb)
        #expect(saved.cellSources == ["docs | count", "1 + 1"])
        // A ':' inside an unfinished statement is not a directive; :quit ends the script.
        var d2 = try delegate(dir)
        var chunks2: [Session.Chunk] = []
        _ = ScriptRunner.run("docs |\n  count\n:quit\n1 + 1\n", sourceName: "<stdin>", delegate: &d2, bail: false) { chunks2.append($0) }
        #expect(Session.joined(chunks2) == "5\n")
        #expect(ScriptRunner.hasDirectives("1 + 1\n  :save x.md\n"))
        #expect(!ScriptRunner.hasDirectives("docs | where title ~ \"a:b\"\n"))
    }
}
