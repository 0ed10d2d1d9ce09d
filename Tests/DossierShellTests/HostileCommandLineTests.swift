import Foundation
import Testing

/// Issue 11's command-line reproducers: each used to end the process with a signal (and lose the
/// output of earlier statements) or succeed silently; now each is a diagnostic and exit status 1.
@Suite struct HostileCommandLineTests {
    typealias CLI = CommandLineTests

    @Test func deepNestingIsADiagnosticNotACrash() throws {
        let r = try CLI.run(["--json"], stdin: String(repeating: "(", count: 1800) + "1" + String(repeating: ")", count: 1800) + "\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("nested more than 128 deep"))
    }

    @Test func longChainsEvaluate() throws {
        let r = try CLI.run(["-c", Array(repeating: "1", count: 5000).joined(separator: "+")])
        #expect(r.status == 0)
        #expect(r.stdout == "5000\n")
    }

    @Test func severalCommandOptionsRunInOrder() throws {
        // each -c used to replace the one before: only the last ran
        let r = try CLI.run(["-c", "1 + 1", "-c", "2 + 2; 3 + 3", "-c", "docs | count"])
        #expect(r.status == 0)
        #expect(r.stdout == "2\n4\n6\n5\n")
    }

    @Test func outOfRangeNumbersAreDiagnostics() throws {
        for command in ["docs | sort id:99999999999999999999", "2024-03-01 + 99999999999999999999",
            "2024-03-01 - -9223372036854775808", "9999-12-31 + 1"]
        {
            let r = try CLI.run(["-c", "1; " + command])
            #expect(r.status == 1, "\(command)")
            #expect(r.stdout == "1\n", "\(command)")  // the earlier statement's output is kept
            #expect(r.stderr.contains("error:"), "\(command)")
        }
        let big = try CLI.run(["--json", "-c", "1000000000000000"])
        #expect(big.stdout == "1000000000000000\n")
    }

    @Test func hugeWidthsAreRefused() throws {
        for width in ["9223372036854775807", "1000000000"] {
            let r = try CLI.run(["--width", width, "-c", "freq \"Hamas\" by doc | chart"])
            #expect(r.status != 0)
            #expect(r.stderr.contains("--width must be between 20 and 1000"))
        }
    }

    @Test func aCorpusWithoutDocumentsFails() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-nodocs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/empty.txt", contents: Data())
        let r = try CLI.run(["--corpus", dir, "-c", "docs | count"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("skipped empty file empty.txt"))
        #expect(r.stderr.contains("no documents in"))
    }
}
