/// How a value is turned into text. (Placeholder: owned by the rendering work.)
public struct RenderOptions: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable, CaseIterable { case table, json, csv }
    public var width: Int
    public var color: Bool
    public var format: Format
    public init(width: Int = 100, color: Bool = false, format: Format = .table) {
        self.width = width
        self.color = color
        self.format = format
    }
}

public enum Renderer {
    /// The text of a value, ending with a newline unless empty.
    public static func render(_ value: Value, options: RenderOptions) -> String {
        switch value {
        case .table(let t):
            var out = t.columns.map(\.name).joined(separator: "  ") + "\n"
            for row in t.rows { out += row.map(\.cellText).joined(separator: "  ") + "\n" }
            return out
        case .null: return ""
        default: return value.cellText + "\n"
        }
    }
}
