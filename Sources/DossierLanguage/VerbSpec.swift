import DossierModel
import DossierExtraction

/// How a verb takes the value piped into it.
public enum VerbInput: Sendable, Hashable {
    /// Starts a pipeline; a piped value is an error.
    case none
    /// A corpus verb: a piped table with a `doc` column (or a document) restricts it to those documents
    /// (the piped value is kept in `VerbCall.input` too).
    case scope
    /// A stage: needs a piped table (or other value, for `chart`/`export`).
    case required(ValueType)
}

/// What a parameter accepts, for parsing, validation, help and completion.
public enum ParameterKind: Sendable, Hashable {
    case string, number, integer, bool, date, regex
    /// A word pattern: string or regex.
    case pattern
    /// One of fixed words (bare or quoted): `by doc`, `measure=llr`.
    case choice([String])
    /// A document reference: index (0-based) or unique id prefix.
    case document
    /// Documents: a reference, a [list] of them, or a table with a doc column.
    case documents
    /// An entity name (completion offers entity names).
    case entity
    /// A column name of the input table.
    case column
    /// A bare word taken literally (a verb name for `help`).
    case word
    /// Anything.
    case any

    public var label: String {
        switch self {
        case .string: "text"
        case .number: "number"
        case .integer: "integer"
        case .bool: "true|false"
        case .date: "date"
        case .regex: "regex"
        case .pattern: "pattern"
        case .choice(let words): words.joined(separator: "|")
        case .document: "doc"
        case .documents: "docs"
        case .entity: "name"
        case .column: "column"
        case .word: "word"
        case .any: "value"
        }
    }
}

/// A positional argument, or a keyword argument when `keyword` is set (`by doc`, `against 3`, `to "f.svg"`).
public struct ParameterSpec: Sendable, Hashable {
    public var name: String
    public var kind: ParameterKind
    public var keyword: String?
    public var required: Bool
    /// Takes every remaining positional argument as a list.
    public var variadic: Bool
    public var help: String
    public init(
        _ name: String, _ kind: ParameterKind, keyword: String? = nil, required: Bool = false,
        variadic: Bool = false, help: String
    ) {
        self.name = name
        self.kind = kind
        self.keyword = keyword
        self.required = required
        self.variadic = variadic
        self.help = help
    }
}

/// An option written `name=value`, with its default.
public struct OptionSpec: Sendable, Hashable {
    public var name: String
    public var kind: ParameterKind
    public var defaultValue: Value
    public var help: String
    public init(_ name: String, _ kind: ParameterKind, default defaultValue: Value, help: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
    }
}

/// An output column a verb promises, with what it means.
public struct ColumnSpec: Sendable, Hashable {
    public var name: String
    public var type: ValueType
    public var help: String
    public init(_ name: String, _ type: ValueType, _ help: String) {
        self.name = name
        self.type = type
        self.help = help
    }
}

/// What kind of registry entry this is, for help's grouping.
public enum VerbCategory: String, Sendable, Hashable, CaseIterable {
    case corpus = "Corpus"
    case search = "Search and concordance"
    case statistics = "Word statistics"
    case extraction = "Entities, quotes, dates, figures"
    case curation = "Curation"
    case coverage = "Coverage: trends, story clusters, dictionaries, topics"
    case table = "Table stages"
    case output = "Pictures and output"
    case language = "Help"
}

/// The arguments of one call, bound and checked against the spec, defaults applied.
public struct VerbCall: Sendable {
    public var verb: String
    /// By parameter or option name. Missing optional parameters are absent; options always present.
    public var arguments: [String: Value]
    /// Where each argument was written, for errors about its value.
    public var argumentRanges: [String: SourceRange]
    /// The value piped in, if any.
    public var input: Value?
    /// The documents a piped table restricts a corpus verb to (indices in corpus order), nil for all.
    public var scope: [Int]?
    /// The whole call, for errors about it.
    public var range: SourceRange

    public init(
        verb: String, arguments: [String: Value], argumentRanges: [String: SourceRange] = [:],
        input: Value? = nil, scope: [Int]? = nil, range: SourceRange = .unknown
    ) {
        self.verb = verb
        self.arguments = arguments
        self.argumentRanges = argumentRanges
        self.input = input
        self.scope = scope
        self.range = range
    }

    public func string(_ name: String) -> String? { arguments[name]?.string }
    public func number(_ name: String) -> Double? { arguments[name]?.number }
    public func int(_ name: String) -> Int? {
        guard let n = arguments[name]?.number, n.isFinite, abs(n) < 1e12 else { return nil }
        return Int(n)
    }
    public func bool(_ name: String) -> Bool? { if case .bool(let b)? = arguments[name] { b } else { nil } }
    public func has(_ name: String) -> Bool { arguments[name] != nil }

    /// An error pointing at an argument (or at the call when it was not written).
    public func error(_ message: String, at argument: String? = nil, suggestion: String? = nil) -> Diagnostic {
        let r = argument.flatMap { argumentRanges[$0] } ?? range
        return .error(message, at: r, suggestion: suggestion)
    }
}

/// One entry of the verb registry: everything about a verb, declared once.
public struct VerbSpec: Sendable {
    public typealias Evaluate = @Sendable (VerbCall, inout SessionState) throws(Diagnostic) -> Value

    public var name: String
    public var category: VerbCategory
    public var summary: String
    public var input: VerbInput
    public var parameters: [ParameterSpec]
    public var options: [OptionSpec]
    public var columns: [ColumnSpec]
    /// Longer explanation: formulas, caveats.
    public var details: String
    public var example: String
    /// nil for table stages, whose syntax the parser handles itself (where, sort, top, select, group, count).
    public var evaluate: Evaluate?

    public init(
        name: String, category: VerbCategory, summary: String, input: VerbInput = .none,
        parameters: [ParameterSpec] = [], options: [OptionSpec] = [], columns: [ColumnSpec] = [],
        details: String = "", example: String, evaluate: Evaluate?
    ) {
        self.name = name
        self.category = category
        self.summary = summary
        self.input = input
        self.parameters = parameters
        self.options = options
        self.columns = columns
        self.details = details
        self.example = example
        self.evaluate = evaluate
    }

    /// `kwic PATTERN [width=N] [sort=...]`: the usage line shown by help.
    public var usage: String {
        var parts = [name]
        for p in parameters {
            var text = p.keyword.map { "\($0) \(p.name.uppercased())" } ?? p.name.uppercased()
            if p.variadic { text += "..." }
            parts.append(p.required ? text : "[\(text)]")
        }
        for o in options { parts.append("[\(o.name)=\(o.kind.label)]") }
        return parts.joined(separator: " ")
    }
}
