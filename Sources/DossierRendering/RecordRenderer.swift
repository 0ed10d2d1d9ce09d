import DossierModel
import DossierExtraction
import DossierLanguage

/// Draws a record: an optional title, then aligned `name: value` lines. Long values wrap under
/// themselves; nested tables, records, documents and lists of them are drawn indented below their name.
public enum RecordRenderer {
    public static func render(_ record: Record, options: RenderOptions) -> String {
        var out = ""
        if let title = record.title { out += ANSIStyle.bold.apply(DisplayWidth.singleLine(title), options.color) + "\n" }
        out += fieldLines(record.fields, indent: 1, options: options)
        return out
    }

    /// Values drawn as blocks below their field name rather than inline.
    static func isBlock(_ value: Value) -> Bool {
        switch value {
        case .table, .record, .document, .chart: true
        case .list(let items): items.contains(where: isBlock)
        default: false
        }
    }

    /// `name: value` lines for `fields`, indented by `indent` spaces, names padded to a common width.
    static func fieldLines(_ fields: [Field], indent: Int, options: RenderOptions) -> String {
        let pad = String(repeating: " ", count: indent)
        let nameWidth = fields.filter { !isBlock($0.value) }.map { DisplayWidth.of($0.name) + 1 }.max() ?? 0
        var out = ""
        for field in fields {
            let name = DisplayWidth.singleLine(field.name) + ":"
            if isBlock(field.value) {
                out += pad + ANSIStyle.dim.apply(name, options.color) + "\n"
                out += block(field.value, indent: indent + 2, options: options)
                continue
            }
            let label = DisplayWidth.pad(name, to: nameWidth, alignment: .left)
            let valueWidth = options.width - indent - nameWidth - 1
            let lines = DisplayWidth.wrap(DisplayWidth.singleLine(inlineText(field.value, options: options)), width: max(10, valueWidth))
            let hang = String(repeating: " ", count: indent + nameWidth + 1)
            for (j, l) in lines.enumerated() {
                let text = j == 0 ? pad + ANSIStyle.dim.apply(label, options.color) + " " + l : hang + l
                out += trimmed(text) + "\n"
            }
        }
        return out
    }

    /// A value's text on its field line; a long list shows its head and "(12 of N)".
    static func inlineText(_ value: Value, options: RenderOptions) -> String {
        guard options.rows != nil, case .list(let items) = value, items.count > RenderOptions.listItems else { return value.cellText }
        let head = items.prefix(RenderOptions.listItems).map(\.cellText).joined(separator: " · ")
        return head + " … (\(RenderOptions.listItems) of \(items.count); \(RenderOptions.showAllHint))"
    }

    /// A nested value drawn at `width - indent`, every line shifted right by `indent`.
    static func block(_ value: Value, indent: Int, options: RenderOptions) -> String {
        var inner = options
        inner.width = max(Renderer.minimumWidth, options.width - indent)
        let text: String
        if case .list(let items) = value {
            text = items.map { Renderer.text($0, options: inner) }.joined()
        } else {
            text = Renderer.text(value, options: inner)
        }
        let pad = String(repeating: " ", count: indent)
        var out = ""
        for l in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            out += l.isEmpty ? "\n" : pad + l + "\n"
        }
        return out
    }

    static func trimmed(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
