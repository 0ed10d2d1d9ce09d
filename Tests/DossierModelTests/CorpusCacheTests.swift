import Foundation
import Testing
import DossierTestSupport
@testable import DossierModel

/// Everything a query can see of a corpus, for comparing an incremental or cached open with a cold one.
func expectSameModel(_ a: Corpus, _ b: Corpus, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.fingerprint == b.fingerprint, sourceLocation: sourceLocation)
    #expect(a.documents.map(\.id) == b.documents.map(\.id), sourceLocation: sourceLocation)
    #expect(a.documents.map(\.title) == b.documents.map(\.title), sourceLocation: sourceLocation)
    #expect(a.documents.map(\.text) == b.documents.map(\.text), sourceLocation: sourceLocation)
    #expect(a.documents.map(\.date) == b.documents.map(\.date), sourceLocation: sourceLocation)
    #expect(a.documents.map { $0.metadata.map { "\($0.name)=\($0.value)" } } == b.documents.map { $0.metadata.map { "\($0.name)=\($0.value)" } }, sourceLocation: sourceLocation)
    #expect(a.documents.map(\.sentences) == b.documents.map(\.sentences), sourceLocation: sourceLocation)
    #expect(a.documents.map(\.wordCount) == b.documents.map(\.wordCount), sourceLocation: sourceLocation)
    #expect(a.documents.map(\.sentenceFlags) == b.documents.map(\.sentenceFlags), sourceLocation: sourceLocation)
    #expect(a.tokenFlags == b.tokenFlags, sourceLocation: sourceLocation)
    #expect(a.warnings == b.warnings, sourceLocation: sourceLocation)
    #expect(a.lexicon.arena == b.lexicon.arena, sourceLocation: sourceLocation)
    #expect(a.lexicon.offsets == b.lexicon.offsets, sourceLocation: sourceLocation)
    #expect(a.tokenStart == b.tokenStart, sourceLocation: sourceLocation)
    #expect(a.tokenEnd == b.tokenEnd, sourceLocation: sourceLocation)
    #expect(a.tokenTerm == b.tokenTerm, sourceLocation: sourceLocation)
    #expect(a.docTokenStart == b.docTokenStart, sourceLocation: sourceLocation)
    #expect(a.sentenceTokenStart == b.sentenceTokenStart, sourceLocation: sourceLocation)
    #expect(a.docSentenceStart == b.docSentenceStart, sourceLocation: sourceLocation)
    #expect(a.index.positions == b.index.positions, sourceLocation: sourceLocation)
    #expect(a.index.termPositionStart == b.index.termPositionStart, sourceLocation: sourceLocation)
    #expect(a.index.postingDoc == b.index.postingDoc, sourceLocation: sourceLocation)
    #expect(a.index.postingFrequency == b.index.postingFrequency, sourceLocation: sourceLocation)
    #expect(a.index.partToken == b.index.partToken, sourceLocation: sourceLocation)
    #expect(a.index.partTerm == b.index.partTerm, sourceLocation: sourceLocation)
    #expect(a.tokenPOS == b.tokenPOS, sourceLocation: sourceLocation)
    #expect(a.tokenLemma == b.tokenLemma, sourceLocation: sourceLocation)
    #expect(a.lemmas.arena == b.lemmas.arena, sourceLocation: sourceLocation)
    #expect(a.lemmas.offsets == b.lemmas.offsets, sourceLocation: sourceLocation)
}

