import Foundation
import Testing
import DossierTestSupport
@testable import DossierModel

/// Makes forgetting the analyser version impossible: the recorded digest of the analyser's sources
/// must match the sources, and the model key includes it.
@Suite struct AnalyserVersionTests {
    static let folders = ["Sources/DossierModel", "Sources/DossierExtraction"]
    static let exempt = "Sources/DossierModel/Store/AnalyserVersion.swift"

    /// SHA-256 over (path 0x00 sha256(bytes)) of every file in the folders, by path, like a fingerprint.
    static func sourcesDigest() -> String {
        let root = CorpusFixtures.repoRoot.path
        var files: [(path: String, bytes: [UInt8])] = []
        for folder in folders {
            let en = FileManager.default.enumerator(atPath: root + "/" + folder)
            while let item = en?.nextObject() as? String {
                let rel = folder + "/" + item
                var isDir: ObjCBool = false
                guard rel != exempt, FileManager.default.fileExists(atPath: root + "/" + rel, isDirectory: &isDir), !isDir.boolValue
                else { continue }
                files.append((rel, [UInt8](FileManager.default.contents(atPath: root + "/" + rel) ?? Data())))
            }
        }
        return String(Corpus.fingerprint(of: files).dropFirst("sha256:".count))
    }

    @Test func recordedDigestMatchesTheAnalyserSources() {
        let digest = Self.sourcesDigest()
        #expect(
            digest == AnalyserVersion.sourcesDigest,
            """
            The analyser's sources changed: stored models may no longer be what this code builds. In \
            Sources/DossierModel/Store/AnalyserVersion.swift set sourcesDigest = "\(digest)" (and bump \
            `number` when the stored data changes meaning).
            """)
    }

    @Test func theKeyCarriesTheDigestAndFitsTheHeader() {
        #expect(AnalyserVersion.key.contains(String(AnalyserVersion.sourcesDigest.prefix(24))))
        #expect(AnalyserVersion.key.utf8.count <= 32)
    }
}
