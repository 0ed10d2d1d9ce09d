import DossierModel
import DossierExtraction

/// The syntax tree of the Dossier language. Every node carries its source range.

public indirect enum Expr: Sendable {
    case literal(Value, SourceRange)
    /// A column name (in `where`, `sort`…) or a variable.
    case name(String, SourceRange)
    case unary(String, Expr, SourceRange)
    case binary(String, Expr, Expr, SourceRange)
    case list([Expr], SourceRange)
    /// A call of a user-defined function or a nested pipeline in parentheses.
    case pipeline(Pipeline, SourceRange)
    /// A function call inside an expression: `year(date)`, `round(x, 2)`, `sum(words)` in `agg`.
    case function(String, [Expr], SourceRange)

    public var range: SourceRange {
        switch self {
        case .literal(_, let r), .name(_, let r), .unary(_, _, let r), .binary(_, _, _, let r), .list(_, let r),
            .pipeline(_, let r), .function(_, _, let r):
            r
        }
    }
}

/// One argument as written: positional, after a keyword (`by doc`), or an option (`width=40`).
public struct Argument: Sendable {
    public enum Label: Sendable, Hashable {
        case positional
        case keyword(String)
        case option(String)
    }
    public var label: Label
    public var value: Expr
    /// The whole argument including its label.
    public var range: SourceRange
    /// The label's own range (for "unknown option" carets).
    public var labelRange: SourceRange
}

public struct SortKey: Sendable {
    /// The column name when the key is a plain column, else the expression's source text.
    public var column: String
    /// The key as an expression (a plain column is `.name`).
    public var expr: Expr
    public var descending: Bool
    /// For context columns, which word to sort on (1 = nearest the match).
    public var position: Int
    public var range: SourceRange
}

/// A computed column: `count * 2 as double`, or a plain column; `name` is the alias or the source text.
public struct SelectItem: Sendable {
    public var expr: Expr
    public var name: String
    public var range: SourceRange
    public init(expr: Expr, name: String, range: SourceRange) {
        self.expr = expr
        self.name = name
        self.range = range
    }
}

/// The aggregate functions of `group … agg`.
public enum AggregateFunction: String, Sendable, CaseIterable {
    case count, sum, mean, min, max, median
}

/// One aggregate of `group … agg NAME = FUNC(EXPR)`.
public struct AggregateItem: Sendable {
    public var name: String
    public var function: AggregateFunction
    /// nil for `count()`.
    public var argument: Expr?
    public var range: SourceRange
}

/// `join TABLE on COL` (or `on LEFT = RIGHT`), inner or left.
public struct JoinSpec: Sendable {
    public var table: Expr
    public var leftColumn: String
    public var rightColumn: String
    public var keepUnmatched: Bool
    public var leftRange: SourceRange
    public var rightRange: SourceRange
}

public enum Stage: Sendable {
    /// A registry verb, or a user-defined function (resolved at evaluation).
    case call(name: String, arguments: [Argument], range: SourceRange, nameRange: SourceRange)
    case whereStage(Expr, SourceRange)
    case sort([SortKey], SourceRange)
    /// `top N`, or `top N by EXPR` (the N rows with the largest EXPR).
    case top(Expr, by: SortKey?, SourceRange)
    case select([SelectItem], SourceRange)
    case group([SelectItem], aggregates: [AggregateItem], SourceRange)
    case count(SourceRange)
    /// `distinct` (whole rows) or `distinct COL, …`.
    case distinct([(String, SourceRange)], SourceRange)
    case join(JoinSpec, SourceRange)
    /// A value: a variable, a literal or an expression, starting a pipeline.
    case value(Expr, SourceRange)

    public var range: SourceRange {
        switch self {
        case .call(_, _, let r, _), .whereStage(_, let r), .sort(_, let r), .top(_, _, let r), .select(_, let r),
            .group(_, _, let r), .count(let r), .value(_, let r), .distinct(_, let r), .join(_, let r):
            r
        }
    }
}

public struct Pipeline: Sendable {
    public var stages: [Stage]
    public var range: SourceRange
    public init(stages: [Stage], range: SourceRange) {
        self.stages = stages
        self.range = range
    }
}

public enum Statement: Sendable {
    case pipeline(Pipeline)
    case letBinding(name: String, nameRange: SourceRange, value: Pipeline, range: SourceRange)
    case definition(name: String, nameRange: SourceRange, parameters: [String], body: Pipeline, range: SourceRange, source: String)

    public var range: SourceRange {
        switch self {
        case .pipeline(let p): p.range
        case .letBinding(_, _, _, let r), .definition(_, _, _, _, let r, _): r
        }
    }
}
