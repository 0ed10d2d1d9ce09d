import Foundation
import Testing

/// The `dossier` executable, end to end: exit status, streams, JSON Lines, script mode.
@Suite(.serialized) struct CommandLineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The built executable next to the test bundle (`swift test` builds it).
    static var executable: URL? {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("dossier"),
            root.appendingPathComponent(".build/debug/dossier"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The state folder (trust signatures, journals) of the executables these tests start.
    static let stateHome = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-state-\(getpid())").path

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ args: [String], stdin: String? = nil, env: [String: String] = [:]) throws -> Run {
        let exe = try #require(executable, "build the dossier executable first")
        let p = Process()
        p.executableURL = exe
        p.arguments = args
        var environment = ProcessInfo.processInfo.environment
        environment["DOSSIER_NO_CACHE"] = "1"
        // Trust signatures and journals go to a private state folder, never the user's.
        environment["XDG_STATE_HOME"] = stateHome
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        p.currentDirectoryURL = URL(fileURLWithPath: NSTemporaryDirectory())
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func exitStatusAndStreams() throws {
        let ok = try Self.run(["-c", "1 + 1"])
        #expect(ok.status == 0)
        #expect(ok.stdout == "2\n")
        let failed = try Self.run(["-c", "dcos; 1 + 1"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("<command>:1:1: error: unknown verb 'dcos'"))
        #expect(failed.stderr.contains("did you mean 'docs'?"))
        let usage = try Self.run(["--no-such-flag"])
        #expect(usage.status == 2)
    }

    @Test func bailStopsAtTheFirstFailure() throws {
        let r = try Self.run(["--bail", "-c", "1 + 1\nnope\n2 + 2"])
        #expect(r.status == 1)
        #expect(r.stdout == "2\n")
    }

    @Test func scriptOnStandardInputHasNoBannerOrPrompt() throws {
        let r = try Self.run([], stdin: "1 + 2\nlet x = 4\nx * x\n")
        #expect(r.status == 0)
        #expect(r.stdout == "3\n16\n")
        #expect(r.stderr.isEmpty)
    }

    @Test func jsonListsTheSeedsWithTheirDates() throws {
        let r = try Self.run(["--json", "-c", "docs"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [[String: Any]])
        #expect(rows.count == 5)
        let dates = rows.compactMap { $0["date"] as? String }
        #expect(dates == ["2024-03-03", "2024-03-13"])
        #expect(rows.first?["id"] as? String == "000_9ab77a9976a034a4")
    }

    @Test func jsonScalarsAndSilentStatements() throws {
        let r = try Self.run(["--json", "-c", "let x = 2; x + 1; \"a\""])
        #expect(r.stdout == "3\n\"a\"\n")
    }

    @Test func missingCorpusIsAClearError() throws {
        let r = try Self.run(["--corpus", "/no/such/folder", "-c", "docs"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("/no/such/folder"))
    }
}
