import Foundation

/// The files of a corpus: a folder's supported files (see `CorpusWalk`), sorted by relative path, or
/// a single file. With `confineLinks` (an untrusted notebook's corpus), a symbolic link that leads out
/// of the folder is skipped with a warning.
struct CorpusListing {
    var root: String
    var relative: [String]
    var isDirectory: Bool
    var name: String
    var warnings: [String] = []

    static func list(_ path: String, confineLinks: Bool) throws(CorpusError) -> CorpusListing {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw .missingPath(path) }
        let rootURL = URL(fileURLWithPath: path).standardizedFileURL
        var relative: [String] = []
        var warnings: [String] = []
        let root: String
        if isDir.boolValue {
            root = rootURL.path
            let realRoot = realPath(root) ?? root
            guard let listing = CorpusWalk.list(root: root, extensions: DocumentParser.allExtensions) else {
                throw .unreadable(path, reason: "cannot list folder: \(String(cString: strerror(errno)))")
            }
            warnings = listing.warnings
            for item in listing.files {
                if confineLinks, !isInside(root + "/" + item, folder: realRoot) {
                    warnings.append("skipped \(item): a symbolic link leading outside the corpus (not followed for an untrusted notebook)")
                    continue
                }
                relative.append(item)
            }
        } else {
            root = rootURL.deletingLastPathComponent().path
            relative = [rootURL.lastPathComponent]
        }
        return CorpusListing(
            root: root, relative: relative, isDirectory: isDir.boolValue,
            name: rootURL.deletingPathExtension().lastPathComponent, warnings: warnings)
    }

    /// The real path of `path` (every symlink resolved), nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Whether `path`, symlinks resolved, is inside the real folder `folder`.
    static func isInside(_ path: String, folder: String) -> Bool {
        guard let real = realPath(path) else { return false }
        return real.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
