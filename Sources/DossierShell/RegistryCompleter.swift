import DossierKit

/// Tab completion from the verb registry and the session: verbs, functions, variables and `let`/`def`
/// at the start of a statement or stage; the verb's options (`name=`), keywords (`by`, `to`) and
/// choices after it; column names of the table flowing into the stage; directives after `:`.
///
/// It reads the line lexically (quotes, `#`, `|` and `;`), so it works on unfinished input.
/// A `ReplDelegate` can answer `completions(line:)` with `RegistryCompleter(...).candidates(line:)`.
public struct RegistryCompleter: Sendable {
    public var registry: Registry
    /// Names bound with `let`.
    public var variables: [String]
    /// The columns of the variables that hold tables.
    public var variableColumns: [String: [String]]
    /// Names defined with `def`.
    public var functions: [String]
    /// Directives, with their colon (`:save`).
    public var directives: [String]
    /// Entity names offered where a verb takes an entity.
    public var entities: [String]

    /// Directives whose argument is a file name.
    public static let fileDirectives: Set<String> = [":open", ":save", ":recover"]

    /// Words of the expression language offered inside `where` and other expressions.
    static let expressionWords = ["and", "or", "not", "in", "true", "false"]

    public init(registry: Registry, variables: [String] = [], variableColumns: [String: [String]] = [:],
                functions: [String] = [], directives: [String] = [], entities: [String] = []) {
        self.registry = registry
        self.variables = variables
        self.variableColumns = variableColumns
        self.functions = functions
        self.directives = directives
        self.entities = entities
    }

    /// Completion for a session: its variables (and the columns of those holding tables) and functions.
    public init(registry: Registry, state: SessionState, directives: [String] = [], entities: [String] = []) {
        var columns: [String: [String]] = [:]
        for (name, value) in state.variables {
            if case .table(let table) = value { columns[name] = table.columns.map(\.name) }
        }
        self.init(registry: registry, variables: state.variables.keys.sorted(), variableColumns: columns,
                  functions: state.functions.keys.sorted(), directives: directives, entities: entities)
    }

    /// Candidates for the word before the cursor, given the line up to the cursor.
    public func candidates(line: String) -> [String] {
        let leading = line.drop(while: \.isWhitespace)
        if leading.hasPrefix(":") {
            guard let space = leading.firstIndex(where: \.isWhitespace) else { return directives }
            let directive = leading[..<space]
            guard Self.fileDirectives.contains(String(directive)) else { return [] }
            return FileCompletion.candidates(prefix: String(Completion.currentWord(line)))
        }
        let scan = Self.scan(line)
        if scan.inComment { return [] }
        var statement = Substring(line[scan.statementStart...])
        var stages = Self.split(statement, at: scan.pipes)
        // `let NAME = ...` and `def NAME(...) = ...`: complete the pipeline after the `=`.
        if let first = stages.first {
            let words = first.split(whereSeparator: { $0.isWhitespace })
            if let keyword = words.first, keyword == "let" || keyword == "def", let equals = first.firstIndex(of: "=") {
                statement = first[first.index(after: equals)...]
                stages[0] = statement
            } else if words.count <= 1 && !(first.last?.isWhitespace ?? false) && stages.count == 1 {
                return statementStarts()
            }
        }
        guard let stage = stages.last else { return statementStarts() }
        let previous = Array(stages.dropLast())
        let word = Completion.currentWord(String(stage))
        let before = stage[..<stage.index(stage.endIndex, offsetBy: -word.count)]
        let tokens = before.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        guard let head = tokens.first else {
            return previous.isEmpty ? statementStarts() : stageStarts()
        }
        if scan.inQuote { return hasEntityParameter(String(head)) ? entities : [] }
        return arguments(verbName: String(head), tokens: tokens.map(String.init), before: before,
                         inputColumns: columns(flowingFrom: previous))
    }

    /// What may start a statement.
    private func statementStarts() -> [String] {
        registry.verbs.filter { verb in
            if case .required = verb.input { return false }
            return true
        }.map(\.name) + functions + variables + Registry.keywords
    }

    /// What may follow a `|`.
    private func stageStarts() -> [String] {
        registry.verbs.filter { $0.input != .none }.map(\.name) + functions
    }

    private func hasEntityParameter(_ verbName: String) -> Bool {
        guard let verb = registry.verb(verbName) else { return false }
        return verb.parameters.contains { $0.kind == .entity } || verb.options.contains { $0.kind == .entity }
    }

