import Foundation

/// The files of a corpus folder, found with the POSIX directory calls so that nothing is skipped
/// silently: every entry that is not loaded — a name that is not UTF-8, a path longer than the
/// system allows, an unreadable folder, a dangling or folder link, a device or pipe, a file of
/// another kind — is named in a warning. Hidden entries (a leading `.`) are skipped by convention.
enum CorpusWalk {
    struct Listing: Sendable {
        /// Paths relative to the root, sorted.
        var files: [String] = []
        var warnings: [String] = []
    }

    /// The longest path the system opens (Linux's PATH_MAX, counting the terminating NUL).
    static let maxPathBytes = 4096
    /// Files of other kinds named in the one warning about them.
    static let namedOthers = 5

    /// Lists `root` recursively; nil when the root folder itself cannot be read. Sub-folders are
    /// listed in parallel; the result is the same as one sorted walk.
    static func list(root: String, extensions: Set<String>) -> Listing? {
        guard let top = walk("", root: root, extensions: extensions, isRoot: true) else { return nil }
        var listing = Listing(files: top.files, warnings: top.warnings)
        if !top.others.isEmpty {
            let others = top.others.sorted()
            let named = others.prefix(namedOthers).joined(separator: ", ") + (others.count > namedOthers ? ", …" : "")
            let kinds = extensions.sorted().map { "." + $0 }.joined(separator: " ")
            listing.warnings.append(
                "skipped \(others.count) file\(others.count == 1 ? "" : "s") of other kinds (\(named)): only \(kinds) are read")
        }
        return listing
    }

    /// What one folder holds, its sub-folders included: files in sorted order of their relative paths.
    struct Part: Sendable {
        var files: [String] = []
        var warnings: [String] = []
        var others: [String] = []
    }

    /// One entry of a folder, with its sort key: a folder's name is followed by "/", so sorting the
    /// entries of each folder by key and walking depth-first yields the paths in sorted order.
    private struct Entry {
        var key: String
        var relative: String
        var isFolder: Bool
    }

    /// The part under `folder` (relative; "" for the root); nil when the root cannot be opened.
    private static func walk(_ folder: String, root: String, extensions: Set<String>, isRoot: Bool = false) -> Part? {
        var part = Part()
        let full = folder.isEmpty ? root : root + "/" + folder
        guard let dir = opendir(full) else {
            if isRoot { return nil }
            part.warnings.append("skipped unreadable folder \(folder): \(String(cString: strerror(errno)))")
            return part
        }
        var entries: [Entry] = []
        var folders: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name.first == UInt8(ascii: ".") { continue }  // ".", ".." and hidden entries
            let where_ = folder.isEmpty ? "the corpus folder" : folder
            guard let text = String(validating: name, as: UTF8.self) else {
                part.warnings.append("skipped '\(escaped(name))' in \(where_): its name is not UTF-8")
                continue
            }
            let relative = folder.isEmpty ? text : folder + "/" + text
            guard root.utf8.count + 1 + relative.utf8.count < maxPathBytes else {
                part.warnings.append("skipped \(shortened(relative)): its path is longer than \(maxPathBytes - 1) bytes")
                continue
            }
            // The entry's type from the directory itself: a folder or a regular file needs no stat
            // here (the scan stats each file once for its stamp); anything else is looked at closely.
            switch entry.pointee.d_type {
            case UInt8(DT_DIR): folders.append(relative)
            case UInt8(DT_REG):
                if extensions.contains(Self.pathExtension(text)) {
                    entries.append(Entry(key: text, relative: relative, isFolder: false))
                } else {
                    part.others.append(relative)
                }
            default:
                var files: [String] = []
                classify(relative, path: root + "/" + relative, extensions: extensions, into: &part, files: &files, folders: &folders)
                for f in files { entries.append(Entry(key: text, relative: f, isFolder: false)) }
            }
        }
        closedir(dir)
        let base = folder.isEmpty ? 0 : folder.utf8.count + 1
        for f in folders { entries.append(Entry(key: String(f.utf8.dropFirst(base))! + "/", relative: f, isFolder: true)) }
        entries.sort { $0.key < $1.key }
        let subfolders = entries.filter(\.isFolder).map(\.relative)
        let parts = Parallel.map(subfolders.count) { walk(subfolders[$0], root: root, extensions: extensions) ?? Part() }
        var next = 0
        for e in entries {
            if e.isFolder {
                part.files += parts[next].files
                part.warnings += parts[next].warnings
                part.others += parts[next].others
                next += 1
            } else {
                part.files.append(e.relative)
            }
        }
        return part
    }

    private static func classify(
        _ relative: String, path: String, extensions: Set<String>, into listing: inout Part, files: inout [String],
        folders: inout [String]
    ) {
        var st = stat()
        guard lstat(path, &st) == 0 else {
            listing.warnings.append("skipped \(relative): \(String(cString: strerror(errno)))")
            return
        }
        var mode = st.st_mode & S_IFMT
        if mode == S_IFLNK {
            guard stat(path, &st) == 0 else {
                listing.warnings.append("skipped \(relative): a dangling symbolic link")
                return
            }
            mode = st.st_mode & S_IFMT
            if mode == S_IFDIR {
                listing.warnings.append("skipped \(relative): a link to a folder (links to folders are not followed)")
                return
            }
        }
        if mode == S_IFDIR {
            folders.append(relative)
            return
        }
        guard extensions.contains(pathExtension(relative)) else {
            listing.others.append(relative)
            return
        }
        guard mode == S_IFREG else {
            listing.warnings.append("skipped \(relative): not a regular file")
            return
        }
        files.append(relative)
    }

    /// The lowercased extension of a path's last component ("" when it has none), as `NSString.pathExtension`
    /// gives it (a name's leading dot starts no extension).
    static func pathExtension(_ path: String) -> String {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.utf8.index(after: $0)...] } ?? path[...]
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }

    /// Bytes as text, each byte outside printable ASCII as `\xNN`.
    static func escaped(_ bytes: [UInt8]) -> String {
        bytes.map { b in
            (0x20..<0x7F).contains(b) && b != UInt8(ascii: "\\")
                ? String(UnicodeScalar(b)) : "\\x" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
        }.joined()
    }

    /// A very long path as its start and end.
    static func shortened(_ path: String) -> String {
        path.count <= 120 ? path : path.prefix(60) + "…" + path.suffix(40)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
