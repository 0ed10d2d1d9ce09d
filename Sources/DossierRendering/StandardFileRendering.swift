import DossierModel
import DossierExtraction
import DossierLanguage

/// The rendering layer's file output for sessions: SVG charts and export formats.
public struct StandardFileRendering: FileRendering {
    public init() {}

    public func svg(_ chart: Chart) -> String { SVGRenderer.render(chart) }

    /// The file's contents for `value` (made a table by `ExportTable`; `.json` keeps the value's shape).
    public func contents(_ value: Value, as format: ExportFormat) -> String {
        switch format {
        case .csv: CSVRenderer.render(ExportTable.from(value))
        case .json: JSONRenderer.line(value) + "\n"
        case .jsonl: JSONLinesRenderer.render(ExportTable.from(value))
        case .md: MarkdownRenderer.render(ExportTable.from(value))
        }
    }
}

extension FileRendering where Self == StandardFileRendering {
    /// `Session(corpus:, rendering: .standard)`.
    public static var standard: StandardFileRendering { StandardFileRendering() }
}
