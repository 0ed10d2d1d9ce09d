import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// A parsed notebook together with where its cells are in the file.
public struct ParsedNotebook: Sendable, Hashable {
    public var notebook: Notebook
    /// For each cell in order, the 1-based line of its first source line in the file.
    public var cellLines: [Int]
    public init(notebook: Notebook, cellLines: [Int]) {
        self.notebook = notebook
        self.cellLines = cellLines
    }
}
