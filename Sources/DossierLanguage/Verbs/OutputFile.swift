import Foundation
import DossierModel
import DossierExtraction

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

    /// Writes `chart` as SVG with the session's rendering, or refuses when the session has none.
    static func writeSVG(_ chart: Chart, to path: String, call: VerbCall, argument: String, state: SessionState)
        throws(Diagnostic)
    {
        let rendering = try self.rendering(state, call: call, argument: argument)
        try write(rendering.svg(chart), to: path, call: call, argument: argument, state: state)
    }

    /// `… to "FILE.svg"` of a picture verb: when the call names a file, writes `chart` there as SVG
    /// (refusing another extension: "`what` are written as SVG") and marks it saved.
    static func saveSVG(_ chart: inout Chart, what: String, call: VerbCall, state: SessionState) throws(Diagnostic) {
        guard let path = call.string("file") else { return }
        guard fileExtension(path) == "svg" else {
            throw call.error("\(what) are written as SVG: name the file '….svg'", at: "file")
        }
        try writeSVG(chart, to: path, call: call, argument: "file", state: state)
        chart.savedTo = path
    }

    /// Writes `value` in `format` with the session's rendering, or refuses when the session has none.
    static func export(
        _ value: Value, as format: ExportFormat, to path: String, call: VerbCall, argument: String, state: SessionState
    ) throws(Diagnostic) {
        let rendering = try self.rendering(state, call: call, argument: argument)
        try write(rendering.contents(value, as: format), to: path, call: call, argument: argument, state: state)
    }

    static func rendering(_ state: SessionState, call: VerbCall, argument: String) throws(Diagnostic) -> any FileRendering {
        guard let rendering = state.rendering else {
            throw call.error("this session cannot render files", at: argument)
        }
        return rendering
    }

    /// The file's extension, lowercased, without the dot ("" when none).
    static func fileExtension(_ path: String) -> String {
        guard let name = path.split(separator: "/").last, let dot = name.lastIndex(of: ".") else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
