import Foundation

/// File name completion, for directive arguments such as `:open notebooks/ga`.
public enum FileCompletion {
    /// The paths that complete `prefix`: entries of its folder whose names start with its last
    /// component, folders with a trailing `/`. Hidden entries only when the component starts with `.`.
    public static func candidates(prefix: String) -> [String] {
        let folderPart: String
        let namePart: String
        if let slash = prefix.lastIndex(of: "/") {
            folderPart = String(prefix[...slash])
            namePart = String(prefix[prefix.index(after: slash)...])
        } else {
            folderPart = ""
            namePart = prefix
        }
        var folder = folderPart.isEmpty ? "." : folderPart
        if folder.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            folder = home + folder.dropFirst()
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { name in
            name.hasPrefix(namePart) && (namePart.hasPrefix(".") || !name.hasPrefix("."))
        }.sorted().map { name in
            var isDirectory: ObjCBool = false
            let full = (folder.hasSuffix("/") ? folder : folder + "/") + name
            let directory = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) && isDirectory.boolValue
            return folderPart + name + (directory ? "/" : "")
        }
    }
}
