import Foundation
import Testing

/// The example notebooks are documentation and end-to-end tests at once: each replays with
/// `dossier replay --check`, and the same notebook prints the same bytes whatever the terminal,
/// locale and time zone.
@Suite(.serialized) struct NotebookReplayTests {
    static var notebooks: [String] {
        let dir = CommandLineTests.root.appendingPathComponent("notebooks").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test func thereAreAtLeastThreeExamples() { #expect(Self.notebooks.count >= 3) }

    @Test(arguments: notebooks)
    func replaysClean(_ name: String) throws {
        let path = CommandLineTests.root.appendingPathComponent("notebooks/\(name)").path
        let r = try CommandLineTests.run(["replay", "--check", path])
        #expect(r.status == 0, "\(name) drifted:\n\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("all outputs match"))
    }

    @Test func outputsAreByteIdenticalAcrossTerminalsLocalesAndTimeZones() throws {
        for name in Self.notebooks {
            let path = CommandLineTests.root.appendingPathComponent("notebooks/\(name)").path
            let a = try CommandLineTests.run(["run", path], env: ["COLUMNS": "60", "LANG": "C", "TZ": "UTC"])
            let b = try CommandLineTests.run(
                ["run", path], env: ["COLUMNS": "200", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "TZ": "Pacific/Kiritimati"])
            #expect(a.status == 0)
            #expect(!a.stdout.isEmpty)
            #expect(a.stdout == b.stdout, "\(name) prints differently under another terminal, locale or time zone")
        }
    }

    @Test func aDriftedOutputFailsTheCheckAndUpdateRestoresIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-drift-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let seeds = CommandLineTests.root.appendingPathComponent("seeds").path
        let nb = """
            ---
            dossier: 1
            title: drift
            corpus: \(seeds)
            ---

            ```dossier
            kwic "Gantz" | count
            ```

            ```output
            14
            ```

            """
        let file = dir.appendingPathComponent("drift.md").path
        try nb.write(toFile: file, atomically: true, encoding: .utf8)
        // The notebook names a corpus outside its folder and nobody saved it here: it is untrusted,
        // so the corpus is named on the command line (the refusal says so).
        let refused = try CommandLineTests.run(["replay", "--check", file])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--corpus \(seeds)"))
        let check = try CommandLineTests.run(["replay", "--check", file, "--corpus", seeds])
        #expect(check.status == 1)
        #expect(check.stdout.contains("-14\n+15"))
        let update = try CommandLineTests.run(["replay", "--update", file, "--corpus", seeds])
        #expect(update.status == 0)
        let again = try CommandLineTests.run(["replay", "--check", file, "--corpus", seeds])
        #expect(again.status == 0)
    }

    @Test func aNotebookCannotWriteOutsideItsFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-escape-\(UUID().uuidString)")
        let inner = dir.appendingPathComponent("nb")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let seeds = CommandLineTests.root.appendingPathComponent("seeds").path
        let nb = """
            ---
            dossier: 1
            title: escape
            corpus: \(seeds)
            ---

            ```dossier
            docs | export "../escape.csv"
            ```

            """
        let file = inner.appendingPathComponent("escape.md").path
        try nb.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CommandLineTests.run(["replay", "--check", file, "--corpus", seeds])
        #expect(r.status == 1)
        #expect(r.stdout.contains("refusing to write '../escape.csv'"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("escape.csv").path))
        let run = try CommandLineTests.run(["run", file, "--corpus", seeds])
        #expect(run.status == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("escape.csv").path))
    }
}
