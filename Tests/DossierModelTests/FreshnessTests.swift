import Foundation
import Synchronization
import Testing
import DossierTestSupport
@testable import DossierModel

/// Opens after files were added, changed or removed: only those are read, and the corpus equals a
/// cold build of the same folder.
@Suite struct FreshnessTests {
    /// Counts the files an open reads (progress is reported once per file read).
    final class ReadCounter: Sendable {
        let count = Mutex(0)
        var callback: @Sendable (LoadProgress) -> Void { { _ in self.count.withLock { $0 += 1 } } }
        var value: Int { count.withLock { $0 } }
    }

    static func age(_ folder: ScratchFolder) {
        let old = Date().addingTimeInterval(-3600)
        for f in (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? [] {
            try? FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: folder.path + "/" + f)
        }
    }

    static func seedsCopy() throws -> ScratchFolder {
        let folder = ScratchFolder()
        let seeds = CorpusFixtures.seedsPath
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(atPath: seeds + "/" + name, toPath: folder.path + "/" + name)
        }
        try folder.write("extra/notes.md", "---\ntitle: Notes\ndate: 2024-03-02\n---\nThe Red Cross said aid was blocked.\n\nA second paragraph.")
        age(folder)
        return folder
    }

    static func open(_ folder: ScratchFolder, _ cache: ScratchFolder, verify: Bool = false) throws -> (Corpus, reads: Int) {
        let counter = ReadCounter()
        let c = try Corpus.load(path: folder.path, cacheDirectory: cache.path, verify: verify, progress: counter.callback)
        return (c, counter.value)
    }

    @Test func anUnchangedCorpusIsServedWithoutReadingAFile() throws {
        let folder = try Self.seedsCopy()
        let cache = ScratchFolder()
        defer { folder.remove(); cache.remove() }
        let (first, firstReads) = try Self.open(folder, cache)
        #expect(firstReads == 6)
        let (again, reads) = try Self.open(folder, cache)
        #expect(reads == 0)
        expectSameModel(again, first)
        expectSameModel(again, try Corpus.load(path: folder.path, cacheDirectory: nil))
        // --verify reads and hashes every file even so.
        let (verified, verifyReads) = try Self.open(folder, cache, verify: true)
        #expect(verifyReads == 6)
        expectSameModel(verified, first)
    }

    @Test func addingChangingAndRemovingFilesReadsOnlyThoseAndEqualsAColdBuild() throws {
        let folder = try Self.seedsCopy()
        let cache = ScratchFolder()
        defer { folder.remove(); cache.remove() }
        _ = try Self.open(folder, cache)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        // Change one, remove one, add two (one of them a duplicate id of a seed).
        try folder.write(names[1], "A changed story. Hamas and Israel agreed to a zanzibarian pause, officials said on Monday.")
        try FileManager.default.removeItem(atPath: folder.path + "/" + names[2])
        try folder.write("zz-new.txt", "A new story about the Red Cross and Gaza's hospitals.\n\nIt said aid was blocked.")
        try folder.write("extra/more.jsonl", "{\"id\": \"\(names[0].dropLast(4))\", \"text\": \"Same id as a seed: renamed.\"}\n")
        let (warm, reads) = try Self.open(folder, cache)
        #expect(reads == 3)
        let cold = try Corpus.load(path: folder.path, cacheDirectory: nil)
        expectSameModel(warm, cold)
        #expect(warm.warnings.contains { $0.contains("duplicate document id") })
        #expect(warm.matches(.term("zanzibarian")).starts.count == 1)
        #expect(!warm.documents.contains { $0.id == String(names[2].dropLast(4)) })
        // And the next open of the changed folder is served whole.
        Self.age(folder)
        _ = try Self.open(folder, cache)
        let (served, servedReads) = try Self.open(folder, cache)
        #expect(servedReads == 0)
        expectSameModel(served, cold)
    }

    @Test func aTouchedFileIsReadAgainButTheModelIsKept() throws {
        let folder = try Self.seedsCopy()
        let cache = ScratchFolder()
        defer { folder.remove(); cache.remove() }
        let (first, _) = try Self.open(folder, cache)
        let name = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()[0]
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: folder.path + "/" + name)
        let (again, reads) = try Self.open(folder, cache)
        #expect(reads == 1)
        expectSameModel(again, first)
    }

    @Test func aFileChangedJustNowIsNotTrustedOnItsStamp() throws {
        let folder = try Self.seedsCopy()
        let cache = ScratchFolder()
        defer { folder.remove(); cache.remove() }
        try folder.write("fresh.txt", "Written a moment ago.")
        _ = try Self.open(folder, cache)
        // Its mtime is within the racy window of the last stamping: read again, not trusted.
        let (_, reads) = try Self.open(folder, cache)
        #expect(reads == 1)
    }
}
