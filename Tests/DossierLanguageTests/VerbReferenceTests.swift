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
        // Re-recording writes the new reference and fails the run, so a recorded run is never green.
        if ProcessInfo.processInfo.environment["DOSSIER_RECORD"] != nil {
            let old = try? String(contentsOf: url, encoding: .utf8)
            guard old != generated else { return }
            try generated.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("docs/verbs.md re-recorded: review the diff, then run again without DOSSIER_RECORD")
            return
        }
        let stored = try String(contentsOf: url, encoding: .utf8)
        #expect(stored == generated, "docs/verbs.md is out of date: re-record with DOSSIER_RECORD=1 swift test --filter VerbReferenceTests")
        for v in Registry.standard.verbs { #expect(stored.contains("### `\(v.name)`")) }
    }
}
