import DossierModel
import DossierExtraction

/// A value of the Dossier language. Every verb returns one; rendering turns one into text.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case date(Day)
    case regex(String)
    case list([Value])
    case table(Table)
    case document(DocumentValue)
    case record(Record)
    case chart(Chart)

    public var type: ValueType {
        switch self {
        case .null: .null
        case .bool: .bool
        case .number: .number
        case .string: .string
        case .date: .date
        case .regex: .regex
        case .list: .list
        case .table: .table
        case .document: .document
        case .record: .record
        case .chart: .chart
        }
    }
}

/// The static type of a value, a column or a parameter.
public enum ValueType: String, Sendable, Hashable, CaseIterable {
    case null, bool, number, string, date, regex, list, table, document, record, chart
    /// Accepts any value (parameters and columns only).
    case any
}

extension Value {
    /// The text of a scalar as it appears in a table cell, JSON aside. Numbers use `NumberFormat`.
    public var cellText: String {
        switch self {
        case .null: return "—"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return NumberFormat.cell(n)
        case .string(let s): return s
        case .date(let d): return d.iso
        case .regex(let r): return "r\"\(r)\""
        case .list(let items): return items.map(\.cellText).joined(separator: " · ")
        case .table(let t): return "(table: \(t.rows.count) rows)"
        case .document(let d): return d.id
        case .record(let r): return r.title ?? "(record)"
        case .chart(let c): return "(chart: \(c.title))"
        }
    }

    public var isNull: Bool { if case .null = self { true } else { false } }
    public var number: Double? { if case .number(let n) = self { n } else { nil } }
    public var string: String? { if case .string(let s) = self { s } else { nil } }
    public var table: Table? { if case .table(let t) = self { t } else { nil } }
}
