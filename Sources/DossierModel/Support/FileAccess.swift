import Foundation

/// Where a session may read and write files. A shared notebook is untrusted: in `run` and `replay`
/// writes are confined to the notebook's folder and reads to it and the corpus, unless allowed.
public struct FileAccess: Sendable, Hashable {
    /// Relative paths are resolved against this folder.
    public var baseDirectory: String
    /// When set, writes must land inside these folders (absolute, symlinks resolved).
    public var writeRoots: [String]?
    /// When set, reads must come from inside these folders.
    public var readRoots: [String]?
    /// Files never written, whatever the policy: the running notebook itself (absolute, real paths).
    public var protectedPaths: [String] = []

    public init(baseDirectory: String = FileManager.default.currentDirectoryPath, confinedTo: [String]? = nil, readableToo: [String] = []) {
        self.baseDirectory = baseDirectory
        self.writeRoots = confinedTo?.map { FileAccess.standardize($0) }
        self.readRoots = confinedTo.map { ($0 + readableToo).map { FileAccess.standardize($0) } }
    }

    public static func standardize(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The real path `path` names: symlinks resolved along the whole path, including its last
    /// component, so a link inside an allowed folder cannot lead a write or a read outside.
    public func realPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : (baseDirectory as NSString).appendingPathComponent(path)
        let url = URL(fileURLWithPath: absolute).standardizedFileURL
        var parent = url.deletingLastPathComponent().resolvingSymlinksInPath()
        var last = url.lastPathComponent
        // Follow a final symlink (a chain of them) by hand: resolvingSymlinksInPath leaves a
        // dangling link alone, and a dangling link is exactly how a write escapes.
        var hops = 0
        while hops < 32, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: parent.appendingPathComponent(last).path) {
            let next = target.hasPrefix("/") ? URL(fileURLWithPath: target) : parent.appendingPathComponent(target)
            let std = next.standardizedFileURL
            parent = std.deletingLastPathComponent().resolvingSymlinksInPath()
            last = std.lastPathComponent
            hops += 1
        }
        return parent.appendingPathComponent(last).path
    }

    /// The absolute path for `path`, or why the policy refuses it.
    public func resolve(_ path: String, writing: Bool) throws(FileAccessError) -> String {
        guard !path.isEmpty else { throw .emptyName }
        let resolved = realPath(path)
        if writing, protectedPaths.contains(resolved) { throw .notebookItself(path) }
        if let roots = writing ? writeRoots : readRoots {
            let inside = roots.contains { root in resolved == root || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/") }
            if !inside { throw .outsideFolder(path, writing: writing) }
        }
        return resolved
    }
}
