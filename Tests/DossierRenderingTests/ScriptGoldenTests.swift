import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierTestSupport
import DossierLanguage
@testable import DossierRendering

/// Every `Tests/Fixtures/scripts/NAME.dossier` runs on the seeds at width 100, and its output
/// (results and diagnostics, in order) must equal `NAME.expected` beside it.
/// Re-record with `DOSSIER_RECORD=1 swift test --filter ScriptGoldenTests`, then review the diff.
@Suite struct ScriptGoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let scripts = root.appendingPathComponent("Tests/Fixtures/scripts")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: scripts.path)) ?? [])
            .filter { $0.hasSuffix(".dossier") }.map { String($0.dropLast(8)) }.sorted()
    }

    static func seeds() throws -> Corpus { try Corpus.load(path: root.appendingPathComponent("seeds").path, cacheDirectory: nil) }

    @Test func thereAreScripts() { #expect(Self.names.count >= 2) }

    @Test(arguments: names)
    func script(_ name: String) throws {
        let input = try String(contentsOf: Self.scripts.appendingPathComponent("\(name).dossier"), encoding: .utf8)
        var session = Session(corpus: try Self.seeds(), files: FileAccess(baseDirectory: NSTemporaryDirectory()), rendering: .standard)
        var output = ""
        // Statement by statement, as the REPL runs them, so one error does not stop the script.
        for (i, line) in input.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            output += "> \(line)\n"
            output += session.transcript(String(line), sourceName: "\(name).dossier", firstLine: i + 1, options: RenderOptions(width: 100)).text
        }
        let expectedURL = Self.scripts.appendingPathComponent("\(name).expected")
        // Re-recording writes the new output and fails the run, so a recorded run is never green.
        if ProcessInfo.processInfo.environment["DOSSIER_RECORD"] != nil {
            let old = try? String(contentsOf: expectedURL, encoding: .utf8)
            guard old != output else { return }
            try output.write(to: expectedURL, atomically: true, encoding: .utf8)
            Issue.record("\(name).expected re-recorded: review the diff, then run again without DOSSIER_RECORD")
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(output == expected, "\(name): output differs from \(name).expected (re-record with DOSSIER_RECORD=1 and review)")
    }
}
