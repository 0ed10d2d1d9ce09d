import DossierModel
import Yams

extension WordDictionary {
    /// Reads quanteda's YAML layout: a mapping of category names to a list of patterns (or one
    /// pattern), or to a mapping of subcategories, nested up to `maxDepth`.
    public static func parse(yaml text: String) throws(Problem) -> WordDictionary {
        guard text.utf8.count <= maxBytes else { throw Problem("the dictionary is larger than 8 MB", line: 1, column: 1) }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw problem(error)
        } catch {
            throw Problem("not YAML: \(error)", line: 1, column: 1)
        }
        guard let root else { throw Problem("the dictionary is empty", line: 1, column: 1) }
        guard case .mapping(let mapping) = root else {
            throw Problem("expected categories (a mapping of names to word lists)", line: line(root), column: column(root))
        }
        var out: [Category] = []
        var patterns = 0
        try collect(mapping, prefix: "", depth: 1, into: &out, patterns: &patterns)
        guard !out.isEmpty else { throw Problem("the dictionary has no categories", line: 1, column: 1) }
        return WordDictionary(categories: out)
    }

    static func collect(_ mapping: Node.Mapping, prefix: String, depth: Int, into out: inout [Category], patterns: inout Int)
        throws(Problem)
    {
        guard depth <= maxDepth else {
            throw Problem("categories nest deeper than \(maxDepth) levels", line: mapping.mark?.line ?? 1, column: mapping.mark?.column ?? 1)
        }
        var seen = Set<String>()
        for (key, value) in mapping {
            guard case .scalar(let k) = key, !k.string.isEmpty else {
                throw Problem("a category name must be text", line: line(key), column: column(key))
            }
            let name = prefix + k.string
            guard seen.insert(k.string).inserted else {
                throw Problem("category '\(name)' appears twice", line: line(key), column: column(key))
            }
            switch value {
            case .mapping(let sub):
                try collect(sub, prefix: name + ".", depth: depth + 1, into: &out, patterns: &patterns)
            case .sequence(let items):
                var list: [[String]] = []
                for item in items { list.append(try pattern(item, category: name)) }
                guard !list.isEmpty else { throw Problem("category '\(name)' has no patterns", line: line(value), column: column(value)) }
                patterns += list.count
                out.append(Category(name: name, patterns: list))
            case .scalar:
                out.append(Category(name: name, patterns: [try pattern(value, category: name)]))
                patterns += 1
            case .alias:
                throw Problem("aliases are not supported in dictionaries", line: line(value), column: column(value))
            }
            guard out.count <= maxCategories else { throw Problem("more than \(maxCategories) categories", line: line(key), column: column(key)) }
            guard patterns <= maxPatterns else { throw Problem("more than \(maxPatterns) patterns", line: line(key), column: column(key)) }
        }
    }

    /// One pattern: words (case-folded, split on spaces), each possibly a glob.
    static func pattern(_ node: Node, category: String) throws(Problem) -> [String] {
        guard case .scalar(let s) = node else {
            throw Problem("a pattern of '\(category)' must be a word or phrase, not a list or mapping", line: line(node), column: column(node))
        }
        let words = s.string.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { Lexicon.fold(String($0)) }
        guard !words.isEmpty else { throw Problem("an empty pattern in '\(category)'", line: line(node), column: column(node)) }
        guard words.count <= 8 else { throw Problem("a pattern of '\(category)' has more than 8 words", line: line(node), column: column(node)) }
        return words
    }

    static func line(_ node: Node) -> Int { node.mark?.line ?? 1 }
    static func column(_ node: Node) -> Int { node.mark?.column ?? 1 }

    static func problem(_ error: YamlError) -> Problem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return Problem("not valid YAML: \(problem)", line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Problem("category '\(duplicates.first ?? "")' appears twice", line: context.mark.line, column: context.mark.column)
        case .reader(let problem, _, _, _):
            return Problem("unreadable text: \(problem)", line: 1, column: 1)
        default:
            return Problem("not valid YAML", line: 1, column: 1)
        }
    }
}
