import Foundation

/// A parsed search query: terms, "phrases", prefix*, AND / OR / NOT, parentheses (implicit AND).
public indirect enum Query: Sendable, Hashable {
    /// One word (case-folded when matched).
    case term(String)
    /// Every term starting with the text.
    case prefix(String)
    /// Consecutive words.
    case phrase([String])
    /// `"a b"~N`: every word in one document, in any order, with at most N other words between the
    /// first and the last of them.
    case near([String], Int)
    /// `title:rafah`, `source:"reuters"`: the words occur, consecutively, in a metadata field.
    case field(String, [String])
    case and([Query])
    case or([Query])
    case not(Query)

    /// Every field restriction, for checking the field names against a corpus.
    public var fields: [String] {
        switch self {
        case .field(let f, _): [f]
        case .and(let qs), .or(let qs): qs.flatMap(\.fields)
        case .not(let q): q.fields
        default: []
        }
    }

    /// The positive leaves (not under NOT), for scoring and highlighting.
    public var positiveLeaves: [Query] {
        switch self {
        case .term, .prefix, .phrase, .near: [self]
        case .and(let qs), .or(let qs): qs.flatMap(\.positiveLeaves)
        case .not, .field: []
        }
    }
}

/// A query syntax error with the character offset where it was found.
public struct QueryError: Error, Sendable, Hashable {
    public var message: String
    public var offset: Int
    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }
}

/// Parses query text.
public enum QueryParser {
    enum Tok: Hashable { case word(String), phrase(String), near(String, Int), field(String, String), open, close, and, or, not }

    /// Characters with a meaning in other search engines that Dossier does not give them.
    static let unsupported: Set<Character> = ["~", "?", "^", "\\", "{", "}", "[", "]", "<", ">", "=", "|", "&", "!"]

