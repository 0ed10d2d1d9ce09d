import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
import DossierTestSupport
@testable import DossierNotebook

/// Jupyter-style trust: a signature of the notebook's bytes under a per-user key.
@Suite struct NotebookTrustTests {
    func tempDir() throws -> String { try makeTempFolder("dossier-trust") }

    @Test func hmacMatchesRFC4231() {
        // RFC 4231 test case 2.
        let mac = NotebookTrust.mac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        #expect(ContentHash.hex(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        // Test case 6: a key longer than the block is hashed first.
        let long = NotebookTrust.mac(
            key: [UInt8](repeating: 0xaa, count: 131), message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))
        #expect(ContentHash.hex(long) == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test func aTrustedFileStopsBeingTrustedWhenEdited() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let trust = NotebookTrust(directory: dir + "/state")
        let nb = dir + "/nb.md"
        try "---\ndossier: 1\n---\n".write(toFile: nb, atomically: true, encoding: .utf8)
        #expect(!trust.isTrusted(nb))
        try trust.trust(nb)
        #expect(trust.isTrusted(nb))
        // The key is private to the user.
        let mode = try FileManager.default.attributesOfItem(atPath: dir + "/state/trust-key")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try "---\ndossier: 1\ncorpus: /etc\n---\n".write(toFile: nb, atomically: true, encoding: .utf8)
        #expect(!trust.isTrusted(nb))
        // Another user's store (another key) does not trust what this one signed.
        let other = NotebookTrust(directory: dir + "/other")
        try trust.trust(nb)
        #expect(!other.isTrusted(nb))
        #expect(trust.isTrusted(nb))
    }

    @Test func missingFilesAreNeitherTrustedNorTrustable() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let trust = NotebookTrust(directory: dir)
        #expect(!trust.isTrusted(dir + "/none.md"))
        #expect(throws: AtomicFile.WriteError.self) { try trust.trust(dir + "/none.md") }
    }
}
