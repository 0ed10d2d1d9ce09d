import Foundation
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// The file policy for running a shared (untrusted) notebook with `dossier run` or `replay`.
public enum NotebookSandbox {
    /// Relative paths in cells resolve against the notebook's folder. Unless `allowWrite` is given,
    /// every file a cell writes must be inside that folder, and every file it reads inside that folder
    /// or the corpus: `export "../escape.csv"`, an absolute path elsewhere, or a symlink (folder or
    /// file) pointing out are refused with a diagnostic that names `--allow-write`.
    public static func fileAccess(notebookPath: String, corpusPath: String?, allowWrite: Bool,
                                  currentDirectory: String = FileManager.default.currentDirectoryPath) -> FileAccess {
        let folder = FileAccess.standardize(
            RelativePath.absolute(RelativePath.folder(of: notebookPath), from: currentDirectory))
        if allowWrite { return FileAccess(baseDirectory: folder, confinedTo: nil) }
        let corpus = corpusPath.map { FileAccess.standardize(RelativePath.absolute($0, from: currentDirectory)) }
        return FileAccess(baseDirectory: folder, confinedTo: [folder], readableToo: corpus.map { [$0] } ?? [])
    }
}
