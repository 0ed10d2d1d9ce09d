/// Why a session's file policy refuses a path.
public enum FileAccessError: Error, Sendable, Hashable {
    case emptyName
    /// The path (as written) resolves outside the folders the policy allows.
    case outsideFolder(String, writing: Bool)

    /// One line for the user.
    public var message: String {
        switch self {
        case .emptyName: return "empty file name"
        case .outsideFolder(let path, let writing):
            return "refusing to \(writing ? "write" : "read") '\(path)': outside the notebook's folder"
        }
    }

    /// What to do about it, when there is something.
    public var suggestion: String? {
        switch self {
        case .emptyName: return nil
        case .outsideFolder:
            return "replaying a shared notebook is confined to its folder; pass --allow-write to lift this"
        }
    }
}
