import Foundation

/// The file policy for running a shared (untrusted) notebook with `dossier run` or `replay`.
public enum NotebookSandbox {
    /// Relative paths in cells resolve against the notebook's folder. Unless `allowWrite` is given,
    /// every file a cell reads or writes must be inside that folder: `export "../escape.csv"`,
    /// an absolute path elsewhere or a symlinked folder pointing out are refused with a diagnostic
    /// that names `--allow-write`. The corpus is loaded by the session before any cell runs, so
    /// cells never need to reach it through `FileAccess`; `corpusPath` is accepted so the policy can
    /// grow a read-only corpus root once `FileAccess` tells reads and writes apart.
    public static func fileAccess(notebookPath: String, corpusPath: String?, allowWrite: Bool,
                                  currentDirectory: String = FileManager.default.currentDirectoryPath) -> FileAccess {
        let folder = FileAccess.standardize(
            RelativePath.absolute(RelativePath.folder(of: notebookPath), from: currentDirectory))
        if allowWrite { return FileAccess(baseDirectory: folder, confinedTo: nil) }
        return FileAccess(baseDirectory: folder, confinedTo: [folder])
    }
}