    /// Candidates after a stage's first word.
    private func arguments(verbName: String, tokens: [String], before: Substring, inputColumns: [String]) -> [String] {
        if verbName == "help" { return registry.names }
        guard let verb = registry.verb(verbName) else {
            return variables + functions + inputColumns
        }
        // Right after `name=`: the option's values.
        if before.last == "=" {
            let optionName = String(before.dropLast().split(whereSeparator: { $0.isWhitespace || $0 == "," }).last ?? "")
            if let option = verb.options.first(where: { $0.name == optionName }) {
                return values(of: option.kind, inputColumns: inputColumns) + variables
            }
            return variables + inputColumns
        }
        // Right after a keyword (`by`, `to`): that parameter's values.
        if before.last?.isWhitespace == true, let last = tokens.last,
           let parameter = verb.parameters.first(where: { $0.keyword == last }) {
            return values(of: parameter.kind, inputColumns: inputColumns) + variables
        }
        let used = Set(tokens.compactMap { token in token.split(separator: "=").first.map(String.init) })
        var candidates = verb.options.filter { !used.contains($0.name) }.map { $0.name + "=" }
        candidates += verb.parameters.compactMap { $0.keyword }.filter { !used.contains($0) }
        for parameter in verb.parameters where parameter.keyword == nil {
            candidates += values(of: parameter.kind, inputColumns: inputColumns)
        }
        if verb.evaluate == nil {
            // A table stage (where, sort, select, group, top): columns and expressions.
            candidates += inputColumns + Self.expressionWords
            if verbName == "sort" { candidates.append("desc") }
        }
        return candidates + variables
    }

    private func values(of kind: ParameterKind, inputColumns: [String]) -> [String] {
        switch kind {
        case .choice(let words): words
        case .bool: ["true", "false"]
        case .column: inputColumns
        case .entity: entities.map { $0.contains(where: \.isWhitespace) ? "\"\($0)\"" : $0 }
        default: []
        }
    }

    /// The columns of the table the previous stages produce, as far as the registry tells:
    /// the last stage that declares columns (or a `select`, or a table variable) decides.
    private func columns(flowingFrom stages: [Substring]) -> [String] {
        for stage in stages.reversed() {
            let tokens = stage.split(whereSeparator: { $0.isWhitespace || $0 == "," })
            guard let head = tokens.first.map(String.init) else { continue }
            if head == "select" { return Self.selectedNames(stage.drop(while: \.isWhitespace).dropFirst(head.count)) }
            if let columns = variableColumns[head] { return columns }
            if let verb = registry.verb(head), !verb.columns.isEmpty { return verb.columns.map(\.name) }
        }
        return []
    }

    /// The column names a `select` stage makes: each item's `as` alias, or the item when it is a plain name.
    static func selectedNames(_ items: Substring) -> [String] {
        items.split(separator: ",").compactMap { item in
            let words = item.split(whereSeparator: \.isWhitespace).map(String.init)
            if let i = words.lastIndex(of: "as"), i + 1 < words.count { return words[i + 1] }
            return words.count == 1 ? words[0] : nil
        }
    }

    /// Where the current statement starts, the top-level `|` in it, and whether the end of the
    /// line is inside a quote or a comment.
    struct Scan {
        var statementStart: String.Index
        var pipes: [String.Index] = []
        var inQuote = false
        var inComment = false
    }

    static func scan(_ line: String) -> Scan {
        var result = Scan(statementStart: line.startIndex)
        var close: Character? = nil
        var escaped = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let closing = close {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == closing {
                    close = nil
                }
            } else {
                switch character {
                case "\"": close = "\""
                case "'": close = "'"
                case "“": close = "”"
                case "‘": close = "’"
                case "#":
                    result.inComment = true
                    return result
                case ";":
                    result.statementStart = line.index(after: index)
                    result.pipes.removeAll()
                case "|":
                    result.pipes.append(index)
                default: break
                }
            }
            index = line.index(after: index)
        }
        result.inQuote = close != nil
        return result
    }

    /// The statement cut at the pipes that fall inside it.
    static func split(_ statement: Substring, at pipes: [String.Index]) -> [Substring] {
        var stages: [Substring] = []
        var start = statement.startIndex
        for pipe in pipes where pipe >= statement.startIndex && pipe < statement.endIndex {
            stages.append(statement[start..<pipe])
            start = statement.index(after: pipe)
        }
        stages.append(statement[start...])
        return stages
    }
}
