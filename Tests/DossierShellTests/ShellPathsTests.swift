import Testing
import Foundation
@testable import DossierShell

@Suite struct ShellPathsTests {
    @Test func makeDirectoryCreatesParents() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-paths-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let nested = root + "/state/dossier"
        #expect(ShellPaths.makeDirectory(nested))
        #expect(ShellPaths.makeDirectory(nested))  // Already there: still fine.
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: nested, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    @Test func makeDirectoryFailsOverAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-file-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        #expect(!ShellPaths.makeDirectory(file + "/sub"))
    }

    @Test func historyFileIsInTheStateDirectory() {
        if let directory = ShellPaths.stateDirectory() {
            #expect(directory.hasSuffix("/dossier"))
            #expect(ShellPaths.historyFile() == directory + "/history")
        }
    }
}

@Suite struct TerminalTests {
    @Test func colourOnlyOnATerminalWithoutNoColor() {
        #expect(Terminal.colorEnabled(isTerminal: true, noColor: nil, term: "xterm-256color"))
        #expect(Terminal.colorEnabled(isTerminal: true, noColor: "", term: "xterm"))
        #expect(!Terminal.colorEnabled(isTerminal: true, noColor: "1", term: "xterm"))
        #expect(!Terminal.colorEnabled(isTerminal: false, noColor: nil, term: "xterm"))
        #expect(!Terminal.colorEnabled(isTerminal: true, noColor: nil, term: "dumb"))
    }

    @Test func sizeIsPositive() {
        let size = Terminal.size()
        #expect(size.rows > 0 && size.columns > 0)
    }
}
