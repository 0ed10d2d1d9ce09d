import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierTestSupport
@testable import DossierLanguage

/// `docs/verbs.md` is generated from the registry and must match it.
@Suite struct VerbReferenceTests {
    @Test func referenceMatchesTheRegistry() throws {
        let url = SharedGold.repoRoot.appendingPathComponent("docs/verbs.md")
        let generated = Help.reference(.standard)
        if ProcessInfo.processInfo.environment["DOSSIER_RECORD"] != nil {
            try generated.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let stored = try String(contentsOf: url, encoding: .utf8)
        #expect(stored == generated, "docs/verbs.md is out of date: re-record with DOSSIER_RECORD=1 swift test --filter VerbReferenceTests")
        for v in Registry.standard.verbs { #expect(stored.contains("### `\(v.name)`")) }
    }
}
