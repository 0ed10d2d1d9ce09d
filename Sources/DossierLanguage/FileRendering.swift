import DossierModel
import DossierExtraction

/// Turns values into the text of output files. The language describes what to write (a chart, a table
/// in an export format); the rendering layer draws it. A session is given one to write
/// `chart to "FILE.svg"` and `export "FILE"`; without one such writes are refused.
public protocol FileRendering: Sendable {
    /// The chart as a whole SVG document.
    func svg(_ chart: Chart) -> String
    /// The file's contents for `value` in `format`.
    func contents(_ value: Value, as format: ExportFormat) -> String
}
