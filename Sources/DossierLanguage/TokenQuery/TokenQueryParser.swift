import DossierModel
/// Parses CQP-style token queries. Errors are `QueryError`s whose offset is the character in the
/// query text where the problem is, so the diagnostic's caret lands inside the query string.
///
/// Grammar:
///     query    := element+
///     element  := (bracket | word) repeat?
///     bracket  := "[" expr? "]"                    (empty: any token)
///     word     := "text" | bare-word                (same as [lower="text"])
///     expr     := and ("|" and)*
///     and      := unary ("&" unary)*
///     unary    := "!" unary | "(" expr ")" | test
///     test     := ATTR ("=" | "!=") value           ATTR: word lower lemma pos
///     value    := "text" | r"regex"
///     repeat   := "?" | "*" | "+" | "{" n "}" | "{" m "," n "}" | "{" m ",}"
public struct TokenQueryParser {
    private let chars: [Character]
    private var i = 0
    /// How deep `!` and `(` nest right now: bounded like a search query's (`QueryParser.maxNesting`),
    /// so no query can exhaust the stack.
    private var depth = 0

    private init(_ text: String) { chars = Array(text) }

    /// True when a pattern string is a token query (it has brackets or repetition braces).
    public static func looksLikeTokenQuery(_ text: String) -> Bool {
        text.contains("[") || text.contains("]") || text.contains("{")
    }

    public static func parse(_ text: String) throws(QueryError) -> TokenQuery {
        var p = TokenQueryParser(text)
        return try p.parseQuery()
    }

    private func error(_ message: String, at offset: Int? = nil) -> QueryError {
        QueryError(message: message, offset: offset ?? i)
    }

    private mutating func skipSpace() { while i < chars.count, chars[i].isWhitespace { i += 1 } }
    private var current: Character? { i < chars.count ? chars[i] : nil }

    private mutating func parseQuery() throws(QueryError) -> TokenQuery {
        var elements: [TokenQuery.Element] = []
        skipSpace()
        while current != nil {
            let start = i
            let predicate = try parseElementHead()
            var (lo, hi) = (1, 1)
            skipSpace()
            if let c = current, "?*+{".contains(c) { (lo, hi) = try parseRepeat() }
            elements.append(TokenQuery.Element(predicate: predicate, min: lo, max: hi))
            if elements.count > TokenQuery.maximumElements {
                throw error("a token query has at most \(TokenQuery.maximumElements) token patterns", at: start)
            }
            skipSpace()
        }
        guard !elements.isEmpty else { throw error("empty token query", at: 0) }
        let q = TokenQuery(elements: elements)
        if q.minimumLength == 0 { throw error("this query can match no tokens at all: give at least one token that must occur", at: 0) }
        return q
    }

    private mutating func parseElementHead() throws(QueryError) -> TokenQuery.Predicate {
        guard let c = current else { throw error("expected a token pattern") }
        if c == "[" {
            i += 1
            skipSpace()
            if current == "]" {
                i += 1
                return .any
            }
            let e = try parseOr()
            skipSpace()
            guard current == "]" else { throw error(current == nil ? "missing ']' to close the token pattern" : "expected ']' or an operator (& |), found '\(current!)'") }
            i += 1
            return e
        }
        if c == "\"" || c == "'" {
            let at = i
            let s = try parseQuoted()
            guard !s.isEmpty else { throw error("empty word", at: at) }
            return .test(.lower, .text(s), negated: false, offset: at)
        }
        if c.isLetter || c.isNumber {
            let at = i
            var s = ""
            while let d = current, d.isLetter || d.isNumber || d == "-" || d == "'" || d == "’" { s.append(d); i += 1 }
            return .test(.lower, .text(s), negated: false, offset: at)
        }
        if c == "]" { throw error("']' without a '[' before it") }
        throw error("unexpected '\(c)' in token query: write [attr=\"value\"], [] or \"word\"")
    }

    private mutating func parseOr() throws(QueryError) -> TokenQuery.Predicate {
        var e = try parseAnd()
        skipSpace()
        while current == "|" {
            i += 1
            let r = try parseAnd()
            e = .or(e, r)
            skipSpace()
        }
        return e
    }

