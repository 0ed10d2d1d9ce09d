import DossierModel
import DossierExtraction

/// Evaluates statements against a session state. Runtime errors are diagnostics carrying the
/// range of the construct that failed.
public struct Evaluator: Sendable {
    public let registry: Registry
    /// How deep user functions may call each other before we call it runaway recursion.
    static let maxDepth = 64

    public init(registry: Registry = .standard) { self.registry = registry }

    /// Runs one statement; `let` and `def` return nil (nothing to print).
    public func run(_ statement: Statement, in state: inout SessionState) throws(Diagnostic) -> Value? {
        switch statement {
        case .pipeline(let p):
            return try evaluate(p, input: nil, in: &state, depth: 0)
        case .letBinding(let name, _, let pipeline, _):
            let v = try evaluate(pipeline, input: nil, in: &state, depth: 0)
            state.variables[name] = v
            return nil
        case .definition(let name, _, let params, let body, _, let source):
            state.functions[name] = FunctionDefinition(name: name, parameters: params, body: body, source: source)
            return nil
        }
    }

    func evaluate(_ p: Pipeline, input: Value?, in state: inout SessionState, depth: Int) throws(Diagnostic) -> Value {
        var value = input
        for (i, stage) in p.stages.enumerated() {
            value = try evaluate(stage, input: value, isFirst: i == 0 && input == nil, in: &state, depth: depth)
            try Evaluator.checkCancelled(state, at: stage.range)
        }
        return value ?? .null
    }

    // MARK: - Stages

    private func evaluate(_ stage: Stage, input: Value?, isFirst: Bool, in state: inout SessionState, depth: Int)
        throws(Diagnostic) -> Value
    {
        switch stage {
        case .value(let e, let r):
            if input != nil { throw .error("a value cannot take piped input", at: r) }
            return try evaluate(e, row: nil, in: &state, depth: depth)
        case .call(let name, let args, let range, let nameRange):
            if let spec = registry.verb(name) {
                return try call(spec, args, input: input, range: range, in: &state, depth: depth)
            }
            if let f = state.functions[name] {
                return try callFunction(f, args, input: input, range: range, in: &state, depth: depth)
            }
            if args.isEmpty, input == nil, let v = state.variables[name] { return v }
            if args.isEmpty, input == nil {
                let candidates = registry.names + Array(state.functions.keys) + Array(state.variables.keys)
                let hint = NearestName.suggest(name, among: candidates)
                let what = hint.map { registry.verb($0) != nil ? "verb" : "name" } ?? "verb or variable"
                throw .error(
                    "unknown \(what) '\(name)'", at: nameRange, suggestion: hint.map { "did you mean '\($0)'?" })
            }
            let hint = NearestName.suggest(name, among: registry.names + Array(state.functions.keys))
            throw .error("unknown verb '\(name)'", at: nameRange, suggestion: hint.map { "did you mean '\($0)'?" })
        case .whereStage(let e, let r):
            var t = try tableInput(input, "where", r)
            var kept: [[Value]] = []
            for (k, row) in t.rows.enumerated() {
                if k & 1023 == 1023 { try Evaluator.checkCancelled(state, at: r) }
                let v = try evaluate(e, row: Row(table: t, values: row), in: &state, depth: depth)
                if v.truthy { kept.append(row) }
            }
            t.rows = kept
            t.total = nil
            return .table(t)
        case .sort(let keys, let r):
            return .table(try sortTable(try tableInput(input, "sort", r), keys, in: &state, depth: depth))
        case .top(let e, let key, let r):
            var t = try tableInput(input, "top", r)
            let n = try evaluate(e, row: nil, in: &state, depth: depth)
            guard case .number(let k) = n, k >= 0, k == k.rounded() else {
                throw .error("'top' needs a whole number, got \(n.type.rawValue)", at: e.range)
            }
            if let key { t = try sortTable(t, [key], in: &state, depth: depth) }
            return .table(TableStages.top(t, Int(min(k, 1e9))))
        case .select(let items, let r):
            return .table(try selectTable(try tableInput(input, "select", r), items, in: &state, depth: depth))
        case .group(let items, let aggregates, let r):
            return .table(try groupTable(try tableInput(input, "group", r), items, aggregates, in: &state, depth: depth))
        case .distinct(let cols, let r):
            return .table(try TableStages.distinct(try tableInput(input, "distinct", r), cols))
        case .join(let spec, let r):
            let left = try tableInput(input, "join", r)
            let right = try evaluate(spec.table, row: nil, in: &state, depth: depth)
            guard case .table(let rt) = right else {
                throw .error("'join' needs a table to join, got \(right.type.rawValue)", at: spec.table.range)
            }
            return .table(try TableStages.join(left, rt, spec))
        case .count(let r):
            guard let input else { throw .error("'count' needs a table piped into it", at: r) }
            switch input {
            case .table(let t): return .number(Double(t.rows.count))
            case .list(let l): return .number(Double(l.count))
            default: throw .error("'count' needs a table, got \(input.type.rawValue)", at: r)
            }
        }
    }

