import Foundation
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// The file policy for running a notebook with `dossier run`, `replay` or `:open`. A notebook this
/// user saved or trusted (`NotebookTrust`) runs freely; any other is untrusted: it reads only inside
/// its own folder (its corpus too) and the corpus the user names, and writes only inside its folder.
/// No notebook ever writes over itself.
public enum NotebookSandbox {
    /// Relative paths in cells resolve against the notebook's folder. Unless `allowWrite` is given
    /// or the notebook is `trusted`, every file a cell writes must be inside that folder, and every
    /// file it reads inside that folder or the corpus: `export "../escape.csv"`, an absolute path
    /// elsewhere, or a symlink (folder or file) pointing out are refused with a diagnostic that
    /// names `--allow-write` and `dossier trust`. The notebook file itself is never written.
    public static func fileAccess(notebookPath: String, corpusPath: String?, allowWrite: Bool, trusted: Bool = false,
                                  currentDirectory: String = FileManager.default.currentDirectoryPath) -> FileAccess {
        let folder = FileAccess.standardize(
            RelativePath.absolute(RelativePath.folder(of: notebookPath), from: currentDirectory))
        var access: FileAccess
        if allowWrite || trusted {
            access = FileAccess(baseDirectory: folder, confinedTo: nil)
        } else {
            let corpus = corpusPath.map { FileAccess.standardize(RelativePath.absolute($0, from: currentDirectory)) }
            access = FileAccess(baseDirectory: folder, confinedTo: [folder], readableToo: corpus.map { [$0] } ?? [])
        }
        access.protectedPaths = [access.realPath(RelativePath.absolute(notebookPath, from: currentDirectory))]
        return access
    }

    /// Which corpus a notebook runs on, or why it may not run.
    public enum CorpusChoice: Sendable, Hashable {
        /// Open `path`. `confined`: the notebook is untrusted, so symlinks that lead out of the
        /// corpus are not followed (`Corpus.load(…, confineLinks: true)`).
        case open(path: String, confined: Bool)
        /// The refusal, saying exactly how to proceed.
        case refused(String)
    }

    /// The corpus for the notebook at `notebookPath` whose front matter names `declared` (relative to
    /// the notebook, absolute, or `bundled:seeds`) and records `fingerprint`:
    /// - a corpus the user names (`--corpus`) is used as given;
    /// - no corpus, or `bundled:seeds`: the bundled seeds;
    /// - a trusted notebook: the corpus it names;
    /// - an untrusted one: the corpus it names when it lies inside the notebook's folder (symlinks
    ///   resolved); else the bundled seeds when the recorded fingerprint is theirs (the example
    ///   notebooks name `../seeds`); else a refusal naming `--corpus` and `dossier trust`.
    public static func corpus(
        notebookPath: String, declared: String?, fingerprint: String?, userCorpus: String?, trusted: Bool,
        bundledSeeds: String?, bundledFingerprint: () -> String?,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> CorpusChoice {
        if let userCorpus { return .open(path: userCorpus, confined: false) }
        guard let declared, declared != "bundled:seeds" else {
            guard let bundledSeeds else { return .refused("\(notebookPath): the bundled seeds corpus is missing; pass --corpus PATH") }
            return .open(path: bundledSeeds, confined: false)
        }
        let notebookFolder = RelativePath.absolute(RelativePath.folder(of: notebookPath), from: currentDirectory)
        let path = RelativePath.absolute(declared, from: notebookFolder)
        if trusted { return .open(path: path, confined: false) }
        let folder = FileAccess.standardize(notebookFolder)
        let real = FileAccess.standardize(path)
        if real == folder || real.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") {
            return .open(path: path, confined: true)
        }
        if let bundledSeeds, let fingerprint, fingerprint == bundledFingerprint() {
            return .open(path: bundledSeeds, confined: false)
        }
        return .refused(
            "\(notebookPath): refusing to open the corpus '\(declared)' it names: it is outside the notebook's folder, "
                + "and this notebook is not trusted (it was not saved by you, or it changed since).\n"
                + "To proceed, either name the corpus yourself:  --corpus \(shellQuoted(path))\n"
                + "or, if you trust this notebook:  dossier trust \(shellQuoted(notebookPath))")
    }

    /// `path` quoted for a POSIX shell when it needs it.
    static func shellQuoted(_ path: String) -> String {
        let safe = path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+:@%,".contains($0) }
        return safe && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
