import Foundation
import DossierModel
import DossierExtraction

public enum CorpusFixtures {
    /// The repository's root (this file is Tests/DossierTestSupport/CorpusFixtures.swift).
    public static var repoRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
    public static var seedsPath: String { repoRoot.appendingPathComponent("seeds").path }
    public static let seeds: Corpus = {
        let dir = seedsPath
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }
        let files = names.map { (path: $0, bytes: [UInt8](FileManager.default.contents(atPath: dir + "/" + $0) ?? Data())) }
        return Corpus.load(files: files, name: "seeds")
    }()
    public static var gold: [String: Any] {
        let data = FileManager.default.contents(atPath: SharedGold.seeds.path) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }
}
