/// Tab completion from the registry and the session: verbs, options, keyword words, choice
/// values, variables, functions, and the columns a pipeline's previous stage produces.
public enum Completion {
    /// Candidates for the word being typed at the end of `line` (full words, sorted, unique).
    public static func candidates(for line: String, state: SessionState, registry: Registry = .standard) -> [String] {
        let chars = Array(line)
        var start = chars.count
        while start > 0, chars[start - 1].isLetter || chars[start - 1].isNumber || chars[start - 1] == "_" { start -= 1 }
        let prefix = String(chars[start...])
        let before = String(chars[..<start])
        // Inside a quoted string: offer entity names (for `who "Net`).
        if before.filter({ $0 == "\"" }).count % 2 == 1 {
            return filter(entityNames(state), prefix: prefix)
        }
        let stages = before.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let statement = stages.last?.split(separator: ";", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let words = statement.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
        let names = Array(state.variables.keys) + Array(state.functions.keys)
        guard let head = words.first else {
            return filter(registry.names + Registry.keywords + names, prefix: prefix)
        }
        if ["where", "sort", "select", "group"].contains(head) {
            let cols = previousColumns(stages.dropLast().last ?? "", state: state, registry: registry)
            let extra = head == "where" ? ["and", "or", "not", "in"] : head == "sort" ? ["desc"] : []
            return filter(cols + extra + (head == "where" ? names : []), prefix: prefix)
        }
        if head == "help" { return filter(registry.names + Registry.keywords, prefix: prefix) }
        guard let spec = registry.verb(head) else { return filter(names, prefix: prefix) }
        // After `name=`: the option's choices.
        if before.hasSuffix("="), let last = words.last, let optName = last.split(separator: "=").first,
            let o = spec.options.first(where: { $0.name == optName })
        {
            if case .choice(let c) = o.kind { return filter(c, prefix: prefix) }
            if case .bool = o.kind { return filter(["true", "false"], prefix: prefix) }
            return []
        }
        // After a keyword (`by`): its choices.
        if let last = words.last, words.count >= 1, before.hasSuffix(" "),
            let p = spec.parameters.first(where: { $0.keyword == last })
        {
            if case .choice(let c) = p.kind { return filter(c, prefix: prefix) }
            return filter(names, prefix: prefix)
        }
        var out = spec.options.map { $0.name + "=" } + spec.parameters.compactMap(\.keyword).filter { $0 != "=" } + names
        for p in spec.parameters where p.keyword == nil {
            if case .choice(let c) = p.kind { out += c }
        }
        return filter(out, prefix: prefix)
    }

    /// Entity names known to the session.
    static func entityNames(_ state: SessionState) -> [String] { [] }

    /// The columns the text of a previous stage produces: a verb's declared columns, or a
    /// variable's table columns.
    static func previousColumns(_ stageText: String, state: SessionState, registry: Registry) -> [String] {
        let words = stageText.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let head = words.first else { return [] }
        if let spec = registry.verb(head) { return spec.columns.map(\.name) }
        if case .table(let t)? = state.variables[head] { return t.columns.map(\.name) }
        return []
    }

    static func filter(_ words: [String], prefix: String) -> [String] {
        Array(Set(words.filter { $0.hasPrefix(prefix) })).sorted()
    }
}
