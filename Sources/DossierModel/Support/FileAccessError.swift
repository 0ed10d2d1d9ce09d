/// Why a session's file policy refuses a path.
public enum FileAccessError: Error, Sendable, Hashable {
    case emptyName
    /// The path (as written) resolves outside the folders the policy allows.
    case outsideFolder(String, writing: Bool)
    /// The path is the notebook being run: a notebook never writes over itself.
    case notebookItself(String)

    /// One line for the user.
    public var message: String {
        switch self {
        case .emptyName: return "empty file name"
        case .outsideFolder(let path, let writing):
            return "refusing to \(writing ? "write" : "read") '\(path)': outside the notebook's folder"
        case .notebookItself(let path):
            return "refusing to write '\(path)': it is the notebook being run"
        }
    }

    /// What to do about it, when there is something.
    public var suggestion: String? {
        switch self {
        case .emptyName: return nil
        case .outsideFolder:
            return "a notebook you did not save is confined to its folder; pass --allow-write to lift this, "
                + "or trust the notebook with `dossier trust FILE`"
        case .notebookItself:
            return "a notebook never writes over itself; write to another file name"
        }
    }
}
