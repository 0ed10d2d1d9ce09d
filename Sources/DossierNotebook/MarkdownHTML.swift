import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// A small, safe Markdown-to-HTML converter for notebook prose: ATX headings, paragraphs, hard
/// breaks, emphasis and strong emphasis, code spans, links (http, https, mailto and relative only),
/// bullet and numbered lists, block quotes, fenced and indented code, rules. Raw HTML is not
/// passed through: every character of the input is escaped.
public enum MarkdownHTML {
    /// HTML for a Markdown document, each block on its own line(s), ending with a newline when
    /// not empty.
    public static func render(_ markdown: String) -> String {
        renderBlocks(Notebook.splitLines(markdown))
    }

    /// Escapes `& < > " '` for text and attribute values.
    public static func escape(_ text: String) -> String { MarkupEscape.escape(text) }

    // MARK: - Blocks

    static func renderBlocks(_ lines: [String]) -> String {
        var out = ""
        var paragraph: [String] = []
        var i = 0
        func flush() {
            guard !paragraph.isEmpty else { return }
            var html = ""
            for (k, line) in paragraph.enumerated() {
                var text = Substring(line.drop { $0 == " " })
                let last = k == paragraph.count - 1
                var hardBreak = false
                if !last, text.hasSuffix("  ") { hardBreak = true }
                if !last, text.hasSuffix("\\") { hardBreak = true; text = text.dropLast() }
                while let e = text.last, e == " " || e == "\t" { text = text.dropLast() }
                html += inline(String(text)) + (last ? "" : hardBreak ? "<br>\n" : "\n")
            }
            out += "<p>\(html)</p>\n"
            paragraph.removeAll()
        }
        while i < lines.count {
            let line = lines[i]
            if Notebook.isBlank(line) {
                flush()
                i += 1
                continue
            }
            if let fence = Fence(opening: line) {
                flush()
                var j = i + 1
                while j < lines.count, !fence.isClosed(by: lines[j]) { j += 1 }
                let code = fence.content(lines[(i + 1)..<min(j, lines.count)])
                let language = fence.language.isEmpty ? "" : " class=\"language-\(escape(String(fence.language)))\""
                out += "<pre><code\(language)>\(escape(code.isEmpty ? "" : code + "\n"))</code></pre>\n"
                i = j + 1
                continue
            }
            let indent = line.prefix { $0 == " " }.count
            if indent >= 4, paragraph.isEmpty {
                var code: [String] = []
                var j = i
                while j < lines.count, lines[j].hasPrefix("    ") || Notebook.isBlank(lines[j]) {
                    code.append(String(lines[j].dropFirst(min(4, lines[j].prefix { $0 == " " }.count))))
                    j += 1
                }
                while let last = code.last, Notebook.isBlank(last) { code.removeLast() }
                out += "<pre><code>\(escape(code.joined(separator: "\n") + "\n"))</code></pre>\n"
                i = j
                continue
            }
            let body = Substring(line.dropFirst(min(indent, 3)))
            if indent <= 3, let (level, text) = heading(body) {
                flush()
                out += "<h\(level)>\(inline(text))</h\(level)>\n"
                i += 1
                continue
            }
            if indent <= 3, isRule(body) {
                flush()
                out += "<hr>\n"
                i += 1
                continue
            }
            if indent <= 3, body.hasPrefix(">") {
                flush()
                var quoted: [String] = []
                var j = i
                while j < lines.count {
                    let l = lines[j].drop { $0 == " " }
                    guard l.hasPrefix(">") else { break }
                    var rest = l.dropFirst()
                    if rest.first == " " { rest = rest.dropFirst() }
                    quoted.append(String(rest))
                    j += 1
                }
                out += "<blockquote>\n\(renderBlocks(quoted))</blockquote>\n"
                i = j
                continue
            }
            if indent <= 3, let first = listItem(body) {
                flush()
                let ordered = first.ordered
                var items: [[String]] = []
                var j = i
                while j < lines.count {
                    let l = lines[j]
                    let lIndent = l.prefix { $0 == " " }.count
                    if lIndent <= 3, let item = listItem(Substring(l.dropFirst(lIndent))), item.ordered == ordered {
                        items.append([item.text])
                    } else if !Notebook.isBlank(l), !items.isEmpty, lIndent >= 2 || !startsBlock(l) {
                        items[items.count - 1].append(String(l.drop { $0 == " " }))
                    } else {
                        break
                    }
                    j += 1
                }
                let tag = ordered ? "ol" : "ul"
                let start = ordered && first.number != 1 ? " start=\"\(first.number)\"" : ""
                out += "<\(tag)\(start)>\n"
                for item in items {
                    out += "<li>" + item.map { inline($0) }.joined(separator: "\n") + "</li>\n"
                }
                out += "</\(tag)>\n"
                i = j
                continue
            }
            paragraph.append(line)
            i += 1
        }
        flush()
        return out
    }