/// A scratch folder removed at the end.
struct ScratchFolder {
    let path = NSTemporaryDirectory() + "dossier-test-\(UUID().uuidString)"
    init() { try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    func write(_ name: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path + "/" + name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

@Suite struct CorpusCacheTests {
    static let files: [(path: String, bytes: [UInt8])] = [
        (path: "a.txt", bytes: Array("date 2024-01-01\nThe Israel-Hamas war. Gaza's hospitals.\n\nA Headline\n\nMore text.".utf8)),
        (path: "b.txt", bytes: Array("Second document about Hamas.".utf8)),
    ]

    static func modelPath(_ dir: String, _ c: Corpus) -> String { ModelStore(root: dir).modelPath(fingerprint: c.fingerprint) }

    @Test func roundTrip() throws {
        let dir = ScratchFolder()
        defer { dir.remove() }
        let fresh = Corpus.load(files: Self.files, cacheDirectory: dir.path)
        #expect(FileManager.default.fileExists(atPath: Self.modelPath(dir.path, fresh)))
        let cached = Corpus.load(files: Self.files, cacheDirectory: dir.path)
        expectSameModel(cached, fresh)
        expectSameModel(cached, Corpus.load(files: Self.files))
        #expect(cached.matches(.term("hamas")).starts.count == 2)
        // A changed file has another fingerprint: never the stale model.
        var changed = Self.files
        changed[1].bytes = Array("Second document about Hezbollah.".utf8)
        let other = Corpus.load(files: changed, cacheDirectory: dir.path)
        #expect(other.fingerprint != fresh.fingerprint)
        #expect(other.matches(.term("hezbollah")).starts.count == 1)
    }

    /// Damage of every kind: the model is refused, the corpus rebuilt from the files (and the model rewritten).
    @Test(arguments: ["truncate", "flip-header", "flip-table", "flip-section", "foreign", "empty", "huge-size"])
    func aDamagedModelIsRebuiltNeverServed(_ damage: String) throws {
        let dir = ScratchFolder()
        defer { dir.remove() }
        let fresh = Corpus.load(files: Self.files, cacheDirectory: dir.path)
        let path = Self.modelPath(dir.path, fresh)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let good = bytes
        switch damage {
        case "truncate": bytes.removeLast(bytes.count / 2)
        case "flip-header": bytes[40] ^= 0x01
        case "flip-table": bytes[ModelFormat.headerSize + 8 + 12] ^= 0x01
        case "flip-section": bytes[bytes.count - 3] ^= 0x80
        case "foreign": bytes = Array("not a model at all, just some text that is long enough to look like one ".utf8) + good.suffix(200)
        case "empty": bytes = []
        default: bytes.withUnsafeMutableBytes { $0.storeBytes(of: UInt64.max, toByteOffset: 16, as: UInt64.self) }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let digest = ModelStore.digest(ofFingerprint: fresh.fingerprint)
        #expect(StoredModel.read(path: path, fingerprint: fresh.fingerprint, fingerprintDigest: digest, analyserKey: AnalyserVersion.key) == nil)
        let rebuilt = Corpus.load(files: Self.files, cacheDirectory: dir.path)
        expectSameModel(rebuilt, fresh)
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) == good)
    }

    /// Another analyser version never reads this one's models, and its open removes them.
    @Test func bumpingTheAnalyserVersionInvalidatesEveryModel() throws {
        let dir = ScratchFolder()
        let corpus = ScratchFolder()
        defer { dir.remove(); corpus.remove() }
        for f in Self.files { try corpus.write(f.path, String(decoding: f.bytes, as: UTF8.self)) }
        let old = ModelStore(root: dir.path, analyserKey: "v1-test-old")
        let new = ModelStore(root: dir.path, analyserKey: "v1-test-new")
        let first = try Corpus.load(path: corpus.path, store: old)
        #expect(FileManager.default.fileExists(atPath: old.modelPath(fingerprint: first.fingerprint)))
        // A model written under the old key, copied where the new key looks: refused (the header names the key).
        try FileManager.default.createDirectory(atPath: new.directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: old.modelPath(fingerprint: first.fingerprint), toPath: new.modelPath(fingerprint: first.fingerprint))
        let digest = ModelStore.digest(ofFingerprint: first.fingerprint)
        #expect(StoredModel.read(path: new.modelPath(fingerprint: first.fingerprint), fingerprint: first.fingerprint, fingerprintDigest: digest, analyserKey: new.analyserKey) == nil)
        let second = try Corpus.load(path: corpus.path, store: new)
        expectSameModel(second, first)
        #expect(!FileManager.default.fileExists(atPath: old.directory))
        #expect(StoredModel.read(path: new.modelPath(fingerprint: first.fingerprint), fingerprint: first.fingerprint, fingerprintDigest: digest, analyserKey: new.analyserKey) != nil)
    }
}
