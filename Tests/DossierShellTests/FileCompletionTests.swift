import Testing
import Foundation
import DossierKit
import DossierShell

@Suite struct FileCompletionTests {
    @Test func completesNamesInAFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-files-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/notes", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: root + "/gantz.md", contents: Data()))
        #expect(FileManager.default.createFile(atPath: root + "/gaza.md", contents: Data()))
        #expect(FileManager.default.createFile(atPath: root + "/.hidden", contents: Data()))

        #expect(FileCompletion.candidates(prefix: root + "/ga") == [root + "/gantz.md", root + "/gaza.md"])
        #expect(FileCompletion.candidates(prefix: root + "/no") == [root + "/notes/"])
        #expect(FileCompletion.candidates(prefix: root + "/") == [root + "/gantz.md", root + "/gaza.md", root + "/notes/"])
        #expect(FileCompletion.candidates(prefix: root + "/.h") == [root + "/.hidden"])
        #expect(FileCompletion.candidates(prefix: root + "/missing/x").isEmpty)

        let completer = RegistryCompleter(registry: Registry(verbs: []), directives: [":open"])
        let line = ":open " + root + "/gan"
        #expect(Completion.action(lineBeforeCursor: line, candidates: completer.candidates(line: line))
            == .replace(deleting: (root + "/gan").unicodeScalars.count, text: root + "/gantz.md "))
        #expect(completer.candidates(line: ":note " + root + "/gan").isEmpty)
    }
}
