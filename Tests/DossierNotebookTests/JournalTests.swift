import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
import DossierTestSupport
@testable import DossierNotebook

@Suite struct JournalTests {
    /// A pid no process can have (above Linux's pid_max).
    static let deadPid: Int32 = 2_147_483_000

    func tempDir() throws -> String { try makeTempFolder("dossier-journal") }

    @Test func defaultDirectoryFollowsXDG() {
        #expect(Journal.defaultDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/dossier/journal")
        #expect(Journal.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.local/state/dossier/journal")
        #expect(Journal.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/dossier/journal")
    }

    @Test func killedSessionIsRecoveredWithAllCells() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let journal = try Journal.start(in: dir, corpus: "/data/seeds", pid: Self.deadPid)
        try journal.recordCell(source: "let march = docs | where date >= 2024-03-01", output: "", failed: false)
        try journal.recordNote("Figures.")
        try journal.recordCell(source: "march | count", output: "2\n", failed: false)
        try journal.recordCell(source: "kwik \"x\"", output: "<input>:1:1: error: unknown verb 'kwik'\n", failed: true)
        // Each entry is on disk as soon as it is recorded: one line each.
        let lines = try String(contentsOfFile: journal.path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
        // No close: the process "was killed".
        let unfinished = Journal.findUnfinished(in: dir)
        #expect(unfinished.count == 1)
        let found = try #require(unfinished.first)
        #expect(found.path == journal.path)
        #expect(found.cellCount == 3)
        #expect(found.corpus == "/data/seeds")
        // The message names the session's time (its journal's last write) too.
        #expect(found.message == "a previous session (pid \(Self.deadPid), \(found.time)) ended without closing: 3 cells, 1 note; :recover restores it")
        #expect(found.time.hasSuffix(" UTC"))
        let recovered = try Journal.recover(found.path)
        #expect(recovered.cells.map(\.source) == ["let march = docs | where date >= 2024-03-01", "march | count", "kwik \"x\""])
        #expect(recovered.cells.map(\.failed) == [false, false, true])
        #expect(recovered.cells[1].output == "2\n")
        #expect(recovered.transcript.cellCount == 3)
        #expect(recovered.transcript.noteCount == 1)
        #expect(recovered.skippedLines == 0)
        // A new session does not clear an unfinished journal; discarding does.
        let next = try Journal.start(in: dir, pid: getpid())
        #expect(Journal.findUnfinished(in: dir).count == 1)
        Journal.discard(found.path)
        #expect(Journal.findUnfinished(in: dir).isEmpty)
        try next.close()
    }

    @Test func truncatedLastLineIsIgnored() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let journal = try Journal.start(in: dir, pid: Self.deadPid)
        try journal.recordCell(source: "docs", output: "a\n", failed: false)
        try journal.recordCell(source: "freq", output: "b\n", failed: false)
        // A crash in the middle of writing the third entry.
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"kind\":\"cell\",\"output\":\"c\\n\",\"sour".utf8))
        handle.closeFile()
        let recovered = try Journal.recover(journal.path)
        #expect(recovered.cells.map(\.source) == ["docs", "freq"])
        #expect(recovered.skippedLines == 1)
    }

    @Test func undoAndCloseAreHonoured() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let journal = try Journal.start(in: dir, pid: Self.deadPid)
        try journal.recordCell(source: "a", output: "1", failed: false)
        try journal.recordCell(source: "b", output: "2", failed: false)
        try journal.recordUndo()
        let recovered = try Journal.recover(journal.path)
        #expect(recovered.cells.map(\.source) == ["a"])
        #expect(recovered.executed.map(\.source) == ["a", "b"])
        try journal.close()
        #expect(Journal.findUnfinished(in: dir).isEmpty)
        // The next start clears closed journals.
        let next = try Journal.start(in: dir, pid: getpid())
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).map { dir + "/" + $0 } == [next.path])
    }

    @Test func liveSessionIsNotUnfinished() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let journal = try Journal.start(in: dir)  // this process: alive
        try journal.recordCell(source: "docs", output: "x", failed: false)
        #expect(Journal.findUnfinished(in: dir).isEmpty)
        #expect(Journal.processStart(getpid()) != nil)
    }

    @Test func sessionKilledWithSignalNineIsFoundOnlyAfterItDies() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A real process stands in for the REPL: the journal carries its pid and start time.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sleep")
        child.arguments = ["60"]
        try child.run()
        let pid = child.processIdentifier
        let journal = try Journal.start(in: dir, pid: pid)
        for i in 1...3 { try journal.recordCell(source: "cell \(i)", output: "out \(i)\n", failed: false) }
        #expect(Journal.findUnfinished(in: dir).isEmpty)  // still running
        kill(pid, SIGKILL)
        child.waitUntilExit()
        let unfinished = Journal.findUnfinished(in: dir)
        #expect(unfinished.map(\.pid) == [pid])
        let recovered = try Journal.recover(try #require(unfinished.first).path)
        #expect(recovered.cells.map(\.source) == ["cell 1", "cell 2", "cell 3"])
        #expect(recovered.cells.map(\.output) == ["out 1\n", "out 2\n", "out 3\n"])
    }
}
