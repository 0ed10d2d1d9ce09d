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

    /// Lists `root` recursively; nil when the root folder itself cannot be read. The root's
    /// sub-folders are walked in parallel, each depth-first with an explicit stack (no recursion, so
    /// any depth of folders is safe on a worker thread); the result is the same as one sorted walk.
    static func list(root: String, extensions: Set<String>) -> Listing? {
        guard let top = folder("", root: root, extensions: extensions, isRoot: true) else { return nil }
        let subfolders = top.entries.filter(\.isFolder).map(\.relative)
        let parts = Parallel.map(subfolders.count) { subtree(subfolders[$0], root: root, extensions: extensions) }
        var all = Part(warnings: top.warnings, others: top.others)
        var next = 0
        for e in top.entries {
            guard e.isFolder else {
                all.files.append(e.relative)
                continue
            }
            all.files += parts[next].files
            all.warnings += parts[next].warnings
            all.others += parts[next].others
            next += 1
        }
        var listing = Listing(files: all.files, warnings: all.warnings)
        if !all.others.isEmpty {
            let others = all.others.sorted()
            let named = others.prefix(namedOthers).joined(separator: ", ") + (others.count > namedOthers ? ", …" : "")
            let kinds = extensions.sorted().map { "." + $0 }.joined(separator: " ")
            listing.warnings.append(
                "skipped \(others.count) file\(others.count == 1 ? "" : "s") of other kinds (\(named)): only \(kinds) are read")
        }
        return listing
    }

    /// What a walk found: files in sorted order of their relative paths.
    struct Part: Sendable {
        var files: [String] = []
        var warnings: [String] = []
        var others: [String] = []
    }

    /// One entry of a folder, with its sort key: a folder's name is followed by "/", so sorting the
    /// entries of each folder by key and walking depth-first yields the paths in sorted order.
    struct Entry: Sendable {
        var key: String
        var relative: String
        var isFolder: Bool
    }

    /// One folder's entries, sorted by key, with its warnings and files of other kinds.
    struct Folder: Sendable {
        var entries: [Entry] = []
        var warnings: [String] = []
        var others: [String] = []
    }

    /// Everything under `start` (a relative folder), depth-first in sorted order.
    private static func subtree(_ start: String, root: String, extensions: Set<String>) -> Part {
        var part = Part()
        var stack = [Entry(key: "", relative: start, isFolder: true)]
        while let e = stack.popLast() {
            guard e.isFolder else {
                part.files.append(e.relative)
                continue
            }
            let f = folder(e.relative, root: root, extensions: extensions) ?? Folder()
            part.warnings += f.warnings
            part.others += f.others
            stack.append(contentsOf: f.entries.reversed())
        }
        return part
    }

    /// The entries of `folder` (relative; "" for the root); nil when the root cannot be opened.
    private static func folder(_ folder: String, root: String, extensions: Set<String>, isRoot: Bool = false) -> Folder? {
        var out = Folder()
        let full = folder.isEmpty ? root : root + "/" + folder
        guard let dir = opendir(full) else {
            if isRoot { return nil }
            out.warnings.append("skipped unreadable folder \(folder): \(String(cString: strerror(errno)))")
            return out
        }
        defer { closedir(dir) }
        var folders: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name.first == UInt8(ascii: ".") { continue }  // ".", ".." and hidden entries
            let where_ = folder.isEmpty ? "the corpus folder" : folder
            guard let text = String(validating: name, as: UTF8.self) else {
                out.warnings.append("skipped '\(escaped(name))' in \(where_): its name is not UTF-8")
                continue
            }
            let relative = folder.isEmpty ? text : folder + "/" + text
            guard root.utf8.count + 1 + relative.utf8.count < maxPathBytes else {
                out.warnings.append("skipped \(shortened(relative)): its path is longer than \(maxPathBytes - 1) bytes")
                continue
            }
            // The entry's type from the directory itself: a folder or a regular file needs no stat
            // here (the scan stats each file once for its stamp); anything else is looked at closely.
            switch entry.pointee.d_type {
            case UInt8(DT_DIR): folders.append(relative)
            case UInt8(DT_REG):
                if extensions.contains(Self.pathExtension(text)) {
                    out.entries.append(Entry(key: text, relative: relative, isFolder: false))
                } else {
                    out.others.append(relative)
                }
            default:
                var files: [String] = []
                classify(relative, path: root + "/" + relative, extensions: extensions, into: &out, files: &files, folders: &folders)
                for f in files { out.entries.append(Entry(key: text, relative: f, isFolder: false)) }
            }
        }
        let base = folder.isEmpty ? 0 : folder.utf8.count + 1
        for f in folders { out.entries.append(Entry(key: String(f.utf8.dropFirst(base))! + "/", relative: f, isFolder: true)) }
        out.entries.sort { $0.key < $1.key }
        return out
    }

    private static func classify(
        _ relative: String, path: String, extensions: Set<String>, into listing: inout Folder, files: inout [String],
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
