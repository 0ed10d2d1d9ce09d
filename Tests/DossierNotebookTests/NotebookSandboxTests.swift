import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
import DossierTestSupport
@testable import DossierNotebook

@Suite struct NotebookSandboxTests {
    func tempTree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-sandbox-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/notebooks/charts", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/seeds", withIntermediateDirectories: true)
        return FileAccess.standardize(root)
    }

    func refused(_ access: FileAccess, _ path: String, writing: Bool = true) -> Diagnostic? {
        do {
            _ = try access.resolve(path, writing: writing, at: .unknown)
            return nil
        } catch {
            return error
        }
    }

    @Test func escapeIsRefusedAndInsideIsAllowed() throws {
        let root = try tempTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let access = NotebookSandbox.fileAccess(
            notebookPath: "notebooks/x.md", corpusPath: root + "/seeds", allowWrite: false, currentDirectory: root)
        #expect(access.baseDirectory == root + "/notebooks")
        let escape = refused(access, "../escape.csv")
        #expect(escape?.message == "refusing to write '../escape.csv': outside the notebook's folder")
        #expect(escape?.suggestion?.contains("--allow-write") == true)
        #expect(refused(access, "/tmp/escape.csv") != nil)
        #expect(refused(access, "charts/../../escape.csv") != nil)
        #expect(refused(access, "../seeds/a.txt", writing: true) != nil)
        #expect(try access.resolve("out.csv", writing: true, at: .unknown) == root + "/notebooks/out.csv")
        #expect(try access.resolve("charts/a.svg", writing: true, at: .unknown) == root + "/notebooks/charts/a.svg")
        #expect(!FileManager.default.fileExists(atPath: root + "/escape.csv"))
    }

    @Test func symlinkedFolderCannotSmuggleAWrite() throws {
        let root = try tempTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/notebooks/out", withDestinationPath: root + "/seeds")
        let access = NotebookSandbox.fileAccess(
            notebookPath: root + "/notebooks/x.md", corpusPath: nil, allowWrite: false, currentDirectory: "/")
        #expect(refused(access, "out/poison.txt") != nil)
    }

    @Test func symlinkedFileCannotSmuggleAWriteEvenWhenDangling() throws {
        let root = try tempTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/notebooks/link.csv", withDestinationPath: root + "/outside.csv")
        let access = NotebookSandbox.fileAccess(
            notebookPath: root + "/notebooks/x.md", corpusPath: nil, allowWrite: false, currentDirectory: "/")
        #expect(refused(access, "link.csv") != nil)
    }

    @Test func theCorpusIsReadableButNotWritable() throws {
        let root = try tempTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let access = NotebookSandbox.fileAccess(
            notebookPath: root + "/notebooks/x.md", corpusPath: root + "/seeds", allowWrite: false, currentDirectory: "/")
        #expect(refused(access, "../seeds/a.txt", writing: false) == nil)
        #expect(refused(access, "../seeds/a.txt", writing: true) != nil)
        #expect(refused(access, "../other.txt", writing: false) != nil)
    }

    @Test func allowWriteLiftsTheConfinement() throws {
        let root = try tempTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let access = NotebookSandbox.fileAccess(
            notebookPath: root + "/notebooks/x.md", corpusPath: nil, allowWrite: true)
        #expect(try access.resolve("../escape.csv", writing: true, at: .unknown) == root + "/escape.csv")
    }
}
