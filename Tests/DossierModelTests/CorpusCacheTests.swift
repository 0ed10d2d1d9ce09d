import Foundation
import Testing
import DossierTestSupport
@testable import DossierModel

@Suite struct CorpusCacheTests {
    @Test func roundTripAndCorruptRebuild() throws {
        let dir = NSTemporaryDirectory() + "dossier-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files: [(path: String, bytes: [UInt8])] = [
            (path: "a.txt", bytes: Array("date 2024-01-01\nThe Israel-Hamas war. Gaza's hospitals.\n\nA Headline\n\nMore text.".utf8)),
            (path: "b.txt", bytes: Array("Second document about Hamas.".utf8)),
        ]
        let fresh = Corpus.load(files: files, cacheDirectory: dir)
        let cachePath = CorpusCache.path(directory: dir, fingerprint: fresh.fingerprint)
        #expect(FileManager.default.fileExists(atPath: cachePath))
        let cached = Corpus.load(files: files, cacheDirectory: dir)
        #expect(cached.tokenTerm == fresh.tokenTerm)
        #expect(cached.tokenStart == fresh.tokenStart)
        #expect(cached.index.positions == fresh.index.positions)
        #expect(cached.documents.map(\.sentences) == fresh.documents.map(\.sentences))
        #expect(cached.documents.map(\.title) == fresh.documents.map(\.title))
        #expect(cached.lexicon.id(of: "hamas") == fresh.lexicon.id(of: "hamas"))
        #expect(cached.matches(.term("hamas")).starts.count == 2)
        // Truncate: detected, rebuilt, rewritten.
        let data = try Data(contentsOf: URL(fileURLWithPath: cachePath))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: cachePath))
        #expect(CorpusCache.read(directory: dir, fingerprint: fresh.fingerprint, documents: fresh.documents) == nil)
        let rebuilt = Corpus.load(files: files, cacheDirectory: dir)
        #expect(rebuilt.tokenTerm == fresh.tokenTerm)
        #expect(try Data(contentsOf: URL(fileURLWithPath: cachePath)).count == data.count)
        // Flip one byte in the middle: checksum fails.
        var bytes = [UInt8](data)
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: cachePath))
        #expect(CorpusCache.read(directory: dir, fingerprint: fresh.fingerprint, documents: fresh.documents) == nil)
        #expect(Corpus.load(files: files, cacheDirectory: dir).index.positions == fresh.index.positions)
        // A changed file has another fingerprint: never the stale model.
        var changed = files
        changed[1].bytes = Array("Second document about Hezbollah.".utf8)
        let other = Corpus.load(files: changed, cacheDirectory: dir)
        #expect(other.fingerprint != fresh.fingerprint)
        #expect(other.matches(.term("hezbollah")).starts.count == 1)
    }
}
