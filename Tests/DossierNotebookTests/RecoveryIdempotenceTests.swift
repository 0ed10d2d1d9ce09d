import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
import DossierTestSupport
@testable import DossierNotebook

/// No lost and no doubled work: adopting a journal is one write, and a journal another has
/// adopted is removed rather than offered again; stale temporary files of killed saves go.
@Suite struct RecoveryIdempotenceTests {
    func tempDir() throws -> String { try makeTempFolder("dossier-recovery") }

    func deadJournal(in dir: String, cells: Int) throws -> Journal {
        let dead = try Journal.start(in: dir, corpus: "/c", pid: 999_998)
        for i in 0..<cells { try dead.recordCell(source: "\(i) + 1", output: "\(i + 1)\n", failed: false) }
        return dead
    }

    @Test func adoptingMovesTheCellsOnce() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let dead = try deadJournal(in: dir, cells: 3)
        let unfinished = Journal.findUnfinished(in: dir)
        #expect(unfinished.map(\.cellCount) == [3])
        let mine = try Journal.start(in: dir, corpus: "/c", pid: 999_997)
        try mine.adopt(Journal.recover(dead.path), from: dead.path)
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(try Journal.recover(mine.path).transcript.cellCount == 3)
        // The adopting session dies too: exactly one journal with the 3 cells is offered.
        let again = Journal.findUnfinished(in: dir)
        #expect(again.map(\.cellCount) == [3])
        #expect(again.map(\.path) == [mine.path])
    }

    @Test func aKillBeforeTheOldJournalIsRemovedNeverDuplicates() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let dead = try deadJournal(in: dir, cells: 2)
        let backup = try Data(contentsOf: URL(fileURLWithPath: dead.path))
        let mine = try Journal.start(in: dir, corpus: "/c", pid: 999_997)
        try mine.adopt(Journal.recover(dead.path), from: dead.path)
        // Simulate a kill between the adopting write and the unlink: the old journal is back.
        try backup.write(to: URL(fileURLWithPath: dead.path))
        let offered = Journal.findUnfinished(in: dir)
        #expect(offered.map(\.path) == [mine.path])
        #expect(offered.map(\.cellCount) == [2])
        #expect(!FileManager.default.fileExists(atPath: dead.path))
    }

    @Test func aKillBeforeTheAdoptingWriteLeavesTheOldJournal() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let dead = try deadJournal(in: dir, cells: 2)
        let mine = try Journal.start(in: dir, corpus: "/c", pid: 999_997)
        // A torn adopting write: the first line only, cut short.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: mine.path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"kind\":\"adopt\",\"text\":\"sess".utf8))
        try handle.close()
        #expect(Journal.findUnfinished(in: dir).map(\.path) == [dead.path])
    }

    @Test func unfinishedJournalsTellTheirTimeAndContents() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try deadJournal(in: dir, cells: 1)
        let u = try #require(Journal.findUnfinished(in: dir).first)
        #expect(u.contents == "1 cell")
        #expect(u.time.hasSuffix(" UTC"))
        #expect(u.message.contains("ended without closing: 1 cell"))
    }

    @Test func staleTemporaryFilesOfDeadProcessesAreRemoved() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let stale = dir + "/.nb.md.tmp-999999-0"
        let live = dir + "/.nb.md.tmp-\(getpid())-0"
        let other = dir + "/.notes.txt"
        for f in [stale, live, other] { try "x".write(toFile: f, atomically: false, encoding: .utf8) }
        try AtomicFile.write("new\n", to: dir + "/nb.md")
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(FileManager.default.fileExists(atPath: other))
        let again = dir + "/.other.md.tmp-999999-3"
        try "x".write(toFile: again, atomically: false, encoding: .utf8)
        #expect(AtomicFile.removeStaleTemporaries(in: dir) == [".other.md.tmp-999999-3"])
    }
}
