import DossierKit
import Foundation

// Compiled into every fuzz target (scripts/fuzz.sh), for those that run on the seeds.

/// The seeds corpus, loaded once, on first use: `$DOSSIER_FUZZ_SEEDS` (scripts/fuzz.sh sets it), else
/// the repository's `seeds/` found from this file's path.
let seedsCorpus: Corpus = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_SEEDS"] ?? root.appendingPathComponent("seeds").path
    do {
        return try Corpus.load(path: path, cacheDirectory: nil)
    } catch {
        fatalError("fuzz: cannot load the seeds: \(error)")
    }
}()
