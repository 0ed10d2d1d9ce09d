/// RFC 4180 CSV. A quoted field ends at a quote followed by a comma, a line end or the end of the
/// file; a quote followed by anything else, or a file that ends inside quotes, means the field's
/// opening quote was unbalanced. That quote is then read as a plain character and the row read
/// again, so one stray quote never swallows the rows after it; `read` reports where it was.
enum CSV {
    struct Result: Equatable {
        var rows: [[String]]
        /// The line each row starts on (1-based).
        var lines: [Int]
        /// Lines holding an unbalanced quote, in order.
        var unbalancedLines: [Int]
    }

    static func parse(_ text: String) -> [[String]] { read(text).rows }

    static func read(_ text: String) -> Result {
        let b = Array(text.utf8)
        var result = Result(rows: [], lines: [], unbalancedLines: [])
        var i = 0
        var line = 1
        while i < b.count {
            var literal = Set<Int>()
            while true {
                let row = parseRow(b, from: i, literalQuotes: literal)
                if let bad = row.unbalancedQuote {
                    literal.insert(bad)
                    let badLine = line + b[i..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                    if result.unbalancedLines.last != badLine { result.unbalancedLines.append(badLine) }
                    continue
                }
                result.rows.append(row.fields)
                result.lines.append(line)
                line += row.newlines
                i = row.next
                break
            }
        }
        return result
    }

    private struct Row {
        var fields: [String]
        var next: Int
        var newlines: Int
        var unbalancedQuote: Int?
    }

    /// One row from `from`: fields up to a line end outside quotes (consumed) or the end.
    private static func parseRow(_ b: [UInt8], from: Int, literalQuotes: Set<Int>) -> Row {
        var fields: [String] = []
        var field: [UInt8] = []
        var i = from
        var newlines = 0
        var fieldStarted = false
        while i < b.count {
            let c = b[i]
            if c == 0x22, !fieldStarted, field.isEmpty, !literalQuotes.contains(i) {
                // A quoted field: up to its closing quote.
                let open = i
                i += 1
                var closed = false
                while i < b.count {
                    if b[i] == 0x22 {
                        if i + 1 < b.count, b[i + 1] == 0x22 {
                            field.append(0x22)
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    if b[i] == 0x0A { newlines += 1 }
                    field.append(b[i])
                    i += 1
                }
                let follows = i < b.count ? b[i] : 0x0A
                if !closed || (follows != 0x2C && follows != 0x0A) {
                    return Row(fields: [], next: i, newlines: 0, unbalancedQuote: open)
                }
                fieldStarted = true
                continue
            }
            switch c {
            case 0x2C:
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldStarted = false
            case 0x0A:
                fields.append(String(decoding: field, as: UTF8.self))
                return Row(fields: fields, next: i + 1, newlines: newlines + 1, unbalancedQuote: nil)
            default:
                field.append(c)
                fieldStarted = true
            }
            i += 1
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return Row(fields: fields, next: i, newlines: newlines, unbalancedQuote: nil)
    }
}
