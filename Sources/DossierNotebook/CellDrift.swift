import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// One cell whose replayed output differs from the stored one.
public struct CellDrift: Sendable, Hashable {
    /// 0-based cell index.
    public var index: Int
    /// 1-based line of the cell's first source line in the notebook file (0 when unknown).
    public var line: Int
    public var source: String
    /// The stored output, `nil` when the cell had none.
    public var stored: String?
    public var replayed: String
    /// Whether the replayed cell failed (its output is then its diagnostic).
    public var failed: Bool
    /// A unified diff `--- stored` / `+++ replayed` with `@@` hunks.
    public var diff: String
}
