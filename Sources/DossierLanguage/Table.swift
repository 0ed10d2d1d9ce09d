import DossierModel
import DossierExtraction

/// How a column's cells are laid out when a table is drawn.
public enum ColumnAlignment: String, Sendable, Hashable {
    case left, right
}

/// A column's role in rendering: a `match` column is highlighted; `leftContext` is cut at its start.
public enum ColumnRole: String, Sendable, Hashable {
    case plain, match, leftContext, rightContext, snippet
}

/// A named, typed column.
public struct Column: Sendable, Hashable {
    public var name: String
    public var type: ValueType
    public var role: ColumnRole
    /// Declared decimal places (`round(x, 2)` in select): numbers print with exactly this many.
    public var decimals: Int?
    /// The widest the column is drawn in a table (kwic's contexts); the value itself stays whole.
    public var maxWidth: Int?
    public init(_ name: String, _ type: ValueType, role: ColumnRole = .plain, decimals: Int? = nil, maxWidth: Int? = nil) {
        self.name = name
        self.type = type
        self.role = role
        self.decimals = decimals
        self.maxWidth = maxWidth
    }

    /// A cell's text in this column: declared decimals for numbers, else `Value.cellText`.
    public func text(_ v: Value) -> String {
        if let decimals, case .number(let n) = v, n.isFinite { return NumberFormat.fixed(n, decimals: decimals) }
        return v.cellText
    }
    public var alignment: ColumnAlignment {
        if role == .leftContext { return .right }
        return type == .number ? .right : .left
    }
}

/// A table: named, typed columns and rows of values. Row order is meaningful and deterministic.
public struct Table: Sendable, Hashable {
    public var columns: [Column]
    public var rows: [[Value]]
    /// How many rows there were before `top` cut the table (for "(4 of 15 hits)").
    public var total: Int?
    /// What one row is, for footers: "hits", "documents", "rows".
    public var unit: String

    public init(columns: [Column], rows: [[Value]] = [], total: Int? = nil, unit: String = "rows") {
        self.columns = columns
        self.rows = rows
        self.total = total
        self.unit = unit
    }

    public func columnIndex(_ name: String) -> Int? {
        columns.firstIndex { $0.name == name }
    }

    public subscript(row: Int, column: String) -> Value? {
        guard let c = columnIndex(column), rows.indices.contains(row) else { return nil }
        return rows[row][c]
    }
}

/// One document as a value: its metadata and its numbered sentences.
public struct DocumentValue: Sendable, Hashable {
    public var index: Int
    public var id: String
    public var fields: [Field]
    public var sentences: [String]
    public init(index: Int, id: String, fields: [Field], sentences: [String]) {
        self.index = index
        self.id = id
        self.fields = fields
        self.sentences = sentences
    }
}

/// A named value inside a record or a document.
public struct Field: Sendable, Hashable {
    public var name: String
    public var value: Value
    public init(_ name: String, _ value: Value) {
        self.name = name
        self.value = value
    }
}

/// A titled set of fields: a profile (`who`), corpus statistics (`stats`), help text.
public struct Record: Sendable, Hashable {
    public var title: String?
    public var fields: [Field]
    public init(title: String? = nil, fields: [Field]) {
        self.title = title
        self.fields = fields
    }
}

/// A picture: bars, a time series, a dispersion plot or lines over periods. Rendering draws it as text or SVG.
public struct Chart: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case bars, series, dispersion, lines }
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Double
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }
    public struct Track: Sendable, Hashable {
        /// The row label (a document id), the term plotted, the document's length in tokens, hit positions.
        public var label: String
        public var term: String
        public var length: Int
        public var positions: [Int]
        public init(label: String, term: String, length: Int, positions: [Int]) {
            self.label = label
            self.term = term
            self.length = length
            self.positions = positions
        }
    }
    public var kind: Kind
    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var bars: [Bar]
    public var tracks: [Track]
    /// For `.lines`: the period labels along x, and one line per series (nil values are gaps).
    public var periods: [String] = []
    public var lines: [Line] = []
    /// Set when the chart was written to a file (`chart to "x.svg"`): the path as the user gave it.
    public var savedTo: String?

    public init(
        kind: Kind, title: String, xLabel: String = "", yLabel: String = "", bars: [Bar] = [],
        tracks: [Track] = [], periods: [String] = [], lines: [Line] = [], savedTo: String? = nil
    ) {
        self.periods = periods
        self.lines = lines
        self.kind = kind
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.bars = bars
        self.tracks = tracks
        self.savedTo = savedTo
    }
}

extension Chart {
    /// One series of a line chart: a value per period, nil where the period has no documents.
    public struct Line: Sendable, Hashable {
        public var label: String
        public var values: [Double?]
        public init(label: String, values: [Double?]) {
            self.label = label
            self.values = values
        }
    }
}
