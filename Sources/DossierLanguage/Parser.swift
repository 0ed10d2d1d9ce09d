import DossierModel
import DossierExtraction

/// Parses tokens into statements. On an error it records a diagnostic, skips to the end of the
/// statement and goes on, so one pass reports every broken statement (Crafting Interpreters' recovery).
public struct Parser {
    private var tokens: [Token]
    private var pos = 0
    private let registry: Registry
    private let sourceLines: [Substring]
    public private(set) var diagnostics: [Diagnostic] = []
    /// How deep brackets and nested pipelines go right now, against `ParseLimits.maxNesting`.
    private var nesting = 0
    /// Operators (binary and unary) parsed in the current statement, against `ParseLimits.maxOperators`.
    private var operators = 0

    /// Stage keywords handled by the parser itself.
    public static let stageWords: Set<String> = ["where", "sort", "top", "select", "group", "count", "distinct", "join"]

    public init(tokens: [Token], registry: Registry, source: String) {
        self.tokens = Parser.joinContinuations(tokens)
        self.registry = registry
        self.sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Parses a whole source: statements separated by `;` or line ends.
    public static func parse(_ source: String, registry: Registry = .standard) -> (statements: [Statement], diagnostics: [Diagnostic]) {
        let (tokens, lexDiagnostics) = Lexer.tokenize(source)
        var parser = Parser(tokens: tokens, registry: registry, source: source)
        let statements = parser.parseStatements()
        let all = (lexDiagnostics + parser.diagnostics).sorted { $0.range.start < $1.range.start }
        // A lexer error and the parser's reaction to it often share a place: keep the first.
        var seen = Set<SourceLocation>()
        let unique = all.filter { seen.insert($0.range.start).inserted }
        return (statements, unique)
    }

    /// Drops line ends inside brackets, after a `|`, or before a line that starts with `|`.
    static func joinContinuations(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var depth = 0
        // The next token that is not a line end, found once per run of line ends (linear time).
        var nextSolid = 0
        for (i, t) in tokens.enumerated() {
            if t.isSymbol("(") || t.isSymbol("[") { depth += 1 }
            if t.isSymbol(")") || t.isSymbol("]") { depth = max(0, depth - 1) }
            if t.isNewline {
                if depth > 0 { continue }
                if let last = out.last, last.isSymbol("|") { continue }
                if nextSolid <= i {
                    nextSolid = i + 1
                    while nextSolid < tokens.count, tokens[nextSolid].isNewline { nextSolid += 1 }
                }
                if nextSolid < tokens.count, tokens[nextSolid].isSymbol("|") { continue }
            }
            out.append(t)
        }
        return out
    }

    // MARK: - Token helpers

    private var current: Token { tokens[min(pos, tokens.count - 1)] }
    private func peek(_ k: Int = 1) -> Token { tokens[min(pos + k, tokens.count - 1)] }
    @discardableResult private mutating func advance() -> Token {
        let t = current
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }
    private var atTerminator: Bool {
        current.isEnd || current.isNewline || current.isSymbol(";") || current.isSymbol("|") || current.isSymbol(")")
            || current.isSymbol("]")
    }
    private var atStatementEnd: Bool { current.isEnd || current.isNewline || current.isSymbol(";") }

    struct ParseFailure: Error {}

    private mutating func fail(_ message: String, at range: SourceRange? = nil, suggestion: String? = nil) -> ParseFailure {
        diagnostics.append(.error(message, at: range ?? current.range, suggestion: suggestion))
        return ParseFailure()
    }

    private mutating func expectSymbol(_ s: String, _ what: String) throws(ParseFailure) -> Token {
        guard current.isSymbol(s) else { throw fail("expected \(what), found \(current.describedForError)") }
        return advance()
    }

    private mutating func expectIdentifier(_ what: String) throws(ParseFailure) -> Token {
        guard current.identifier != nil else { throw fail("expected \(what), found \(current.describedForError)") }
        return advance()
    }

    // MARK: - Statements

    public mutating func parseStatements() -> [Statement] {
        var statements: [Statement] = []
        while !current.isEnd {
            if current.isNewline || current.isSymbol(";") {
                advance()
                continue
            }
            do {
                let s = try parseStatement()
                if !atStatementEnd {
                    throw fail("expected end of statement, found \(current.describedForError)")
                }
                statements.append(s)
            } catch {
                synchronize()
            }
        }
        return statements
    }

    /// Skips to the next statement boundary after an error.
    private mutating func synchronize() {
        while !atStatementEnd { advance() }
    }

    private mutating func parseStatement() throws(ParseFailure) -> Statement {
        let start = current.range
        nesting = 0
        operators = 0
        if current.isWord("let") {
            advance()
            let name = try expectIdentifier("a name after 'let'")
            try checkBindable(name)
            _ = try expectSymbol("=", "'=' after the name")
            let value = try parsePipeline()
            return .letBinding(name: name.text, nameRange: name.range, value: value, range: start.union(value.range))
        }
        if current.isWord("def") {
            advance()
            let name = try expectIdentifier("a function name after 'def'")
            try checkBindable(name)
            var params: [String] = []
            if current.isSymbol("(") {
                advance()
                while !current.isSymbol(")") {
                    let p = try expectIdentifier("a parameter name")
                    params.append(p.text)
                    if current.isSymbol(",") { advance() } else { break }
                }
                _ = try expectSymbol(")", "')' after the parameters")
            }
            _ = try expectSymbol("=", "'=' before the definition's pipeline")
            let bodyStart = current.range.start
            let body = try parsePipeline()
            let text = sourceText(from: bodyStart, to: body.range.end)
            return .definition(
                name: name.text, nameRange: name.range, parameters: params, body: body, range: start.union(body.range),
                source: text)
        }
        return .pipeline(try parsePipeline())
    }

    private mutating func checkBindable(_ name: Token) throws(ParseFailure) {
        if registry.verb(name.text) != nil || Parser.stageWords.contains(name.text) || Registry.keywords.contains(name.text) {
            throw fail("'\(name.text)' is a verb and cannot be redefined", at: name.range)
        }
    }

    private func sourceText(from start: SourceLocation, to end: SourceLocation) -> String {
        guard start.line == end.line, start.line - 1 < sourceLines.count else { return "" }
        let line = Array(sourceLines[start.line - 1])
        let a = max(0, start.column - 1), b = min(line.count, end.column - 1)
        return a < b ? String(line[a..<b]) : ""
    }

    // MARK: - Pipelines and stages

    mutating func parsePipeline() throws(ParseFailure) -> Pipeline {
        var stages = [try parseStage()]
        while current.isSymbol("|") {
            advance()
            if atStatementEnd { throw fail("expected a stage after '|'") }
            stages.append(try parseStage())
        }
        let range = stages[0].range.union(stages[stages.count - 1].range)
        return Pipeline(stages: stages, range: range)
    }

    private mutating func parseStage() throws(ParseFailure) -> Stage {
        let head = current
        guard let word = head.identifier, !["true", "false", "null", "not"].contains(word) else {
            let e = try parseExpression()
            return .value(e, e.range)
        }
        switch word {
        case "where":
            advance()
            if atTerminator { throw fail("'where' needs a condition, e.g. where count > 2") }
            let e = try parseExpression()
            return .whereStage(e, head.range.union(e.range))
        case "sort":
            advance()
            var keys: [SortKey] = []
            repeat {
                if current.isSymbol(",") { advance() }
                keys.append(try parseSortKey(descendingByDefault: false))
            } while current.isSymbol(",")
            return .sort(keys, head.range.union(keys[keys.count - 1].range))
        case "top":
            advance()
            if atTerminator { throw fail("'top' needs a number, e.g. top 10") }
            let e = try parseUnary()
            var range = head.range.union(e.range)
            var key: SortKey?
            if current.isWord("by") {
                advance()
                if atTerminator { throw fail("'top N by' needs an expression, e.g. top 10 by count") }
                let k = try parseSortKey(descendingByDefault: true)
                range = range.union(k.range)
                key = k
            }
            return .top(e, by: key, range)
        case "select":
            advance()
            let items = try parseSelectItems()
            return .select(items, head.range.union(items[items.count - 1].range))
        case "group":
            advance()
            let items = try parseSelectItems()
            var range = head.range.union(items[items.count - 1].range)
            var aggregates: [AggregateItem] = []
            if current.isWord("agg") {
                let aggToken = advance()
                if atTerminator { throw fail("'agg' needs aggregates, e.g. agg n = count(), words = sum(words)", at: aggToken.range) }
                repeat {
                    if current.isSymbol(",") { advance() }
                    aggregates.append(try parseAggregate())
                } while current.isSymbol(",")
                range = range.union(aggregates[aggregates.count - 1].range)
            }
            return .group(items, aggregates: aggregates, range)
        case "distinct":
            advance()
            var cols: [(String, SourceRange)] = []
            var range = head.range
            while !atTerminator {
                if current.isSymbol(",") { advance() }
                let col = try expectIdentifier("a column name")
                cols.append((col.text, col.range))
                range = range.union(col.range)
            }
            return .distinct(cols, range)
        case "join":
            advance()
            let spec = try parseJoin()
            return .join(spec, head.range.union(spec.rightRange))
        case "count":
            advance()
            return .count(head.range)
        default:
            break
        }
        if let spec = registry.verb(word) {
            advance()
            return try parseCall(name: word, nameRange: head.range, spec: spec)
        }
        // Not a verb: a built-in function, a user function call, a variable, or an expression.
        let next = peek()
        if next.isSymbol("("), Functions.isBuiltin(word) {
            let e = try parseExpression()
            return .value(e, e.range)
        }
        if next.isSymbol("(") {
            advance()
            advance()
            var args: [Argument] = []
            while !current.isSymbol(")") {
                let e = try parseExpression()
                args.append(Argument(label: .positional, value: e, range: e.range, labelRange: e.range))
                if current.isSymbol(",") { advance() } else { break }
            }
            let close = try expectSymbol(")", "')' after the arguments")
            return .call(name: word, arguments: args, range: head.range.union(close.range), nameRange: head.range)
        }
        if case .symbol(let s) = next.kind, ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "~", "!~"].contains(s) {
            let e = try parseExpression()
            return .value(e, e.range)
        }
        if next.isWord("and") || next.isWord("or") || next.isWord("in") {
            let e = try parseExpression()
            return .value(e, e.range)
        }
        advance()
        return try parseCall(name: word, nameRange: head.range, spec: nil)
    }

