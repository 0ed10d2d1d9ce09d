import Foundation

/// The files of a corpus: a folder's supported files (recursively, hidden ones skipped), sorted by
/// relative path, or a single file.
struct CorpusListing {
    var root: String
    var relative: [String]
    var isDirectory: Bool
    var name: String

    static func list(_ path: String) throws(CorpusError) -> CorpusListing {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw .missingPath(path) }
        let rootURL = URL(fileURLWithPath: path).standardizedFileURL
        var relative: [String] = []
        let root: String
        if isDir.boolValue {
            root = rootURL.path
            guard let en = fm.enumerator(atPath: root) else { throw .unreadable(path, reason: "cannot list folder") }
            while let item = en.nextObject() as? String {
                let parts = item.split(separator: "/")
                if parts.contains(where: { $0.hasPrefix(".") }) { continue }
                let ext = (item as NSString).pathExtension.lowercased()
                guard DocumentParser.allExtensions.contains(ext) else { continue }
                var d: ObjCBool = false
                if fm.fileExists(atPath: root + "/" + item, isDirectory: &d), !d.boolValue { relative.append(item) }
            }
            relative.sort()
        } else {
            root = rootURL.deletingLastPathComponent().path
            relative = [rootURL.lastPathComponent]
        }
        return CorpusListing(
            root: root, relative: relative, isDirectory: isDir.boolValue,
            name: rootURL.deletingPathExtension().lastPathComponent)
    }
}
