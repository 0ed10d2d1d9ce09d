import DossierModel
import DossierExtraction
import DossierLanguage

/// One-line JSON for any value, with a fixed key order: a table is an array of objects keyed by column
/// name (in column order), a document an object (index, id, fields, sentences), a record an object of
/// its fields (its title first, as "title", unless a field has that name), a chart an object, a scalar a
/// JSON scalar. Integers print without `.0`, other numbers via `NumberFormat` (up to 6 decimals),
/// NaN and infinities as null, dates as "YYYY-MM-DD", regexes as their pattern string.
public enum JSONRenderer {
    /// Decimal places kept for non-integral numbers.
    public static let decimals = 6

    public static func line(_ value: Value) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    static func write(_ value: Value, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += number(n)
        case .string(let s): string(s, into: &out)
        case .date(let d): string(d.iso, into: &out)
        case .regex(let r): string(r, into: &out)
        case .list(let items): array(items, into: &out)
        case .table(let t): table(t, into: &out)
        case .document(let d):
            object(
                [("index", .number(Double(d.index))), ("id", .string(d.id)),
                 ("fields", .record(Record(fields: d.fields))), ("sentences", .list(d.sentences.map(Value.string)))],
                into: &out)
        case .record(let r):
            var pairs = r.fields.map { ($0.name, $0.value) }
            if let title = r.title, !r.fields.contains(where: { $0.name == "title" }) {
                pairs.insert(("title", .string(title)), at: 0)
            }
            object(pairs, into: &out)
        case .chart(let c): chart(c, into: &out)
        }
    }

    /// A JSON number: integers as digits, others with up to `decimals` places; non-finite as null.
    public static func number(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        return NumberFormat.cell(n, decimals: decimals)
    }

    /// `s` as a quoted JSON string with quotes, backslashes and control characters escaped.
    public static func quoted(_ s: String) -> String {
        var out = ""
        string(s, into: &out)
        return out
    }

    public static func string(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    static func array(_ items: [Value], into out: inout String) {
        out += "["
        for (i, item) in items.enumerated() {
            if i > 0 { out += "," }
            write(item, into: &out)
        }
        out += "]"
    }

    static func object(_ pairs: [(String, Value)], into out: inout String) {
        out += "{"
        for (i, (key, value)) in pairs.enumerated() {
            if i > 0 { out += "," }
            string(key, into: &out)
            out += ":"
            write(value, into: &out)
        }
        out += "}"
    }

    static func table(_ t: Table, into out: inout String) {
        let keys = t.columns.map { quoted($0.name) + ":" }
        out += "["
        for (r, row) in t.rows.enumerated() {
            if r > 0 { out += "," }
            out += "{"
            for (c, key) in keys.enumerated() {
                if c > 0 { out += "," }
                out += key
                write(c < row.count ? row[c] : .null, into: &out)
            }
            out += "}"
        }
        out += "]"
    }

    static func chart(_ c: Chart, into out: inout String) {
        var pairs: [(String, Value)] = [
            ("kind", .string(c.kind.rawValue)), ("title", .string(c.title)),
            ("xLabel", .string(c.xLabel)), ("yLabel", .string(c.yLabel)),
        ]
        if c.kind == .dispersion {
            pairs.append(("tracks", .list(c.tracks.map { t in
                .record(Record(fields: [
                    Field("label", .string(t.label)), Field("term", .string(t.term)),
                    Field("length", .number(Double(t.length))),
                    Field("positions", .list(t.positions.map { .number(Double($0)) })),
                ]))
            })))
        } else if c.kind == .lines {
            pairs.append(("periods", .list(c.periods.map { .string($0) })))
            pairs.append(("lines", .list(c.lines.map { l in
                .record(Record(fields: [
                    Field("label", .string(l.label)), Field("values", .list(l.values.map { $0.map(Value.number) ?? .null })),
                ]))
            })))
        } else {
            pairs.append(("bars", .list(c.bars.map { b in
                .record(Record(fields: [Field("label", .string(b.label)), Field("value", .number(b.value))]))
            })))
        }
        if let saved = c.savedTo { pairs.append(("savedTo", .string(saved))) }
        object(pairs, into: &out)
    }
}