    /// Arguments of a verb (checked against its spec) or of an unknown name (checked later).
    private mutating func parseCall(name: String, nameRange: SourceRange, spec: VerbSpec?) throws(ParseFailure) -> Stage {
        var args: [Argument] = []
        var positionalIndex = 0
        let positionals = spec?.parameters.filter { $0.keyword == nil } ?? []
        var range = nameRange
        while !atTerminator {
            let t = current
            // name=value option
            if let optName = t.identifier, peek().isSymbol("=") {
                advance()
                advance()
                let kind = spec?.options.first { $0.name == optName }?.kind
                let value = try parseArgumentValue(kind: kind)
                let r = t.range.union(value.range)
                args.append(Argument(label: .option(optName), value: value, range: r, labelRange: t.range))
                range = range.union(r)
                continue
            }
            // keyword parameter: by doc, against 3, to "x.svg", = "B"
            let keywordText: String? = t.identifier ?? (t.isSymbol("=") ? "=" : nil)
            if let kw = keywordText, let param = spec?.parameters.first(where: { $0.keyword == kw }) {
                advance()
                if atTerminator { throw fail("'\(kw)' needs a value", at: t.range) }
                let value = try parseArgumentValue(kind: param.kind)
                let r = t.range.union(value.range)
                args.append(Argument(label: .keyword(kw), value: value, range: r, labelRange: t.range))
                range = range.union(r)
                continue
            }
            let param = positionalIndex < positionals.count ? positionals[positionalIndex] : positionals.last.flatMap { $0.variadic ? $0 : nil }
            if let p = param, !p.variadic { positionalIndex += 1 }
            let value = try parseArgumentValue(kind: param?.kind)
            args.append(Argument(label: .positional, value: value, range: value.range, labelRange: value.range))
            range = range.union(value.range)
        }
        return .call(name: name, arguments: args, range: range, nameRange: nameRange)
    }