    static func startsBlock(_ line: String) -> Bool {
        let body = Substring(line.drop { $0 == " " })
        return heading(body) != nil || isRule(body) || body.hasPrefix(">") || listItem(body) != nil || Fence(opening: line) != nil
    }

    static func heading(_ line: Substring) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.drop { $0 == " " || $0 == "\t" }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        // A closing run of #s preceded by a space is not part of the heading.
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0 {
            let before = text.dropLast(closing)
            if before.isEmpty || before.last == " " {
                text = before
                while let last = text.last, last == " " { text = text.dropLast() }
            }
        }
        return (hashes, String(text))
    }

    static func isRule(_ line: Substring) -> Bool {
        let chars = line.filter { $0 != " " && $0 != "\t" }
        guard chars.count >= 3, let c = chars.first, c == "-" || c == "*" || c == "_" else { return false }
        return chars.allSatisfy { $0 == c }
    }

    static func listItem(_ line: Substring) -> (ordered: Bool, number: Int, text: String)? {
        if let c = line.first, c == "-" || c == "*" || c == "+" {
            let rest = line.dropFirst()
            guard rest.first == " " || rest.first == "\t" else { return nil }
            return (false, 0, String(rest.drop { $0 == " " || $0 == "\t" }))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count), let number = Int(digits) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let d = rest.first, d == "." || d == ")" else { return nil }
        let after = rest.dropFirst()
        guard after.first == " " || after.first == "\t" else { return nil }
        return (true, number, String(after.drop { $0 == " " || $0 == "\t" }))
    }

    // MARK: - Inlines

    static let punctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

    /// Inline Markdown to HTML; all text escaped.
    static func inline(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, punctuation.contains(chars[i + 1]) {
                out += escape(String(chars[i + 1]))
                i += 2
                continue
            }
            if c == "`" {
                var run = 0
                while i + run < chars.count, chars[i + run] == "`" { run += 1 }
                if let close = findRun(of: "`", length: run, in: chars, from: i + run) {
                    var code = String(chars[(i + run)..<close]).replacingOccurrences(of: "\n", with: " ")
                    if code.count >= 2, code.hasPrefix(" "), code.hasSuffix(" "), code.contains(where: { $0 != " " }) {
                        code = String(code.dropFirst().dropLast())
                    }
                    out += "<code>\(escape(code))</code>"
                    i = close + run
                } else {
                    out += String(repeating: "`", count: run)
                    i += run
                }
                continue
            }
            if c == "<", let close = chars[(i + 1)...].firstIndex(of: ">") {
                let target = String(chars[(i + 1)..<close])
                if !target.contains(" "), target.hasPrefix("http://") || target.hasPrefix("https://") || target.hasPrefix("mailto:") {
                    out += "<a href=\"\(escape(target))\">\(escape(target))</a>"
                    i = close + 1
                    continue
                }
            }
            if c == "[", let link = parseLink(chars, at: i) {
                if let href = safeURL(link.url) {
                    let title = link.title.map { " title=\"\(escape($0))\"" } ?? ""
                    out += "<a href=\"\(escape(href))\"\(title)>\(inline(link.text))</a>"
                } else {
                    out += inline(link.text)
                }
                i = link.end
                continue
            }
            if c == "*" || c == "_" {
                var run = 0
                while i + run < chars.count, chars[i + run] == c { run += 1 }
                let previous: Character? = i > 0 ? chars[i - 1] : nil
                let next: Character? = i + run < chars.count ? chars[i + run] : nil
                let canOpen = next.map { !$0.isWhitespace } ?? false
                    && !(c == "_" && (previous.map { $0.isLetter || $0.isNumber } ?? false))
                if canOpen {
                    let length = min(run, 2)
                    if let close = findEmphasisClose(c, length: length, in: chars, from: i + length) {
                        let tag = length == 2 ? "strong" : "em"
                        out += String(repeating: String(c), count: run - length)
                        let startInner = i + run
                        out += "<\(tag)>\(inline(String(chars[startInner..<close])))</\(tag)>"
                        i = close + length
                        continue
                    }
                }
                out += escape(String(repeating: String(c), count: run))
                i += run
                continue
            }
            out += escape(String(c))
            i += 1
        }
        return out
    }

    /// The index of the next run of exactly `length` copies of `c` at or after `from`.
    static func findRun(of c: Character, length: Int, in chars: [Character], from: Int) -> Int? {
        var j = from
        while j < chars.count {
            if chars[j] == c {
                var run = 0
                while j + run < chars.count, chars[j + run] == c { run += 1 }
                if run == length { return j }
                j += run
            } else {
                j += 1
            }
        }
        return nil
    }

    /// A closing emphasis delimiter: `length` copies of `c`, not preceded by whitespace; for `_`
    /// not followed by a letter or digit.
    static func findEmphasisClose(_ c: Character, length: Int, in chars: [Character], from: Int) -> Int? {
        var j = from
        while j + length <= chars.count {
            if chars[j] == "`", let close = findRun(of: "`", length: 1, in: chars, from: j + 1) {
                j = close + 1
                continue
            }
            if chars[j] == c {
                var run = 0
                while j + run < chars.count, chars[j + run] == c { run += 1 }
                let before = chars[j - 1]
                let after: Character? = j + run < chars.count ? chars[j + run] : nil
                if run >= length, j > from, !before.isWhitespace,
                    !(c == "_" && (after.map { $0.isLetter || $0.isNumber } ?? false))
                {
                    return j + run - length
                }
                j += run
                continue
            }
            j += 1
        }
        return nil
    }

    struct Link {
        var text: String
        var url: String
        var title: String?
        var end: Int
    }

    /// `[text](url "title")` starting at `start`.
    static func parseLink(_ chars: [Character], at start: Int) -> Link? {
        var depth = 0
        var j = start
        var closeBracket: Int?
        while j < chars.count {
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == "[" { depth += 1 }
            if chars[j] == "]" {
                depth -= 1
                if depth == 0 { closeBracket = j; break }
            }
            j += 1
        }
        guard let cb = closeBracket, cb + 1 < chars.count, chars[cb + 1] == "(" else { return nil }
        // The closing parenthesis, allowing balanced ones inside the destination.
        var parens = 0
        var k = cb + 2
        var closeParen: Int?
        while k < chars.count {
            if chars[k] == "\\" { k += 2; continue }
            if chars[k] == "(" { parens += 1 }
            if chars[k] == ")" {
                if parens == 0 { closeParen = k; break }
                parens -= 1
            }
            k += 1
        }
        guard let cp = closeParen else { return nil }
        let inside = trim(String(chars[(cb + 2)..<cp]))
        var url = inside, title: String?
        if let space = inside.firstIndex(of: " ") {
            url = String(inside[..<space])
            let rest = trim(String(inside[inside.index(after: space)...]))
            if rest.count >= 2, rest.first == "\"", rest.last == "\"" {
                title = String(rest.dropFirst().dropLast())
            } else {
                return nil
            }
        }
        if url.hasPrefix("<"), url.hasSuffix(">") { url = String(url.dropFirst().dropLast()) }
        return Link(text: String(chars[(start + 1)..<cb]), url: url, title: title, end: cp + 1)
    }

    /// The URL when it is http(s), mailto, or relative (no scheme); `nil` for `javascript:` etc.
    static func safeURL(_ url: String) -> String? {
        let lower = url.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return url }
        if let colon = url.firstIndex(of: ":") {
            let scheme = url[..<colon]
            // A colon after a path separator is not a scheme.
            if !scheme.contains("/"), !scheme.contains("?"), !scheme.contains("#") { return nil }
        }
        return url
    }

    static func trim(_ text: String) -> String {
        var s = Substring(text)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