    static func lex(_ text: String) throws(QueryError) -> [(Tok, Int)] {
        var out: [(Tok, Int)] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            if c == "(" { out.append((.open, i)); i += 1; continue }
            if c == ")" { out.append((.close, i)); i += 1; continue }
            if c == "\"" || c == "\u{201C}" || c == "\u{201D}" {
                let start = i
                let phrase = try readPhrase(chars, &i)
                if i < chars.count, chars[i] == "~" {
                    i += 1
                    var digits = ""
                    while i < chars.count, chars[i].isASCII, chars[i].isNumber { digits.append(chars[i]); i += 1 }
                    guard let n = Int(digits), n <= 1000 else {
                        throw QueryError(message: "'~' after a phrase needs a distance, e.g. \"opec quota\"~5", offset: i - 1)
                    }
                    out.append((.near(phrase, n), start))
                } else {
                    out.append((.phrase(phrase), start))
                }
                continue
            }
            let start = i
            var s = ""
            while i < chars.count, !chars[i].isWhitespace, chars[i] != "(", chars[i] != ")", chars[i] != "\"" {
                s.append(chars[i])
                i += 1
            }
            if let colon = s.firstIndex(of: ":"), colon != s.startIndex,
                s[..<colon].allSatisfy({ $0.isLetter || $0 == "_" })
            {
                let name = String(s[..<colon])
                var value = String(s[s.index(after: colon)...])
                if value.isEmpty, i < chars.count, chars[i] == "\"" || chars[i] == "\u{201C}" { value = try readPhrase(chars, &i) }
                guard !value.isEmpty else { throw QueryError(message: "'\(name):' needs a word or a \"phrase\" after it", offset: start) }
                out.append((.field(name.lowercased(), value), start))
                continue
            }
            switch s {
            case "AND", "&&": out.append((.and, start))
            case "OR", "||": out.append((.or, start))
            case "NOT": out.append((.not, start))
            default:
                try checkSupported(s, at: start)
                if s.hasPrefix("-"), s.count > 1 {
                    out.append((.not, start))
                    out.append((.word(String(s.dropFirst())), start + 1))
                } else {
                    out.append((.word(s), start))
                }
            }
        }
        return out
    }

    /// A quoted phrase; `i` is at the opening quote and ends after the closing one.
    static func readPhrase(_ chars: [Character], _ i: inout Int) throws(QueryError) -> String {
        let start = i
        i += 1
        var s = ""
        while i < chars.count, chars[i] != "\"", chars[i] != "\u{201D}", chars[i] != "\u{201C}" {
            s.append(chars[i])
            i += 1
        }
        guard i < chars.count else { throw QueryError(message: "unclosed quote in query", offset: start) }
        i += 1
        return s
    }

    /// Syntax from other engines is an error, never silently dropped.
    static func checkSupported(_ s: String, at start: Int) throws(QueryError) {
        if s == "NEAR" || s.hasPrefix("NEAR/") {
            throw QueryError(message: "NEAR is not supported: write the words as a phrase with a distance, \"opec quota\"~5", offset: start)
        }
        if s == "*" {
            throw QueryError(message: "a lone '*' matches nothing: put it after letters (rate*)", offset: start)
        }
        if s.hasPrefix("+"), s.count > 1 {
            throw QueryError(message: "'+' is not needed: words must all occur unless joined by OR", offset: start)
        }
        for (j, ch) in s.enumerated() where unsupported.contains(ch) {
            let hint = ch == "~" ? ": fuzzy matching is not supported; \"a b\"~N after a phrase gives proximity" : ""
            throw QueryError(message: "unsupported search syntax '\(ch)'\(hint)", offset: start + j)
        }
    }

    /// How deep brackets and NOTs may nest in a query.
    public static let maxNesting = 128

    /// Parses `text` into a query.
    public static func parse(_ text: String) throws(QueryError) -> Query {
        let toks = try lex(text)
        var p = 0
        // Brackets and NOTs nest by recursion: bounded, so no query can exhaust the stack.
        var depth = 0
        func enter() throws(QueryError) {
            depth += 1
            if depth > maxNesting {
                throw QueryError(message: "query nested more than \(maxNesting) deep", offset: offset())
            }
        }
        func peek() -> Tok? { p < toks.count ? toks[p].0 : nil }
        func offset() -> Int { p < toks.count ? toks[p].1 : text.count }
        func parseOr() throws(QueryError) -> Query {
            var items = [try parseAnd()]
            while peek() == .or {
                p += 1
                items.append(try parseAnd())
            }
            return items.count == 1 ? items[0] : .or(items)
        }
        func parseAnd() throws(QueryError) -> Query {
            var items = [try parseUnary()]
            while let t = peek(), t != .or, t != .close {
                if t == .and { p += 1 }
                items.append(try parseUnary())
            }
            return items.count == 1 ? items[0] : .and(items)
        }
        func parseUnary() throws(QueryError) -> Query {
            if peek() == .not {
                try enter()
                defer { depth -= 1 }
                p += 1
                return .not(try parseUnary())
            }
            return try parsePrimary()
        }
        func parsePrimary() throws(QueryError) -> Query {
            guard p < toks.count else { throw QueryError(message: "query ends where a word was expected", offset: offset()) }
            let (t, at) = toks[p]
            p += 1
            switch t {
            case .open:
                try enter()
                defer { depth -= 1 }
                let q = try parseOr()
                guard peek() == .close else { throw QueryError(message: "missing ')' in query", offset: offset()) }
                p += 1
                return q
            case .phrase(let s):
                let words = words(of: s)
                guard !words.isEmpty else { throw QueryError(message: "empty phrase in query", offset: at) }
                return termOrPhrase(words)
            case .word(let s):
                return try leaf(s, at: at)
            case .near(let s, let n):
                let words = words(of: s)
                guard words.count > 1 else { throw QueryError(message: "'~N' needs a phrase of two or more words", offset: at) }
                return .near(words, n)
            case .field(let name, let value):
                let words = words(of: value)
                guard !words.isEmpty else { throw QueryError(message: "'\(name):' needs a word after it", offset: at) }
                return .field(name, words)
            case .close: throw QueryError(message: "unexpected ')' in query", offset: at)
            case .and, .or: throw QueryError(message: "operator without a word before it", offset: at)
            case .not: throw QueryError(message: "NOT needs a word after it", offset: at)
            }
        }
        guard !toks.isEmpty else { throw QueryError(message: "empty query", offset: 0) }
        let q = try parseOr()
        if p < toks.count { throw QueryError(message: "unexpected ')' in query", offset: toks[p].1) }
        return q
    }

    /// A bare word: prefix* or a term (a phrase when the tokenizer splits it, e.g. Gaza's).
    static func leaf(_ s: String, at: Int) throws(QueryError) -> Query {
        if s.hasSuffix("*") {
            let stem = String(s.dropLast())
            guard !stem.isEmpty, !stem.contains("*") else { throw QueryError(message: "a prefix needs letters before '*'", offset: at) }
            return .prefix(Lexicon.fold(stem))
        }
        let ws = words(of: s)
        if ws.isEmpty { throw QueryError(message: "'\(s)' has no word to search for", offset: at) }
        return termOrPhrase(ws)
    }

    /// One word as a term, several as a phrase.
    static func termOrPhrase(_ words: [String]) -> Query { words.count == 1 ? .term(words[0]) : .phrase(words) }

    /// The folded tokens of a text, as the index sees them.
    public static func words(of text: String) -> [String] {
        let t = Tokenizer.tokenize(text)
        let bytes = Array(text.utf8)
        return (0..<t.starts.count).map {
            Lexicon.fold(String(decoding: bytes[Int(t.starts[$0])..<Int(t.ends[$0])], as: UTF8.self))
        }
    }

    /// A kwic/freq pattern: a word, a phrase, or a prefix*.
    public static func pattern(_ text: String) throws(QueryError) -> Query {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("*"), !trimmed.contains(" ") { return try leaf(trimmed, at: 0) }
        let ws = words(of: trimmed)
        if ws.isEmpty { throw QueryError(message: "'\(text)' has no word to look for", offset: 0) }
        return termOrPhrase(ws)
    }
}