    private func tableInput(_ input: Value?, _ stage: String, _ r: SourceRange) throws(Diagnostic) -> Table {
        guard let input else { throw .error("'\(stage)' needs a table piped into it", at: r, suggestion: "e.g. docs | \(stage) …") }
        guard case .table(let t) = input else {
            throw .error("'\(stage)' needs a table, got \(input.type.rawValue)", at: r)
        }
        return t
    }

    // MARK: - Calls

    func callFunction(
        _ f: FunctionDefinition, _ args: [Argument], input: Value?, range: SourceRange, in state: inout SessionState, depth: Int
    ) throws(Diagnostic) -> Value {
        guard depth < Evaluator.maxDepth else { throw .error("'\(f.name)' calls itself too deeply", at: range) }
        guard args.count == f.parameters.count else {
            throw .error(
                "'\(f.name)' takes \(f.parameters.count) argument\(f.parameters.count == 1 ? "" : "s"), got \(args.count)",
                at: range, suggestion: "def \(f.name)(\(f.parameters.joined(separator: ", "))) = \(f.source)")
        }
        var bound: [String: Value] = [:]
        for (p, a) in zip(f.parameters, args) { bound[p] = try evaluate(a.value, row: nil, in: &state, depth: depth) }
        let saved = state.variables
        state.variables.merge(bound) { _, new in new }
        defer { state.variables = saved }
        return try evaluate(f.body, input: input, in: &state, depth: depth + 1)
    }

    private func call(
        _ spec: VerbSpec, _ args: [Argument], input: Value?, range: SourceRange, in state: inout SessionState, depth: Int
    ) throws(Diagnostic) -> Value {
        guard let evaluate = spec.evaluate else { throw .error("'\(spec.name)' is a table stage", at: range) }
        var call = try bind(spec, args, range: range, in: &state, depth: depth)
        switch spec.input {
        case .none:
            if input != nil {
                throw .error("'\(spec.name)' does not take piped input", at: range, suggestion: "start a new pipeline with '\(spec.name)'")
            }
        case .scope:
            if let input {
                call.scope = try scope(from: input, for: spec.name, range: range, corpus: state.corpus)
                call.input = input
            }
        case .required(let type):
            guard let input else {
                throw .error("'\(spec.name)' needs \(type == .table ? "a table" : "a value") piped into it", at: range,
                    suggestion: "e.g. \(spec.example)")
            }
            if type != .any, input.type != type {
                throw .error("'\(spec.name)' needs a \(type.rawValue), got \(input.type.rawValue)", at: range)
            }
            call.input = input
        }
        return try evaluate(call, &state)
    }