    /// A bare word is taken literally where the parameter names a fixed word, a column or a help
    /// topic; anywhere else it is a variable.
    private mutating func parseArgumentValue(kind: ParameterKind?) throws(ParseFailure) -> Expr {
        if let word = current.identifier, !["true", "false", "null"].contains(word) {
            switch kind {
            case .choice, .column, .word:
                let t = advance()
                return .literal(.string(word), t.range)
            default:
                break
            }
        }
        return try parseUnary()
    }

    // MARK: - Expressions

    mutating func parseExpression() throws(ParseFailure) -> Expr { try parseOr() }

    private mutating func parseOr() throws(ParseFailure) -> Expr {
        var e = try parseAnd()
        while current.isWord("or") {
            try countOperator()
            advance()
            let r = try parseAnd()
            e = .binary("or", e, r, e.range.union(r.range))
        }
        return e
    }

    private mutating func parseAnd() throws(ParseFailure) -> Expr {
        var e = try parseNot()
        while current.isWord("and") {
            try countOperator()
            advance()
            let r = try parseNot()
            e = .binary("and", e, r, e.range.union(r.range))
        }
        return e
    }

    /// `not not … x`: read the run of `not`s in a loop, not by recursion.
    private mutating func parseNot() throws(ParseFailure) -> Expr {
        var prefixes: [SourceRange] = []
        while current.isWord("not") {
            try countOperator()
            prefixes.append(advance().range)
        }
        var e = try parseComparison()
        for r in prefixes.reversed() { e = .unary("not", e, r.union(e.range)) }
        return e
    }

