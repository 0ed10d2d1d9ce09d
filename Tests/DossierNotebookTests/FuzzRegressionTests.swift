import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
import DossierTestSupport
@testable import DossierNotebook

/// Every input under Tests/Fuzz/Corpus (the fuzzers' seeds) and Tests/Fuzz/Regressions (inputs that
/// once crashed or hung a fuzz target, one file each) replayed through what the targets in
/// Tests/Fuzz/Targets do, so a crash the fuzzers found stays fixed in an ordinary `swift test`.
@Suite struct FuzzRegressionTests {
    static let fuzz = CorpusFixtures.repoRoot.appendingPathComponent("Tests/Fuzz")

    /// The inputs for one target: seeds and regressions.
    static func inputs(_ target: String) -> [(name: String, bytes: [UInt8])] {
        var out: [(String, [UInt8])] = []
        for kind in ["Corpus", "Regressions"] {
            let dir = fuzz.appendingPathComponent(kind).appendingPathComponent(target).path
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            for n in names {
                if let d = FileManager.default.contents(atPath: dir + "/" + n) { out.append(("\(kind)/\(target)/\(n)", [UInt8](d))) }
            }
        }
        return out
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func theLanguageInputsRunToAnAnswerOrADiagnostic() throws {
        let scratch = NSTemporaryDirectory() + "dossier-fuzz-regressions-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let inputs = Self.inputs("language")
        #expect(!inputs.isEmpty)
        // One session with extraction done, copied per input (as the fuzz target does).
        var template = Session(
            corpus: CorpusFixtures.seeds, files: FileAccess(baseDirectory: scratch, confinedTo: [scratch]), rendering: .standard)
        _ = template.execute("entities | count")
        for (name, bytes) in inputs {
            var session = template
            let r = session.render(Self.text(bytes), sourceName: name, options: RenderOptions(width: 80, color: false, format: .table))
            // It ran to the end; a failure is reported as a diagnostic, never silently.
            let diagnosed = r.chunks.contains { if case .stderr(let t) = $0 { t.contains("error") } else { false } }
            #expect(!r.failed || diagnosed, "\(name)")
        }
    }

    @Test func theQueryInputsParseOrAreRefused() {
        for (name, bytes) in Self.inputs("query") {
            let text = Self.text(bytes)
            do {
                _ = try QueryParser.parse(text)
            } catch {
                #expect(error.offset >= 0, "\(name)")
            }
            _ = try? QueryParser.pattern(text)
        }
    }

    @Test func theNotebookInputsSurviveAWriteAndARead() throws {
        for (name, bytes) in Self.inputs("notebook") {
            guard let nb = try? NotebookReader.parse(Self.text(bytes), name: name) else { continue }
            #expect(try NotebookReader.parse(NotebookWriter.render(nb), name: name) == nb, "\(name)")
        }
    }

    @Test func theDocumentInputsLoad() {
        let extensions = ["txt", "md", "jsonl", "json", "csv", "markdown"]
        for (name, bytes) in Self.inputs("documents") where !bytes.isEmpty {
            let ext = extensions[Int(bytes[0]) % extensions.count]
            let corpus = Corpus.load(files: [(path: "doc." + ext, bytes: Array(bytes.dropFirst()))], name: "fuzz", cacheDirectory: nil)
            #expect(corpus.documents.count + corpus.warnings.count > 0 || bytes.count <= 2, "\(name)")
        }
    }
}
