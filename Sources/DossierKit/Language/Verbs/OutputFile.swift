import Foundation

/// Writing a verb's output file: resolved through the session's file policy, written atomically.
enum OutputFile {
    /// Writes `text` to `path` (as the user wrote it), or throws a diagnostic pointing at `argument`.
    static func write(_ text: String, to path: String, call: VerbCall, argument: String, state: SessionState)
        throws(Diagnostic)
    {
        let at = call.argumentRanges[argument] ?? call.range
        let resolved = try state.files.resolve(path, writing: true, at: at)
        let url = URL(fileURLWithPath: resolved)
        var isDirectory: ObjCBool = false
        let parent = url.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw call.error("cannot write '\(path)': its folder does not exist", at: argument)
        }
        if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue {
            throw call.error("cannot write '\(path)': it is a folder", at: argument)
        }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw call.error("cannot write '\(path)'", at: argument, suggestion: "check the folder's permissions")
        }
    }

    /// The file's extension, lowercased, without the dot ("" when none).
    static func fileExtension(_ path: String) -> String {
        guard let name = path.split(separator: "/").last, let dot = name.lastIndex(of: ".") else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