    /// Counts one operator of the statement; a statement with too many is refused before its
    /// syntax tree grows deep enough to exhaust the stack.
    private mutating func countOperator() throws(ParseFailure) {
        operators += 1
        if operators > ParseLimits.maxOperators {
            throw fail("this statement has more than \(ParseLimits.maxOperators) operators", suggestion: "split it with 'let'")
        }
    }

    /// Enters a bracket or a nested pipeline, refusing nesting deeper than the limit.
    private mutating func enterNesting() throws(ParseFailure) {
        nesting += 1
        if nesting > ParseLimits.maxNesting {
            throw fail("brackets nested more than \(ParseLimits.maxNesting) deep")
        }
    }

    private static let comparisons: Set<String> = ["==", "!=", "<", "<=", ">", ">=", "~", "!~"]

    private mutating func parseComparison() throws(ParseFailure) -> Expr {
        let e = try parseAdditive()
        if case .symbol(let op) = current.kind, Parser.comparisons.contains(op) {
            try countOperator()
            advance()
            let r = try parseAdditive()
            return .binary(op, e, r, e.range.union(r.range))
        }
        if current.isSymbol("=") {
            throw fail("'=' assigns; use '==' to compare", suggestion: "did you mean '=='?")
        }
        if current.isWord("in") {
            try countOperator()
            advance()
            let r = try parseAdditive()
            return .binary("in", e, r, e.range.union(r.range))
        }
        if current.isWord("not"), peek().isWord("in") {
            try countOperator()
            advance()
            advance()
            let r = try parseAdditive()
            let inner = Expr.binary("in", e, r, e.range.union(r.range))
            return .unary("not", inner, inner.range)
        }
        return e
    }

    private mutating func parseAdditive() throws(ParseFailure) -> Expr {
        var e = try parseMultiplicative()
        while current.isSymbol("+") || current.isSymbol("-") {
            try countOperator()
            let op = advance().text
            let r = try parseMultiplicative()
            e = .binary(op, e, r, e.range.union(r.range))
        }
        return e
    }

    private mutating func parseMultiplicative() throws(ParseFailure) -> Expr {
        var e = try parseUnary()
        while current.isSymbol("*") || current.isSymbol("/") || current.isSymbol("%") {
            try countOperator()
            let op = advance().text
            let r = try parseUnary()
            e = .binary(op, e, r, e.range.union(r.range))
        }
        return e
    }

