import Foundation

/// The hand-made annotation of the seeds: `../shared/gold/seeds.json` beside the repository when
/// it is there (CI, the developers' machines), else the copy kept in `Tests/Fixtures/gold/`.
public enum SharedGold {
    public static var repoRoot: URL { CorpusFixtures.repoRoot }

    public static var seeds: URL {
        let shared = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/gold/seeds.json")
        if FileManager.default.fileExists(atPath: shared.path) { return shared }
        return repoRoot.appendingPathComponent("Tests/Fixtures/gold/seeds.json")
    }
}