    private mutating func parseAnd() throws(QueryError) -> TokenQuery.Predicate {
        var e = try parseUnary()
        skipSpace()
        while current == "&" {
            i += 1
            let r = try parseUnary()
            e = .and(e, r)
            skipSpace()
        }
        return e
    }

    private mutating func parseUnary() throws(QueryError) -> TokenQuery.Predicate {
        skipSpace()
        if current == "!" || current == "(" {
            depth += 1
            if depth > QueryParser.maxNesting { throw error("token query nested more than \(QueryParser.maxNesting) deep") }
        }
        if current == "!" {
            i += 1
            defer { depth -= 1 }
            return .not(try parseUnary())
        }
        if current == "(" {
            defer { depth -= 1 }
            i += 1
            let e = try parseOr()
            skipSpace()
            guard current == ")" else { throw error("missing ')'") }
            i += 1
            return e
        }
        return try parseTest()
    }

    private mutating func parseTest() throws(QueryError) -> TokenQuery.Predicate {
        let at = i
        var name = ""
        while let c = current, c.isLetter || c == "_" { name.append(c); i += 1 }
        guard !name.isEmpty else {
            throw error(current.map { "expected an attribute (word, lower, lemma, pos), found '\($0)'" } ?? "expected an attribute (word, lower, lemma, pos)")
        }
        guard let attribute = TokenQuery.Attribute(rawValue: name) else {
            let hint = NearestName.suggest(name, among: TokenQuery.Attribute.allCases.map(\.rawValue))
            throw error("unknown token attribute '\(name)'" + (hint.map { ": did you mean '\($0)'?" } ?? ": use word, lower, lemma or pos"), at: at)
        }
        skipSpace()
        var negated = false
        if current == "!" {
            i += 1
            negated = true
        }
        guard current == "=" else { throw error("expected '=' or '!=' after '\(name)'") }
        i += 1
        if current == "=" { i += 1 }  // tolerate ==
        skipSpace()
        let valueAt = i
        let operand: TokenQuery.Operand
        if current == "r", i + 1 < chars.count, chars[i + 1] == "\"" || chars[i + 1] == "'" {
            i += 1
            let r = try parseQuoted()
            guard !r.isEmpty else { throw error("empty regex", at: valueAt) }
            operand = .regex(r)
        } else if current == "\"" || current == "'" {
            operand = .text(try parseQuoted())
        } else {
            throw error("expected a quoted value after '\(name)=', e.g. \(name)=\"\(attribute == .pos ? "NOUN" : "rate")\"")
        }
        return .test(attribute, operand, negated: negated, offset: at)
    }

    /// A quoted value; the current character is the opening quote. `\"` stands for a quote.
    private mutating func parseQuoted() throws(QueryError) -> String {
        let at = i
        let close = chars[i]
        i += 1
        var out = ""
        while let c = current {
            i += 1
            if c == close { return out }
            if c == "\\", let n = current {
                i += 1
                if n != close { out.append("\\") }
                out.append(n)
                continue
            }
            out.append(c)
        }
        throw error("unclosed quote in token query", at: at)
    }

    private mutating func parseRepeat() throws(QueryError) -> (Int, Int) {
        let at = i
        let c = chars[i]
        i += 1
        switch c {
        case "?": return (0, 1)
        case "*": return (0, TokenQuery.unboundedRepeat)
        case "+": return (1, TokenQuery.unboundedRepeat)
        default: break
        }
        skipSpace()
        guard let lo = parseNumber() else { throw error("expected a number in {m,n}") }
        skipSpace()
        var hi = lo
        if current == "," {
            i += 1
            skipSpace()
            hi = parseNumber() ?? TokenQuery.unboundedRepeat
            skipSpace()
        }
        guard current == "}" else { throw error("expected '}' to close the repetition") }
        i += 1
        guard lo <= hi else { throw error("in {m,n} m must not exceed n", at: at) }
        guard hi <= TokenQuery.unboundedRepeat else {
            throw error("a repetition goes up to \(TokenQuery.unboundedRepeat) tokens", at: at)
        }
        return (lo, hi)
    }

    private mutating func parseNumber() -> Int? {
        var n = 0
        var digits = 0
        while let c = current, let d = c.wholeNumberValue, c.isASCII {
            if n > 10_000 { n = 10_001 } else { n = n * 10 + d }
            digits += 1
            i += 1
        }
        return digits > 0 ? n : nil
    }
}