    /// `- - … x`: read the run of signs in a loop, not by recursion.
    private mutating func parseUnary() throws(ParseFailure) -> Expr {
        var prefixes: [SourceRange] = []
        while current.isSymbol("-") {
            try countOperator()
            prefixes.append(advance().range)
        }
        var e = try parsePrimary()
        for r in prefixes.reversed() { e = .unary("-", e, r.union(e.range)) }
        return e
    }

    mutating func parsePrimary() throws(ParseFailure) -> Expr {
        let t = current
        switch t.kind {
        case .number(let n):
            advance()
            return .literal(.number(n), t.range)
        case .string(let s):
            advance()
            return .literal(.string(s), t.range)
        case .regex(let r):
            advance()
            return .literal(.regex(r), t.range)
        case .date(let d):
            advance()
            return .literal(.date(d), t.range)
        case .identifier(let name):
            advance()
            switch name {
            case "true": return .literal(.bool(true), t.range)
            case "false": return .literal(.bool(false), t.range)
            case "null": return .literal(.null, t.range)
            default:
                if current.isSymbol("(") { return try parseFunctionCall(name, t.range) }
                return .name(name, t.range)
            }
        case .symbol("("):
            try enterNesting()
            defer { nesting -= 1 }
            advance()
            let p = try parsePipeline()
            let close = try expectSymbol(")", "')'")
            let r = t.range.union(close.range)
            if p.stages.count == 1, case .value(let e, _) = p.stages[0] { return e }
            return .pipeline(p, r)
        case .symbol("["):
            try enterNesting()
            defer { nesting -= 1 }
            advance()
            var items: [Expr] = []
            while !current.isSymbol("]") {
                items.append(try parseExpression())
                if current.isSymbol(",") { advance() } else { break }
            }
            let close = try expectSymbol("]", "']' to close the list")
            return .list(items, t.range.union(close.range))
        default:
            throw fail("expected a value, found \(t.describedForError)")
        }
    }
}

extension Parser {
    // MARK: - Stage parts

    /// `COL[:N] [asc|desc]` or `EXPR [asc|desc]`.
    private mutating func parseSortKey(descendingByDefault: Bool) throws(ParseFailure) -> SortKey {
        var position = 1
        let expr: Expr
        var range: SourceRange
        if let name = current.identifier, peek().isSymbol(":") {
            let col = advance()
            advance()
            guard case .number(let n) = current.kind, n >= 1, n == n.rounded() else {
                throw fail("expected a word position (1, 2, …) after ':'")
            }
            guard n <= Double(ParseLimits.maxWordPosition) else {
                throw fail("a word position must be between 1 and \(ParseLimits.maxWordPosition)")
            }
            position = Int(n)
            range = col.range.union(advance().range)
            expr = .name(name, col.range)
        } else {
            if current.identifier == nil, !isValueStart { throw fail("expected a column to sort by, found \(current.describedForError)") }
            expr = try parseExpression()
            range = expr.range
        }
        var descending = descendingByDefault
        if current.isWord("desc") || current.isWord("asc") {
            descending = current.isWord("desc")
            range = range.union(advance().range)
        }
        return SortKey(column: columnName(of: expr), expr: expr, descending: descending, position: position, range: range)
    }

    private var isValueStart: Bool {
        switch current.kind {
        case .number, .string, .regex, .date: true
        case .symbol(let s): s == "(" || s == "-" || s == "["
        default: false
        }
    }

    /// A plain column's name, or an expression's source text (the name of a computed column).
    private func columnName(of e: Expr) -> String {
        if case .name(let n, _) = e { return n }
        let text = sourceText(from: e.range.start, to: e.range.end)
        return text.isEmpty ? "expr" : text
    }

    /// `EXPR [as NAME], …` for select and group.
    private mutating func parseSelectItems() throws(ParseFailure) -> [SelectItem] {
        var items: [SelectItem] = []
        repeat {
            if current.isSymbol(",") { advance() }
            if atTerminator { throw fail("expected a column name, found \(current.describedForError)") }
            let e = try parseExpression()
            var name = columnName(of: e)
            var range = e.range
            if current.isWord("as") {
                advance()
                let alias = try expectIdentifier("a column name after 'as'")
                name = alias.text
                range = range.union(alias.range)
            }
            items.append(SelectItem(expr: e, name: name, range: range))
        } while current.isSymbol(",")
        return items
    }

