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

    public var range: SourceRange {
        switch self {
        case .literal(_, let r), .name(_, let r), .unary(_, _, let r), .binary(_, _, _, let r), .list(_, let r),
            .pipeline(_, let r):
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
    public var column: String
    public var descending: Bool
    /// For context columns, which word to sort on (1 = nearest the match).
    public var position: Int
    public var range: SourceRange
}

public enum Stage: Sendable {
    /// A registry verb, or a user-defined function (resolved at evaluation).
    case call(name: String, arguments: [Argument], range: SourceRange, nameRange: SourceRange)
    case whereStage(Expr, SourceRange)
    case sort([SortKey], SourceRange)
    case top(Expr, SourceRange)
    case select([(String, SourceRange)], SourceRange)
    case group([(String, SourceRange)], SourceRange)
    case count(SourceRange)
    /// A value: a variable, a literal or an expression, starting a pipeline.
    case value(Expr, SourceRange)

    public var range: SourceRange {
        switch self {
        case .call(_, _, let r, _), .whereStage(_, let r), .sort(_, let r), .top(_, let r), .select(_, let r),
            .group(_, let r), .count(let r), .value(_, let r):
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
