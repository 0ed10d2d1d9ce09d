import DossierModel
import DossierExtraction
import DossierLanguage

/// Draws a table as aligned text columns fitted to a width.
///
/// Layout: one leading space, two spaces between columns, trailing spaces trimmed. Numbers are
/// right-aligned; a `leftContext` column is right-aligned and cut at its start so the match column lines
/// up; other text is cut at its end with `…`. When the table is too wide, the widest text columns shrink
/// first (every column keeps at least `minimumColumnWidth`); numbers, dates and booleans never shrink.
/// A table that still does not fit is drawn as one `name: value` block per row.
public enum TableRenderer {
    /// The narrowest a shrunk text column gets (or its natural width, when smaller).
    public static let minimumColumnWidth = 4
    static let indent = " "
    static let gap = "  "

    /// The table as text, each line ending in a newline.
    public static func render(_ full: Table, options: RenderOptions) -> String {
        var table = full
        var cut = false
        if let n = options.rows, full.rows.count > n {
            table.rows = Array(full.rows.prefix(max(1, n)))
            table.total = full.rows.count
            cut = true
        }
        let columns = table.columns
        guard !columns.isEmpty else { return footer(table, options: options, cut: cut) ?? "" }
        let cells: [[String]] = table.rows.map { row in
            columns.indices.map { c in c < row.count ? DisplayWidth.singleLine(columns[c].text(row[c])) : "—" }
        }
        let snippets = options.color
        var natural = columns.map { DisplayWidth.of($0.name) }
        let cellWidths: [[Int]] = cells.map { row in
            row.enumerated().map { c, text in
                let w = columns[c].role == .snippet && snippets ? DisplayWidth.of(Highlight.strip(text)) : DisplayWidth.of(text)
                if w > natural[c] { natural[c] = w }
                return w
            }
        }
        for c in columns.indices {
            if let cap = columns[c].maxWidth { natural[c] = min(natural[c], max(cap, DisplayWidth.of(columns[c].name))) }
        }
        let available = options.width - indent.count - gap.count * (columns.count - 1)
        let widths = fit(natural: natural, shrinkable: columns.map(isShrinkable), available: available)
        if widths.reduce(0, +) > available { return expanded(table, options: options, cut: cut) }

        var out = ""
        // Header.
        let header = columns.indices.map { c -> String in
            let name = DisplayWidth.truncateEnd(DisplayWidth.singleLine(columns[c].name), to: widths[c])
            let align: ColumnAlignment = columns[c].type == .number ? .right : .left
            return DisplayWidth.pad(name, to: widths[c], alignment: align)
        }
        out += line(header.map { ANSIStyle.dim.apply($0, options.color) })
        if options.headerRule {
            let rule = widths.map { String(repeating: "─", count: $0) }
            out += line(rule.map { ANSIStyle.dim.apply($0, options.color) })
        }
        for (r, row) in cells.enumerated() {
            var parts: [String] = []
            parts.reserveCapacity(columns.count)
            for (c, text) in row.enumerated() {
                let w = cellWidths[r][c]
                if w <= widths[c], columns[c].role != .snippet, columns[c].role != .match || !options.color {
                    // Fits as is: no cutting, padding from the known width.
                    let spaces = String(repeating: " ", count: widths[c] - w)
                    parts.append(columns[c].alignment == .left ? text + spaces : spaces + text)
                } else {
                    parts.append(cell(text, column: columns[c], width: widths[c], color: options.color))
                }
            }
            out += line(parts)
        }
        if let f = footer(table, options: options, cut: cut) { out += f }
        return out
    }

    /// A table too wide for the width even with every text column at its minimum: one block per row,
    /// `name: value` lines under a `─[ N ]─` rule (like psql's expanded display).
    static func expanded(_ table: Table, options: RenderOptions, cut: Bool = false) -> String {
        var out = ""
        for (r, row) in table.rows.enumerated() {
            let label = "─[ \(r + 1) ]"
            let rule = label + String(repeating: "─", count: max(0, min(options.width, 24) - 1 - DisplayWidth.of(label)))
            out += " " + ANSIStyle.dim.apply(rule, options.color) + "\n"
            let fields = table.columns.indices.map { c in Field(table.columns[c].name, c < row.count ? row[c] : .null) }
            out += RecordRenderer.fieldLines(fields, indent: 1, options: options)
        }
        if table.rows.isEmpty {
            out += " " + DisplayWidth.wrap(table.columns.map(\.name).joined(separator: ", "), width: options.width - 1)
                .joined(separator: "\n ") + "\n"
        }
        if let f = footer(table, options: options, cut: cut) { out += f }
        return out
    }

