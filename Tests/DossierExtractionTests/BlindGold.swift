import Foundation
import DossierModel
import DossierTestSupport
@testable import DossierExtraction

/// A blind gold set (`Tests/Fixtures/blind/SET/gold.json`, compiled by `scripts/blind/blindset.py`):
/// name types with their occurrences and every quoted span, as UTF-8 byte ranges in the document text
/// as Dossier loads it. The article texts are not in the repository; they are read from the corpora
/// folder that `scripts/fetch-corpora.py` writes.
struct BlindGold: Decodable, Sendable {
    struct Name: Decodable, Sendable {
        var name: String
        var type: String
        var forms: [String]
        var mentions: Int
    }
    struct Occurrences: Decodable, Sendable {
        var name: String
        var occurrences: [[Int]]
    }
    struct QuotedSpan: Decodable, Sendable {
        var range: [Int]
        var opens: String
        var kind: String
        var speaker: String?
    }
    struct Document: Decodable, Sendable {
        var id: String
        var bytes: Int
        var names: [Occurrences]
        var quotes: [QuotedSpan]
    }
    var corpus: String
    var names: [Name]
    var documents: [Document]

    static func load(set: String) -> BlindGold? {
        let url = ExtractionTestSupport.repoRoot.appendingPathComponent("Tests/Fixtures/blind/\(set)/gold.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(BlindGold.self, from: data)
    }

    /// The folder of the set's corpus: `$DOSSIER_CORPORA/NAME`, else `corpora/NAME` beside the repository
    /// or up to two folders above it (a worktree), else /work/corpora, else nil.
    static func corpusFolder(_ name: String) -> URL? {
        var roots: [URL] = []
        if let env = ProcessInfo.processInfo.environment["DOSSIER_CORPORA"], !env.isEmpty {
            roots.append(URL(fileURLWithPath: env))
        }
        var up = ExtractionTestSupport.repoRoot.deletingLastPathComponent()
        for _ in 0..<3 {
            roots.append(up.appendingPathComponent("corpora"))
            up = up.deletingLastPathComponent()
        }
        roots.append(URL(fileURLWithPath: "/work/corpora"))  // where this project's machines keep them
        return roots.map { $0.appendingPathComponent(name) }.first {
            FileManager.default.fileExists(atPath: $0.path)
        }
    }

    /// The set's articles as in-memory files, or nil when any is missing.
    func files() -> [(path: String, bytes: [UInt8])]? {
        guard let folder = Self.corpusFolder(corpus) else { return nil }
        var out: [(path: String, bytes: [UInt8])] = []
        for d in documents {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(d.id + ".txt").path)
            else { return nil }
            out.append((path: d.id + ".txt", bytes: [UInt8](data)))
        }
        return out
    }
}
