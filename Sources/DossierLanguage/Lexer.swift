import DossierModel
import DossierExtraction

/// Turns source text into tokens. Errors become diagnostics and the lexer carries on, so the
/// parser can report several problems in one statement.
public struct Lexer {
    private let chars: [Character]
    private var i = 0
    private var line = 1
    private var column = 1
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ text: String) { self.chars = Array(text) }

    public static func tokenize(_ text: String) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let t = lexer.next()
            tokens.append(t)
            if t.isEnd { break }
        }
        return (tokens, lexer.diagnostics)
    }

    private var here: SourceLocation { SourceLocation(line: line, column: column) }
    private func peek(_ k: Int = 0) -> Character? { i + k < chars.count ? chars[i + k] : nil }

    private mutating func advance() -> Character {
        let c = chars[i]
        i += 1
        if c == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        return c
    }

    private static let twoCharSymbols: Set<String> = ["==", "!=", "<=", ">=", "!~"]
    private static let oneCharSymbols: Set<Character> = ["|", ";", "(", ")", "[", "]", ",", "=", "<", ">", "~", "+", "-", "*", "/", "%", ":"]

    public mutating func next() -> Token {
        skipSpaceAndComments()
        let start = here
        let startIndex = i
        guard let c = peek() else { return Token(.end, SourceRange(start: start, end: start), "") }
        func make(_ kind: Token.Kind) -> Token {
            Token(kind, SourceRange(start: start, end: here), String(chars[startIndex..<i]))
        }
        if c == "\n" || c == "\r" {
            _ = advance()
            if c == "\r", peek() == "\n" { _ = advance() }
            return make(.newline)
        }
        if c == "r", let q = peek(1), q == "\"" || q == "'" {
            _ = advance()
            guard let body = readQuoted(start: start, raw: true) else { return make(.regex("")) }
            return make(.regex(body))
        }
        if c == "\"" || c == "'" || c == "“" || c == "‘" {
            let body = readQuoted(start: start, raw: false) ?? ""
            return make(.string(body))
        }
        if c.isNumber && c.isASCII { return lexNumberOrDate(start: start, startIndex: startIndex) }
        if c.isLetter || c == "_" {
            while let d = peek(), d.isLetter || d.isNumber || d == "_" { _ = advance() }
            return make(.identifier(String(chars[startIndex..<i])))
        }
        if let d = peek(1), Lexer.twoCharSymbols.contains(String([c, d])) {
            _ = advance()
            _ = advance()
            return make(.symbol(String([c, d])))
        }
        if Lexer.oneCharSymbols.contains(c) {
            _ = advance()
            return make(.symbol(String(c)))
        }
        _ = advance()
        let t = make(.symbol(String(c)))
        diagnostics.append(.error("unexpected character '\(c)'", at: t.range))
        return t
    }

    private mutating func skipSpaceAndComments() {
        while let c = peek() {
            if c == " " || c == "\t" {
                _ = advance()
            } else if c == "\\", peek(1) == "\n" {
                _ = advance()
                _ = advance()
            } else if c == "#" {
                while let d = peek(), d != "\n" { _ = advance() }
            } else {
                break
            }
        }
    }

    /// Reads a quoted string; the opening quote is the current character. Returns nil (with a
    /// diagnostic) when unterminated.
    private mutating func readQuoted(start: SourceLocation, raw: Bool) -> String? {
        let open = advance()
        let close: Character = open == "“" ? "”" : open == "‘" ? "’" : open
        var out = ""
        while let c = peek() {
            if c == "\n" { break }
            _ = advance()
            if c == close { return out }
            if c == "\\", let n = peek() {
                if raw {
                    // Keep escapes for the regex engine, but let \" stand for a quote.
                    _ = advance()
                    if n == close { out.append(n) } else { out.append("\\"); out.append(n) }
                    continue
                }
                _ = advance()
                switch n {
                case "n": out.append("\n")
                case "t": out.append("\t")
                default: out.append(n)
                }
                continue
            }
            out.append(c)
        }
        diagnostics.append(
            .error(
                "unterminated string", at: SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + 1)),
                suggestion: "close it with \(close)"))
        return nil
    }

    private mutating func lexNumberOrDate(start: SourceLocation, startIndex: Int) -> Token {
        while let d = peek(), d.isASCII, d.isNumber { _ = advance() }
        // A date literal: 4 digits, '-', digits, '-', digits.
        if i - startIndex == 4, peek() == "-", let d1 = peek(1), d1.isASCII, d1.isNumber {
            var j = i + 1
            while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
            if j < chars.count, chars[j] == "-", j + 1 < chars.count, chars[j + 1].isASCII, chars[j + 1].isNumber {
                while i < j + 1 { _ = advance() }
                while let d = peek(), d.isASCII, d.isNumber { _ = advance() }
                let text = String(chars[startIndex..<i])
                let range = SourceRange(start: start, end: here)
                if let day = Day(iso: text) { return Token(.date(day), range, text) }
                diagnostics.append(.error("bad date '\(text)'", at: range, suggestion: "dates are written YYYY-MM-DD, e.g. 2024-03-01"))
                return Token(.date(Day(ordinal: 0)), range, text)
            }
        }
        if peek() == ".", let d = peek(1), d.isASCII, d.isNumber {
            _ = advance()
            while let d = peek(), d.isASCII, d.isNumber { _ = advance() }
        }
        let text = String(chars[startIndex..<i])
        return Token(.number(Double(text) ?? 0), SourceRange(start: start, end: here), text)
    }
}
