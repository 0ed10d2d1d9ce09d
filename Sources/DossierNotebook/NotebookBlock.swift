import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// One part of a notebook body, in file order.
public enum NotebookBlock: Sendable, Hashable {
    /// Markdown prose between cells (no leading or trailing blank lines).
    case prose(String)
    /// A ```` ```dossier ```` cell and its stored ```` ```output ````, `nil` when it has none yet.
    case cell(source: String, output: String?)
}
