import DossierModel
import DossierExtraction
import DossierLanguage

/// How a value is turned into text.
public struct RenderOptions: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable, CaseIterable { case table, json, csv }
    /// The width tables, wrapped text and charts are fitted to.
    public var width: Int
    /// ANSI colour (dim headers, highlighted matches). Never in notebooks or JSON.
    public var color: Bool
    public var format: Format
    /// A thin rule under table headers.
    public var headerRule: Bool
    /// The most table rows and plot rows drawn (a head, then "(50 of N …)"); nil draws everything.
    /// JSON and CSV always carry every row.
    public var rows: Int?

    /// Rows drawn by default.
    public static let defaultRows = 50
    /// Items of a list inside a record (`who`'s documents) drawn when rows are bounded.
    public static let listItems = 12
    /// The hint after a head: how to see everything.
    static let showAllHint = "`:rows all` or --all shows all"

    public init(width: Int = 100, color: Bool = false, format: Format = .table, headerRule: Bool = false, rows: Int? = defaultRows) {
        self.width = width
        self.color = color
        self.format = format
        self.headerRule = headerRule
        self.rows = rows
    }
}

/// Turns any value into text for the terminal, a notebook cell or a pipe. Pure: no printing, no clock.
public enum Renderer {
    /// The narrowest width anything is laid out at (smaller requested widths are raised to this).
    public static let minimumWidth = 20
    /// The widest layout (larger requested widths are lowered to this; the CLI refuses them).
    public static let maximumWidth = 1_000

    /// The text of a value, ending with a newline unless empty. `.null` renders as nothing.
    public static func render(_ value: Value, options: RenderOptions) -> String {
        var options = options
        options.width = min(maximumWidth, max(minimumWidth, options.width))
        if case .null = value { return "" }
        switch options.format {
        case .json:
            return JSONRenderer.line(value) + "\n"
        case .csv:
            switch value {
            case .table, .list, .record, .document, .chart:
                return CSVRenderer.render(ExportTable.from(value))
            default:
                return CSVRenderer.field(CSVRenderer.text(value)) + "\n"
            }
        case .table:
            return text(value, options: options)
        }
    }

    /// The human-readable text form of a value.
    static func text(_ value: Value, options: RenderOptions) -> String {
        switch value {
        case .null: return ""
        case .table(let t): return TableRenderer.render(t, options: options)
        case .document(let d): return DocumentRenderer.render(d, options: options)
        case .record(let r): return RecordRenderer.render(r, options: options)
        case .chart(let c): return ChartTextRenderer.render(c, options: options)
        case .string(let s): return s.isEmpty ? "" : (s.hasSuffix("\n") ? s : s + "\n")
        case .list(let items) where items.contains(where: RecordRenderer.isBlock):
            return items.map { text($0, options: options) }.joined(separator: "\n")
        default:
            return DisplayWidth.wrap(value.cellText, width: options.width).joined(separator: "\n") + "\n"
        }
    }
}
