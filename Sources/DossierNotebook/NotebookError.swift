import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// A malformed notebook file: where and what. Renders as `file:line: error: message`.
public struct NotebookError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The notebook's name as given to the reader (a path as the user typed it).
    public var file: String
    /// 1-based line number in the file; 0 when the error concerns the whole file.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "\(file):\(line): error: \(message)" : "\(file): error: \(message)" }
}
