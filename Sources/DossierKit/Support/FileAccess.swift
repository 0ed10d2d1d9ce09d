import Foundation

/// Where a session may read and write files. A shared notebook is untrusted: in `run` and `replay`
/// writes are confined to the notebook's folder and reads to it and the corpus, unless allowed.
public struct FileAccess: Sendable, Hashable {
    /// Relative paths are resolved against this folder.
    public var baseDirectory: String
    /// When set, reads and writes must stay inside these folders (absolute, standardized).
    public var confinedTo: [String]?

    public init(baseDirectory: String = FileManager.default.currentDirectoryPath, confinedTo: [String]? = nil) {
        self.baseDirectory = baseDirectory
        self.confinedTo = confinedTo?.map { FileAccess.standardize($0) }
    }

    public static func standardize(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The absolute path for `path`, or a diagnostic when the policy refuses it.
    public func resolve(_ path: String, writing: Bool, at range: SourceRange) throws(Diagnostic) -> String {
        guard !path.isEmpty else { throw .error("empty file name", at: range) }
        let absolute = path.hasPrefix("/") ? path : (baseDirectory as NSString).appendingPathComponent(path)
        // Resolve symlinks of the existing parent so a link cannot smuggle a write outside.
        let url = URL(fileURLWithPath: absolute).standardizedFileURL
        let parent = url.deletingLastPathComponent().resolvingSymlinksInPath()
        let resolved = parent.appendingPathComponent(url.lastPathComponent).path
        if let roots = confinedTo {
            let inside = roots.contains { root in resolved == root || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/") }
            if !inside {
                throw .error(
                    "refusing to \(writing ? "write" : "read") '\(path)': outside the notebook's folder",
                    at: range, suggestion: "replaying a shared notebook is confined to its folder; pass --allow-write to lift this")
            }
        }
        return resolved
    }
}
