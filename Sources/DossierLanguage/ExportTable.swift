import DossierModel
import DossierExtraction

/// Any value as a table, for CSV, JSON Lines, Markdown and `export`.
public enum ExportTable {
    /// A table as is; a record as (field, value); a document as (sentence, text); a list as (value)
    /// or, when its items are records, one column per field name in first-seen order; a chart as its
    /// bars (label, value) or tracks (label, term, length, hits); a scalar as a one-cell table.
    public static func from(_ value: Value) -> Table {
        switch value {
        case .table(let t):
            return t
        case .record(let r):
            return Table(
                columns: [Column("field", .string), Column("value", .any)],
                rows: r.fields.map { [.string($0.name), $0.value] }, unit: "fields")
        case .document(let d):
            return Table(
                columns: [Column("sentence", .number), Column("text", .string)],
                rows: d.sentences.enumerated().map { [.number(Double($0.offset + 1)), .string($0.element)] },
                unit: "sentences")
        case .list(let items):
            let records = items.compactMap { item -> Record? in if case .record(let r) = item { r } else { nil } }
            if !items.isEmpty, records.count == items.count {
                var names: [String] = []
                for r in records { for f in r.fields where !names.contains(f.name) { names.append(f.name) } }
                let rows = records.map { r in
                    names.map { n in r.fields.first(where: { $0.name == n })?.value ?? .null }
                }
                return Table(columns: names.map { Column($0, .any) }, rows: rows)
            }
            return Table(columns: [Column("value", .any)], rows: items.map { [$0] })
        case .chart(let c):
            if c.kind == .lines {
                var rows: [[Value]] = []
                for (i, p) in c.periods.enumerated() {
                    for l in c.lines { rows.append([.string(p), .string(l.label), (i < l.values.count ? l.values[i] : nil).map(Value.number) ?? .null]) }
                }
                return Table(columns: [Column("period", .string), Column("series", .string), Column("value", .number)], rows: rows)
            }
            if c.kind == .dispersion {
                return Table(
                    columns: [Column("label", .string), Column("term", .string), Column("length", .number),
                              Column("hits", .number)],
                    rows: c.tracks.map {
                        [.string($0.label), .string($0.term), .number(Double($0.length)),
                         .number(Double($0.positions.count))]
                    })
            }
            return Table(
                columns: [Column("label", .string), Column("value", .number)],
                rows: c.bars.map { [.string($0.label), .number($0.value)] })
        case .null:
            return Table(columns: [Column("value", .any)])
        default:
            return Table(columns: [Column("value", value.type)], rows: [[value]])
        }
    }
}