    /// The documents a piped value restricts a corpus verb to.
    private func scope(from input: Value, for verb: String, range: SourceRange, corpus: Corpus) throws(Diagnostic) -> [Int] {
        var ids: [String] = []
        switch input {
        case .document(let d): return [d.index]
        case .list(let items):
            // A list of tables (`topics`): the first with a doc column scopes.
            for case .table(let t) in items where t.columnIndex("doc") != nil {
                return try scope(from: .table(t), for: verb, range: range, corpus: corpus)
            }
            throw .error("'\(verb)' can be scoped only by a table with a 'doc' column", at: range)
        case .table(let t):
            guard let c = t.columnIndex("doc") ?? t.columnIndex("id") else {
                throw .error("'\(verb)' can be scoped only by a table with a 'doc' column", at: range)
            }
            for row in t.rows { if case .string(let s) = row[c] { ids.append(s) } }
        default:
            throw .error("'\(verb)' cannot take a \(input.type.rawValue) as input", at: range)
        }
        var seen = Set<Int>()
        var out: [Int] = []
        for id in ids { if let i = corpus.documentIndex(id: id), seen.insert(i).inserted { out.append(i) } }
        return out.sorted()
    }

    /// Matches written arguments to the spec: options, keyword and positional parameters, types.
    private func bind(_ spec: VerbSpec, _ args: [Argument], range: SourceRange, in state: inout SessionState, depth: Int)
        throws(Diagnostic) -> VerbCall
    {
        var values: [String: Value] = [:]
        var ranges: [String: SourceRange] = [:]
        for o in spec.options { values[o.name] = o.defaultValue }
        let positionals = spec.parameters.filter { $0.keyword == nil }
        var next = 0
        var variadic: [Value] = []
        var variadicRange: SourceRange?
        for a in args {
            let v = try evaluate(a.value, row: nil, in: &state, depth: depth)
            switch a.label {
            case .option(let name):
                guard let o = spec.options.first(where: { $0.name == name }) else {
                    let hint = NearestName.suggest(name, among: spec.options.map(\.name))
                    let known = spec.options.isEmpty ? "it takes none" : "options: " + spec.options.map(\.name).joined(separator: ", ")
                    throw .error(
                        "unknown option '\(name)' for '\(spec.name)'", at: a.labelRange,
                        suggestion: hint.map { "did you mean '\($0)'?" } ?? known)
                }
                values[name] = try check(v, o.kind, name: name, verb: spec.name, at: a.value.range)
                ranges[name] = a.value.range
            case .keyword(let kw):
                guard let p = spec.parameters.first(where: { $0.keyword == kw }) else {
                    throw .error("'\(spec.name)' takes no '\(kw)'", at: a.labelRange)
                }
                values[p.name] = try check(v, p.kind, name: p.name, verb: spec.name, at: a.value.range)
                ranges[p.name] = a.value.range
            case .positional:
                if next < positionals.count, !positionals[next].variadic {
                    let p = positionals[next]
                    values[p.name] = try check(v, p.kind, name: p.name, verb: spec.name, at: a.range)
                    ranges[p.name] = a.range
                    next += 1
                } else if let p = positionals.last, p.variadic, next >= positionals.count - 1 {
                    variadic.append(try check(v, p.kind, name: p.name, verb: spec.name, at: a.range))
                    variadicRange = variadicRange.map { $0.union(a.range) } ?? a.range
                } else {
                    throw .error("'\(spec.name)' takes \(positionals.count == 0 ? "no" : "at most \(positionals.count)") argument\(positionals.count == 1 ? "" : "s") here",
                        at: a.range, suggestion: "usage: \(spec.usage)")
                }
            }
        }
        if let p = positionals.last, p.variadic, !variadic.isEmpty {
            values[p.name] = .list(variadic)
            ranges[p.name] = variadicRange
        }
        for p in spec.parameters where p.required && values[p.name] == nil {
            throw .error("'\(spec.name)' needs \(p.name.uppercased())", at: range, suggestion: "usage: \(spec.usage)")
        }
        return VerbCall(verb: spec.name, arguments: values, argumentRanges: ranges, range: range)
    }

