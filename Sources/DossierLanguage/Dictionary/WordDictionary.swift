import DossierModel
/// A dictionary of categories (quanteda's `dictionary()` layout): each category has word patterns,
/// nested categories are named with dots (`security.terror`). Patterns are case-folded words with
/// globs (`terror*`, `colo?r`) or phrases of such words (`peace talks`).
public struct WordDictionary: Sendable, Hashable {
    public struct Category: Sendable, Hashable {
        public var name: String
        public var patterns: [[String]]
        public init(name: String, patterns: [[String]]) {
            self.name = name
            self.patterns = patterns
        }
    }

    /// A problem in a dictionary file, with its 1-based line and column.
    public struct Problem: Error, Sendable, Hashable {
        public var message: String
        public var line: Int
        public var column: Int
        public init(_ message: String, line: Int, column: Int) {
            self.message = message
            self.line = line
            self.column = column
        }
    }

    public static let maxCategories = 1000
    public static let maxPatterns = 100_000
    public static let maxDepth = 8
    public static let maxBytes = 8 << 20

    public var categories: [Category]
    public init(categories: [Category]) { self.categories = categories }
}

/// Glob matching of a case-folded word: `*` any run of characters, `?` one character.
enum Glob {
    static func matches(_ pattern: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
        var p = 0, w = 0
        var star = -1, mark = 0
        while w < word.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == word[w] {
                p += 1
                w += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                mark = w
                p += 1
            } else if star >= 0 {
                p = star + 1
                mark += 1
                w = mark
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    static func isGlob(_ s: String) -> Bool { s.contains("*") || s.contains("?") }
}
