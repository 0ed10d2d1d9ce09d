import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
import DossierTestSupport
@testable import DossierNotebook

/// An untrusted notebook tries to read or write outside its folder: the corpus it names, symlinks,
/// its own file. (The command-line half of this suite is in DossierShellTests/HostileNotebookCommandTests.)
@Suite struct HostileNotebookTests {
    func tempTree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/shared/corpus", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/private", withIntermediateDirectories: true)
        try "Secret text.\n".write(toFile: root + "/private/secret.txt", atomically: true, encoding: .utf8)
        try "Public text about Rafah.\n".write(toFile: root + "/shared/corpus/a.txt", atomically: true, encoding: .utf8)
        return FileAccess.standardize(root)
    }

    func choose(_ nb: String, declared: String?, fingerprint: String? = nil, user: String? = nil, trusted: Bool = false,
                seeds: String? = "/bundled/seeds", seedsFingerprint: String? = "sha256:seeds") -> NotebookSandbox.CorpusChoice {
        NotebookSandbox.corpus(
            notebookPath: nb, declared: declared, fingerprint: fingerprint, userCorpus: user, trusted: trusted,
            bundledSeeds: seeds, bundledFingerprint: { seedsFingerprint }, currentDirectory: "/")
    }

    @Test func aCorpusOutsideTheFolderIsRefusedWithTheWayOut() throws {
        let root = try tempTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let nb = root + "/shared/nb.md"
        guard case .refused(let message) = choose(nb, declared: "/etc/passwd") else {
            Issue.record("an untrusted notebook opened /etc/passwd")
            return
        }
        #expect(message.contains("refusing to open the corpus '/etc/passwd'"))
        #expect(message.contains("--corpus /etc/passwd"))
        #expect(message.contains("dossier trust \(nb)"))
        if case .open = choose(nb, declared: "../private") { Issue.record("../private was opened") }
        if case .open = choose(nb, declared: "corpus/../../private") { Issue.record("a dotted path escaped") }
    }

    @Test func aCorpusInsideTheFolderIsConfinedAndTheUsersChoiceIsNot() throws {
        let root = try tempTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let nb = root + "/shared/nb.md"
        #expect(choose(nb, declared: "corpus") == .open(path: root + "/shared/corpus", confined: true))
        #expect(choose(nb, declared: "/etc/passwd", user: "/etc/passwd") == .open(path: "/etc/passwd", confined: false))
        #expect(choose(nb, declared: "/etc/passwd", trusted: true) == .open(path: "/etc/passwd", confined: false))
        #expect(choose(nb, declared: nil) == .open(path: "/bundled/seeds", confined: false))
        #expect(choose(nb, declared: "bundled:seeds") == .open(path: "/bundled/seeds", confined: false))
    }

    @Test func aSymlinkedCorpusFolderThatLeavesIsRefused() throws {
        let root = try tempTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/shared/data", withDestinationPath: root + "/private")
        if case .open = choose(root + "/shared/nb.md", declared: "data") { Issue.record("a symlinked folder led out") }
    }

    @Test func theSeedsFingerprintMayAlwaysUseTheBundledCopy() throws {
        let root = try tempTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let nb = root + "/shared/nb.md"
        #expect(choose(nb, declared: "../seeds", fingerprint: "sha256:seeds") == .open(path: "/bundled/seeds", confined: false))
        if case .open = choose(nb, declared: "../private", fingerprint: "sha256:other") { Issue.record("opened") }
    }

    @Test func symlinksOutOfAConfinedCorpusAreNotFollowed() throws {
        let root = try tempTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/shared/corpus/leak.txt", withDestinationPath: root + "/private/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: root + "/shared/corpus/inside.txt", withDestinationPath: root + "/shared/corpus/a.txt")
        let confined = try Corpus.load(path: root + "/shared/corpus", cacheDirectory: nil, confineLinks: true)
        #expect(confined.documents.map(\.id) == ["a", "inside"])
        #expect(!confined.documents.contains { $0.text.contains("Secret") })
        #expect(confined.warnings.contains { $0.contains("skipped leak.txt: a symbolic link leading outside the corpus") })
        // The user's own corpus follows its links.
        let open = try Corpus.load(path: root + "/shared/corpus", cacheDirectory: nil)
        #expect(open.documents.map(\.id) == ["a", "inside", "leak"])
    }

    @Test func aNotebookNeverWritesOverItself() throws {
        let root = try tempTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let nb = root + "/shared/nb.md"
        try "---\ndossier: 1\n---\n".write(toFile: nb, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/shared/alias.md", withDestinationPath: nb)
        for (allowWrite, trusted) in [(false, false), (true, false), (false, true)] {
            let access = NotebookSandbox.fileAccess(
                notebookPath: nb, corpusPath: nil, allowWrite: allowWrite, trusted: trusted, currentDirectory: "/")
            for path in ["nb.md", "./nb.md", "../shared/nb.md", "alias.md", nb] {
                #expect(throws: Diagnostic.self) { try access.resolve(path, writing: true, at: .unknown) }
            }
            #expect(try access.resolve("nb.md", writing: false, at: .unknown) == nb)
        }
        var session = Session(
            corpus: Corpus.load(files: [(path: "a.txt", bytes: Array("Some text.".utf8))]),
            files: NotebookSandbox.fileAccess(notebookPath: nb, corpusPath: nil, allowWrite: false, currentDirectory: "/"),
            rendering: .standard)
        let r = session.execute("docs | export \"nb.md\"")
        #expect(r.last?.diagnostic?.message.contains("it is the notebook being run") == true)
        #expect(try String(contentsOfFile: nb, encoding: .utf8) == "---\ndossier: 1\n---\n")
    }

    @Test func exportEscapesAreRefused() throws {
        let root = try tempTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let nb = root + "/shared/nb.md"
        var session = Session(
            corpus: Corpus.load(files: [(path: "a.txt", bytes: Array("Some text.".utf8))]),
            files: NotebookSandbox.fileAccess(notebookPath: nb, corpusPath: root + "/shared/corpus", allowWrite: false, currentDirectory: "/"),
            rendering: .standard)
        for target in ["../escape.csv", root + "/private/x.csv", "corpus/../../escape.csv", "/tmp/dossier-escape-\(UUID().uuidString).csv"] {
            let r = session.execute("docs | export \"\(target)\"")
            #expect(r.last?.diagnostic?.message.contains("outside the notebook's folder") == true, "\(target)")
        }
        #expect(!FileManager.default.fileExists(atPath: root + "/escape.csv"))
        // The HTML export embeds only files inside the notebook's folder.
        let load = NotebookExporter.fileLoader(notebookPath: nb)
        #expect(load("../private/secret.txt") == nil)
        #expect(load(root + "/private/secret.txt") == nil)
    }

    @Test func replayUpdateRefusesAFileChangedWhileItRan() throws {
        let root = try tempTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let nb = root + "/shared/nb.md"
        try "---\ndossier: 1\n---\n\n```dossier\necho new\n```\n".write(toFile: nb, atomically: true, encoding: .utf8)
        let snapshot = try NotebookFile.snapshot(nb)
        // Someone edits the notebook while its cells run.
        let edited = "---\ndossier: 1\n---\n\nAn edit made meanwhile.\n"
        try edited.write(toFile: nb, atomically: true, encoding: .utf8)
        #expect(throws: NotebookError.self) {
            try NotebookFile.replay(snapshot, runner: FakeRunner(), currentFingerprint: "sha256:aa", update: true)
        }
        #expect(try String(contentsOfFile: nb, encoding: .utf8) == edited)
        // Unchanged, it is rewritten.
        let fresh = try NotebookFile.snapshot(nb)
        _ = try NotebookFile.replay(fresh, runner: FakeRunner(), currentFingerprint: "sha256:aa", update: true)
        #expect(try String(contentsOfFile: nb, encoding: .utf8).contains("fingerprint: sha256:aa"))
    }
}