    /// Checks (and gently converts) an argument against what the parameter accepts.
    private func check(_ v: Value, _ kind: ParameterKind, name: String, verb: String, at r: SourceRange) throws(Diagnostic) -> Value {
        func wrong(_ expected: String) -> Diagnostic {
            .error("'\(verb)' expects \(expected) for \(name), got \(v.type.rawValue)", at: r)
        }
        switch kind {
        case .any: return v
        case .string, .entity, .column, .word:
            if case .string = v { return v }
            throw wrong("text")
        case .number:
            if case .number = v { return v }
            throw wrong("a number")
        case .integer:
            if case .number(let n) = v, n == n.rounded(), abs(n) < 1e9 { return v }
            throw wrong("a whole number")
        case .bool:
            if case .bool = v { return v }
            throw wrong("true or false")
        case .date:
            if case .date = v { return v }
            if case .string(let s) = v, let d = Day(iso: s) { return .date(d) }
            throw wrong("a date (YYYY-MM-DD)")
        case .regex:
            if case .regex = v { return v }
            throw wrong("a regex r\"…\"")
        case .pattern:
            switch v {
            case .string, .regex: return v
            default: throw wrong("a word, a \"phrase\" or a regex r\"…\"")
            }
        case .document:
            switch v {
            case .number(let n) where n == n.rounded() && n >= 0: return v
            case .string: return v
            case .document(let d): return .number(Double(d.index))
            default: throw wrong("a document (index or id)")
            }
        case .documents:
            switch v {
            case .number(let n) where n == n.rounded() && n >= 0: return v
            case .string, .list, .table: return v
            case .document(let d): return .number(Double(d.index))
            default: throw wrong("documents (a number, an id, a [list] or a table with a doc column)")
            }
        case .choice(let words):
            if case .string(let s) = v {
                if words.contains(s) { return v }
                let hint = NearestName.suggest(s, among: words)
                throw .error(
                    "'\(verb)' expects one of \(words.joined(separator: ", ")) for \(name), got '\(s)'", at: r,
                    suggestion: hint.map { "did you mean '\($0)'?" })
            }
            throw wrong("one of " + words.joined(separator: ", "))
        }
    }

    // MARK: - Expressions

    struct Row {
        var table: Table
        var values: [Value]
    }

    func evaluate(_ e: Expr, row: Row?, in state: inout SessionState, depth: Int) throws(Diagnostic) -> Value {
        switch e {
        case .literal(let v, _):
            return v
        case .name(let name, let r):
            if let row, let c = row.table.columnIndex(name) { return row.values[c] }
            if let v = state.variables[name] { return v }
            if let row {
                let hint = NearestName.suggest(name, among: row.table.columns.map(\.name))
                throw .error(
                    "unknown column '\(name)'", at: r,
                    suggestion: hint.map { "did you mean '\($0)'?" }
                        ?? "columns: " + row.table.columns.map(\.name).joined(separator: ", "))
            }
            let hint = NearestName.suggest(name, among: Array(state.variables.keys))
            throw .error("unbound variable '\(name)'", at: r, suggestion: hint.map { "did you mean '\($0)'?" })
        case .list(let items, _):
            var out: [Value] = []
            for i in items { out.append(try evaluate(i, row: row, in: &state, depth: depth)) }
            return .list(out)
        case .pipeline(let p, _):
            return try evaluate(p, input: nil, in: &state, depth: depth)
        case .function(let name, let args, let r):
            return try callExpressionFunction(name, args, row: row, range: r, in: &state, depth: depth)
        case .unary, .binary:
            return try evaluateOperators(e, row: row, in: &state, depth: depth)
        }
    }
}

extension Value {
    /// Truth in `where`: false, null, 0, "" and empty collections are false.
    public var truthy: Bool {
        switch self {
        case .null: false
        case .bool(let b): b
        case .number(let n): n != 0
        case .string(let s): !s.isEmpty
        case .list(let l): !l.isEmpty
        case .table(let t): !t.rows.isEmpty
        default: true
        }
    }
}