    /// Column widths: natural widths when they fit in `available`, else the shrinkable columns capped at
    /// the highest common level that fits (water-filling), leftover columns of slack given left to right.
    public static func fit(natural: [Int], shrinkable: [Bool], available: Int) -> [Int] {
        let total = natural.reduce(0, +)
        guard total > available else { return natural }
        let minimum = natural.map { min($0, minimumColumnWidth) }
        var fixed = 0
        for i in natural.indices where !shrinkable[i] { fixed += natural[i] }
        let budget = available - fixed
        func widths(at level: Int) -> [Int] {
            natural.indices.map { i in shrinkable[i] ? max(minimum[i], min(natural[i], level)) : natural[i] }
        }
        func sum(at level: Int) -> Int {
            var s = 0
            for i in natural.indices where shrinkable[i] { s += max(minimum[i], min(natural[i], level)) }
            return s
        }
        // Highest level whose shrinkable sum fits the budget.
        var lo = 0
        var hi = natural.max() ?? 0
        if sum(at: lo) > budget { return widths(at: 0) }  // cannot fit: every text column at its minimum
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sum(at: mid) <= budget { lo = mid } else { hi = mid - 1 }
        }
        var result = widths(at: lo)
        var slack = budget - sum(at: lo)
        for i in natural.indices where slack > 0 && shrinkable[i] && result[i] < natural[i] {
            result[i] += 1
            slack -= 1
        }
        return result
    }

    static func isShrinkable(_ column: Column) -> Bool {
        switch column.type {
        case .number, .date, .bool, .null: false
        default: true
        }
    }

    /// One cell cut, padded and styled to exactly `width` columns.
    static func cell(_ text: String, column: Column, width: Int, color: Bool) -> String {
        let align = column.alignment
        if column.role == .snippet && color {
            var (plain, flags) = Highlight.parse(text)
            (plain, flags) = Highlight.focus(plain, flags: flags, width: width)
            let cut = DisplayWidth.truncateEnd(plain, to: width)
            let styled = Highlight.apply(flags: flags, to: cut, cutFrom: plain)
            return pad(styled, visible: cut, width: width, alignment: align)
        }
        if column.role == .snippet {
            let chars = Array(text)
            let (focused, _) = Highlight.focus(text, flags: chars.map { $0 == Highlight.open }, width: width)
            let cut = DisplayWidth.truncateEnd(focused, to: width)
            return pad(cut, visible: cut, width: width, alignment: align)
        }
        let cut: String
        switch column.role {
        case .leftContext: cut = DisplayWidth.truncateStartAtWord(text, to: width)
        case .rightContext: cut = DisplayWidth.truncateEndAtWord(text, to: width)
        default: cut = DisplayWidth.truncateEnd(text, to: width)
        }
        let styled = column.role == .match ? ANSIStyle.highlight.apply(cut, color) : cut
        return pad(styled, visible: cut, width: width, alignment: align)
    }

    static func pad(_ styled: String, visible: String, width: Int, alignment: ColumnAlignment) -> String {
        let missing = width - DisplayWidth.of(visible)
        guard missing > 0 else { return styled }
        let spaces = String(repeating: " ", count: missing)
        return alignment == .left ? styled + spaces : spaces + styled
    }

    static func line(_ parts: [String]) -> String {
        var s = indent + parts.joined(separator: gap)
        while s.last == " " { s.removeLast() }
        return s + "\n"
    }

    /// `(4 of 15 hits)` when the table was cut, `(no rows)` when it is empty.
    static func footer(_ table: Table, options: RenderOptions, cut: Bool = false) -> String? {
        let text: String
        if let total = table.total, total > table.rows.count {
            text = "(\(table.rows.count) of \(total) \(table.unit)" + (cut ? "; \(RenderOptions.showAllHint))" : ")")
        } else if table.rows.isEmpty {
            text = "(no \(table.unit))"
        } else {
            return nil
        }
        return ANSIStyle.dim.apply(text, options.color) + "\n"
    }
}
