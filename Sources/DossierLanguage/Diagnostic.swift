import DossierModel
import DossierExtraction

/// A problem found in user input, with where it is and what might fix it.
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Sendable { case error, warning, note }
    public var severity: Severity
    public var message: String
    public var range: SourceRange
    public var suggestion: String?

    public init(_ severity: Severity = .error, _ message: String, at range: SourceRange, suggestion: String? = nil) {
        self.severity = severity
        self.message = message
        self.range = range
        self.suggestion = suggestion
    }

    public static func error(_ message: String, at range: SourceRange, suggestion: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: range, suggestion: suggestion)
    }
}

/// Source text with a name (`<input>`, a notebook path), used to render diagnostics.
public struct Source: Sendable, Hashable {
    public var name: String
    public var text: String
    /// Line offset: the source's line 1 is line `firstLine` of the named file.
    public var firstLine: Int
    public init(name: String = "<input>", text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
    }

    public func line(_ n: Int) -> String {
        var current = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == n { return String(line) }
            current += 1
        }
        return ""
    }

    /// Every line, split once, for rendering many diagnostics against one source in linear time.
    public var lines: [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }
}

extension Diagnostic {
    /// `name:line:col: error: message`, the source line, a caret under the span, and a suggestion.
    public func rendered(in source: Source) -> String {
        rendered(in: source, lineText: Substring(source.line(range.start.line)))
    }

    /// Like `rendered(in:)` with the source line already at hand. A long line is shown as a
    /// window of at most `Diagnostic.echoWidth` characters around the caret.
    public func rendered(in source: Source, lineText: Substring) -> String {
        let line = range.start.line + source.firstLine - 1
        // A message quotes what was written (a name, a pattern): never all of a megabyte of it.
        let text = message.count > 4 * Diagnostic.echoWidth ? message.prefix(4 * Diagnostic.echoWidth) + "…" : message
        var out = "\(source.name):\(line):\(range.start.column): \(severity.rawValue): \(text)\n"
        let chars = Array(lineText.prefix(range.start.column + Diagnostic.echoWidth))
        var from = 0
        var column = range.start.column - 1
        if chars.count > Diagnostic.echoWidth, column > Diagnostic.echoWidth / 2 {
            from = min(column - Diagnostic.echoWidth / 2, chars.count - Diagnostic.echoWidth)
            column -= from
        }
        let to = min(chars.count, from + Diagnostic.echoWidth)
        let shown = from < to ? String(chars[from..<to]) : ""
        let lead = from > 0 ? "…" : ""
        let tail = to < chars.count || !lineText.dropFirst(chars.count).isEmpty ? "…" : ""
        out += "  " + lead + shown + tail + "\n"
        let pad = String(repeating: " ", count: max(0, column + (from > 0 ? 1 : 0)))
        let available = max(1, shown.count - column)
        let span = max(1, min(range.length, available))
        out += "  " + pad + "^" + String(repeating: "~", count: span - 1) + "\n"
        if let suggestion { out += "  " + suggestion + "\n" }
        return out
    }

    /// The most characters of a source line a diagnostic echoes.
    public static let echoWidth = 120
}

/// Edit distance for "did you mean" suggestions.
public enum NearestName {
    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions), case-insensitive.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// The closest candidate within a distance that scales with the name's length, ties by name.
    public static func suggest(_ name: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(1, min(3, name.count / 3 + 1))
        let length = name.count
        var best: (Int, String)?
        for c in candidates {
            // The distance is at least the difference in length: skip the table for those (a
            // megabyte-long name must not cost a megabyte-wide table per candidate).
            guard abs(c.count - length) <= limit else { continue }
            let d = distance(name, c)
            guard d <= limit else { continue }
            if let b = best, (b.0, b.1) <= (d, c) { continue }
            best = (d, c)
        }
        return best?.1
    }
}
