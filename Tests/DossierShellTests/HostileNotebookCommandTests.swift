import Foundation
import Testing

/// The hostile-notebook suite, end to end through the `dossier` executable: a shared notebook
/// that names a corpus outside its folder, links out of its corpus, runs through `:open`, writes
/// over itself or escapes with `export`, or gets `replay --update` to write a confined corpus.
@Suite(.serialized) struct HostileNotebookCommandTests {
    static let secret = "The launch code is swordfish."

    /// `ROOT/shared/` holds the notebook and its corpus, `ROOT/private/` the user's secret.
    func tree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-hostile-cli-\(UUID().uuidString)").path
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/shared/corpus", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/private", withIntermediateDirectories: true)
        try (Self.secret + "\n").write(toFile: root + "/private/secret.txt", atomically: true, encoding: .utf8)
        try "Rafah crossing reopened.\n".write(toFile: root + "/shared/corpus/a.txt", atomically: true, encoding: .utf8)
        return root
    }

    func notebook(corpus: String?, cells: [String], fingerprint: String? = nil) -> String {
        var text = "---\ndossier: 1\ntitle: hostile\n"
        if let corpus { text += "corpus: \(corpus)\n" }
        if let fingerprint { text += "fingerprint: \(fingerprint)\n" }
        text += "---\n"
        for c in cells { text += "\n```dossier\n\(c)\n```\n" }
        return text
    }

    func write(_ text: String, _ path: String) throws { try text.write(toFile: path, atomically: true, encoding: .utf8) }
    func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }
    func run(_ args: [String], stdin: String? = nil) throws -> CommandLineTests.Run { try CommandLineTests.run(args, stdin: stdin) }

    @Test func aCorpusOutsideTheFolderIsRefusedByRunAndReplay() throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let nb = root + "/shared/nb.md"
        for corpus in ["/etc/passwd", "../private", root + "/private/secret.txt"] {
            let text = notebook(corpus: corpus, cells: ["show 0"])
            try write(text, nb)
            for args in [["run", nb], ["replay", nb], ["replay", "--update", nb]] {
                let r = try run(args)
                #expect(r.status == 1, "\(args) \(corpus)")
                #expect(r.stderr.contains("refusing to open the corpus '\(corpus)'"))
                #expect(r.stderr.contains("--corpus "))
                #expect(r.stderr.contains("dossier trust \(nb)"))
                #expect(!r.stdout.contains("swordfish") && !r.stdout.contains("root:"))
            }
            // replay --update wrote nothing into the notebook.
            #expect(try read(nb) == text)
        }
    }

    @Test func namingTheCorpusOrTrustingTheNotebookProceeds() throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let nb = root + "/shared/nb.md"
        try write(notebook(corpus: "../private", cells: ["show 0"]), nb)
        let named = try run(["run", nb, "--corpus", root + "/private"])
        #expect(named.status == 0)
        #expect(named.stdout.contains("swordfish"))
        let trusted = try run(["trust", nb])
        #expect(trusted.status == 0)
        #expect(trusted.stdout == "trusted \(nb)\n")
        let after = try run(["run", nb])
        #expect(after.status == 0)
        #expect(after.stdout.contains("swordfish"))
        // An edit withdraws the trust.
        try write(try read(nb) + "\nedited\n", nb)
        #expect(try run(["run", nb]).status == 1)
    }

    @Test func aSymlinkOutOfTheCorpusIsNotFollowed() throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/shared/corpus/leak.txt", withDestinationPath: root + "/private/secret.txt")
        let nb = root + "/shared/nb.md"
        try write(notebook(corpus: "corpus", cells: ["docs"]), nb)
        let r = try run(["run", nb])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Rafah"))
        #expect(!r.stdout.contains("swordfish"))
        #expect(r.stderr.contains("skipped leak.txt: a symbolic link leading outside the corpus"))
    }

    @Test func openAtThePromptRunsUnderTheSandboxAndWarnsOfAnotherCorpus() throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let nb = root + "/shared/nb.md"
        try write(
            notebook(
                corpus: "corpus", cells: ["docs | export \"../escape.csv\"", "docs | export \"\(root)/private/x.csv\"", "1 + 1"],
                fingerprint: "sha256:0000000000000000000000000000000000000000000000000000000000000000"), nb)
        let r = try run([], stdin: ":open \(nb)\n")
        #expect(r.stderr.contains("was recorded on another corpus"))
        #expect(r.stdout.contains("refusing to write '../escape.csv': outside the notebook's folder"))
        #expect(r.stdout.contains("opened \(nb) (3 cells)"))
        #expect(!FileManager.default.fileExists(atPath: root + "/escape.csv"))
        #expect(!FileManager.default.fileExists(atPath: root + "/private/x.csv"))
    }

    @Test func aNotebookNeverWritesOverItself() throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let nb = root + "/shared/nb.md"
        let text = notebook(corpus: "corpus", cells: ["docs | export \"nb.md\""])
        try write(text, nb)
        for args in [["run", nb], ["run", "--allow-write", nb]] {
            let r = try run(args)
            #expect(r.status == 1)
            #expect(r.stderr.contains("refusing to write 'nb.md': it is the notebook being run"))
        }
        #expect(try read(nb) == text)
        let export = try run(["export", nb, "--to", "html", "-o", nb])
        #expect(export.status == 1)
        #expect(export.stderr.contains("refusing to export '\(nb)' over itself"))
        #expect(try read(nb) == text)
    }

    @Test func theExampleNotebooksReplayWithNoFlag() throws {
        let examples = CommandLineTests.root.appendingPathComponent("notebooks")
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(files.count >= 3)
        let r = try run(["replay"] + files.map { examples.appendingPathComponent($0).path })
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("refusing"))
    }

    @Test func directivesWorkInScripts() throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let nb = root + "/nb.md"
        let r = try run([], stdin: "docs | count\n:save \(nb)\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "5\nsaved \(nb) (1 cell, 0 notes)\n")
        let c = try run(["-c", "1 + 1\n:note done\n:save! \(nb)"])
        #expect(c.status == 0)
        #expect(try read(nb).contains("done"))
        // The notebook saved replays clean, and is trusted (this user saved it).
        let replay = try run(["replay", nb])
        #expect(replay.status == 0, "\(replay.stderr)")
    }
}