    /// `[NAME =] FUNC(EXPR)` of `group … agg`.
    private mutating func parseAggregate() throws(ParseFailure) -> AggregateItem {
        var alias: Token?
        if current.identifier != nil, peek().isSymbol("=") {
            alias = advance()
            advance()
        }
        let fn = try expectIdentifier("an aggregate such as count(), sum(words) or mean(score)")
        guard let function = AggregateFunction(rawValue: fn.text) else {
            let hint = NearestName.suggest(fn.text, among: AggregateFunction.allCases.map(\.rawValue))
            throw fail(
                "unknown aggregate '\(fn.text)'", at: fn.range,
                suggestion: hint.map { "did you mean '\($0)'?" }
                    ?? "aggregates: " + AggregateFunction.allCases.map { $0.rawValue + "()" }.joined(separator: ", "))
        }
        _ = try expectSymbol("(", "'(' after '\(fn.text)'")
        var argument: Expr?
        if !current.isSymbol(")") { argument = try parseExpression() }
        let close = try expectSymbol(")", "')' after the aggregate's argument")
        if function == .count, argument != nil { throw fail("count() takes no argument", at: fn.range.union(close.range)) }
        if function != .count, argument == nil {
            throw fail("\(fn.text)() needs a column or an expression, e.g. \(fn.text)(words)", at: fn.range.union(close.range))
        }
        let argText = argument.map { columnName(of: $0) }
        let name = alias?.text ?? (function == .count ? "count" : "\(fn.text)_\(argText ?? "")")
        return AggregateItem(
            name: name, function: function, argument: argument, range: (alias?.range ?? fn.range).union(close.range))
    }

    /// `[left] TABLE on COL [= COL]`: TABLE is a variable, a verb without arguments or a (pipeline).
    private mutating func parseJoin() throws(ParseFailure) -> JoinSpec {
        var keepUnmatched = false
        if current.isWord("left"), !peek().isWord("on"), !peek().isEnd {
            advance()
            keepUnmatched = true
        }
        if atTerminator || current.isWord("on") { throw fail("'join' needs a table, e.g. join docs on doc = id") }
        let table: Expr
        if let word = current.identifier, registry.verb(word) != nil {
            let t = advance()
            let stage = Stage.call(name: word, arguments: [], range: t.range, nameRange: t.range)
            table = .pipeline(Pipeline(stages: [stage], range: t.range), t.range)
        } else {
            table = try parsePrimary()
        }
        guard current.isWord("on") else { throw fail("expected 'on COLUMN' after the table to join") }
        advance()
        let left = try expectIdentifier("the column to join on")
        var right = left
        if current.isSymbol("=") || current.isSymbol("==") {
            advance()
            right = try expectIdentifier("the joined table's column after '='")
        }
        return JoinSpec(
            table: table, leftColumn: left.text, rightColumn: right.text, keepUnmatched: keepUnmatched,
            leftRange: left.range, rightRange: right.range)
    }

    /// `NAME(ARGS)` inside an expression; the name was just read.
    private mutating func parseFunctionCall(_ name: String, _ nameRange: SourceRange) throws(ParseFailure) -> Expr {
        try enterNesting()
        defer { nesting -= 1 }
        advance()
        var args: [Expr] = []
        while !current.isSymbol(")") {
            args.append(try parseExpression())
            if current.isSymbol(",") { advance() } else { break }
        }
        let close = try expectSymbol(")", "')' after the arguments of '\(name)'")
        return .function(name, args, nameRange.union(close.range))
    }

    /// True when `text` cannot end here: its last line ends in `|`, or a bracket is still open.
    /// The shell shows a continuation prompt and keeps reading.
    public static func needsContinuation(_ text: String) -> Bool {
        let (tokens, _) = Lexer.tokenize(text)
        var depth = 0
        var last: Token?
        for t in tokens {
            if t.isSymbol("(") || t.isSymbol("[") { depth += 1 }
            if t.isSymbol(")") || t.isSymbol("]") { depth = max(0, depth - 1) }
            if !t.isNewline && !t.isEnd { last = t }
        }
        return depth > 0 || (last?.isSymbol("|") ?? false)
    }
}
