import DossierModel
import DossierLanguage
import Foundation
import Ink

/// Notebook prose as HTML: Markdown through Ink (tables, nested lists, code, links), then a whitelist
/// pass, since a shared notebook is untrusted: tags Ink does not make (raw `<script>`, `<b onclick>`)
/// are shown as text, attributes other than a safe href, src, alt, title, start or class are dropped,
/// and links other than http(s), mailto, `#…` or relative paths lose their href.
public enum ProseHTML {
    public static func render(_ markdown: String) -> String {
        guard !markdown.isEmpty else { return "" }
        let html = MarkdownParser().html(from: prepared(markdown))
        let clean = sanitize(html)
        return clean.isEmpty ? "" : clean + "\n"
    }

    /// The Markdown as Ink is given it: CR-LF as LF, then each line in one pass, in this order,
    /// trimmed (`trimmed`), its `<<`/`[[` runs escaped (`escapeBracketRuns`), its quote nesting capped
    /// (`capQuoteNesting`), list lines indented (`indentList`) and intraword underscores escaped
    /// (`escapeIntrawordUnderscores`). Fences (```` ``` ````) are tracked once for the last two.
    static func prepared(_ markdown: String) -> String {
        var out = ""
        out.reserveCapacity(markdown.utf8.count)
        var fenced = false
        var inList = false
        for (n, raw) in markdown.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        {
            if n > 0 { out += "\n" }
            var line = capQuoteNesting(escapeBracketRuns(trimmed(raw)))
            if line.drop(while: { $0 == " " }).hasPrefix("```") { fenced.toggle() }
            line = indentList(line, fenced: fenced, inList: &inList)
            out += fenced ? line : escapeIntrawordUnderscores(line)
        }
        return out
    }

    /// A line without trailing spaces or tabs (or CRs): Ink 0.6 traps on a list whose text ends in
    /// whitespace (it reads past the end), and trailing spaces carry no meaning for it.
    static func trimmed(_ line: Substring) -> Substring {
        var l = line
        while let last = l.last, last == " " || last == "\t" || last == "\r" { l.removeLast() }
        return l
    }

    /// A `<` or `[` followed by another of its kind opens no tag or link Ink can finish, but Ink
    /// tries one at each (quadratic time for 100,000 `<`; a stack overflow for 30,000 `[`): such a
    /// character is written escaped instead, and shows as itself.
    static func escapeBracketRuns(_ line: Substring) -> Substring {
        guard line.contains("<<") || line.contains("[[") else { return line }
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var previous: Character?
        for c in line {
            if let p = previous, p == "<" || p == "[" { out += c == p ? "\\" + String(p) : String(p) }
            if c != "<" && c != "[" { out.append(c) }
            previous = c
        }
        if let p = previous, p == "<" || p == "[" { out.append(p) }
        return Substring(out)
    }

    /// Block quotes nest at most this deep; deeper `>` markers are kept as text.
    public static let maxQuoteNesting = 8

    /// A hostile notebook's `>>>>…` (100,000 deep) must not nest without bound: past
    /// `maxQuoteNesting` markers, the rest of a line's `>` markers are escaped, so Ink shows them as text.
    static func capQuoteNesting(_ line: Substring) -> Substring {
        var depth = 0
        var i = line.startIndex
        while i < line.endIndex, line[i] == ">" || (line[i] == " " && depth > 0) {
            if line[i] == ">" { depth += 1 }
            if depth > maxQuoteNesting { break }
            i = line.index(after: i)
        }
        guard depth > maxQuoteNesting else { return line }
        return line[..<i] + Substring(line[i...].replacingOccurrences(of: ">", with: "\\>"))
    }

    /// Ink reads a nested list correctly only when the outer list is itself indented (it loses the
    /// indentation of an item that follows a nested one): list lines get one more leading space.
    /// `inList` carries over from line to line (a blank line ends the list).
    static func indentList(_ line: Substring, fenced: Bool, inList: inout Bool) -> Substring {
        if !fenced, isListItem(line.drop { $0 == " " }) {
            inList = true
            return " " + line
        } else if line.isEmpty {
            inList = false
        } else if inList, !fenced, line.first == " " {
            return " " + line
        }
        return line
    }

    /// `snake_case_name` stays literal (Ink would read `_case_` as emphasis): an underscore between
    /// letters or digits, outside code spans, gets a backslash (the caller skips fenced lines).
    static func escapeIntrawordUnderscores(_ line: Substring) -> Substring {
        guard line.contains("_") else { return line }
        var out = ""
        let chars = Array(line)
        var inCode = false
        for (i, ch) in chars.enumerated() {
            if ch == "`" { inCode.toggle() }
            if ch == "_", !inCode, i > 0, i + 1 < chars.count, chars[i - 1].isLetter || chars[i - 1].isNumber,
                chars[i + 1].isLetter || chars[i + 1].isNumber
            {
                out += "\\_"
            } else {
                out.append(ch)
            }
        }
        return Substring(out)
    }

    static func isListItem(_ s: Substring) -> Bool {
        if s.hasPrefix("- ") || s.hasPrefix("* ") || s.hasPrefix("+ ") { return true }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        let rest = s.dropFirst(digits.count)
        return !digits.isEmpty && digits.count <= 9 && (rest.hasPrefix(". ") || rest.hasPrefix(") "))
    }

    static let allowedTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "code", "pre", "ul", "ol", "li", "blockquote",
        "hr", "br", "a", "img", "table", "thead", "tbody", "tr", "th", "td",
    ]
    static let allowedAttributes: Set<String> = ["href", "src", "alt", "title", "start", "class"]

    /// Keeps whitelisted tags (with their safe attributes); escapes every other `<`.
    /// A link whose href is unsafe loses its tags and keeps its text.
    static func sanitize(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        var droppedLinks = 0
        var knownClose: Substring.Index?  // the first `>` after the last `<` seen: reused, so `<<<…>` is linear
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            if knownClose.map({ $0 <= open }) ?? true { knownClose = rest[open...].firstIndex(of: ">") }
            guard let close = knownClose else {
                // No `>` follows: every `<` left is text (one pass, not one scan per `<`).
                return out + rest.replacingOccurrences(of: "<", with: "&lt;")
            }
            guard let tag = cleanTag(rest[rest.index(after: open)..<close]) else {
                out += "&lt;"
                rest = rest[rest.index(after: open)...]
                continue
            }
            rest = rest[rest.index(after: close)...]
            if tag == "<a>" {
                droppedLinks += 1
            } else if tag == "</a>", droppedLinks > 0 {
                droppedLinks -= 1
            } else {
                out += tag
            }
        }
        return out + rest
    }

    /// `<name attr="v">` rebuilt from the inside of a tag, nil when the tag is not allowed.
    static func cleanTag(_ inside: Substring) -> String? {
        var s = inside
        let closing = s.hasPrefix("/")
        if closing { s = s.dropFirst() }
        let selfClosing = s.hasSuffix("/")
        if selfClosing { s = s.dropLast() }
        let name = s.prefix { $0.isLetter || $0.isNumber }.lowercased()
        guard allowedTags.contains(name) else { return nil }
        if closing { return "</\(name)>" }
        var tag = "<" + name
        for (key, value) in attributes(s.dropFirst(name.count)) where allowedAttributes.contains(key) {
            if key == "href" || key == "src", !safeURL(value, image: key == "src") { continue }
            tag += " \(key)=\"\(MarkupEscape.escape(unescape(value)))\""
        }
        return tag + (selfClosing ? "/>" : ">")
    }

    /// `key="value"` pairs (double-quoted, as Ink writes them).
    static func attributes(_ s: Substring) -> [(String, String)] {
        var out: [(String, String)] = []
        var rest = s
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            let after = rest[rest.index(after: eq)...]
            guard after.first == "\"", let end = after.dropFirst().firstIndex(of: "\"") else { break }
            out.append((key, String(after[after.index(after: after.startIndex)..<end])))
            rest = after[after.index(after: end)...]
        }
        return out
    }

    /// Ink leaves `&` in URLs as written; entities already there are kept once.
    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
    }

    static func safeURL(_ url: String, image: Bool) -> Bool {
        let lower = url.lowercased().trimmingCharacters(in: .whitespaces)
        if image { return lower.hasPrefix("data:image/") }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") || lower.hasPrefix("#") { return true }
        guard let colon = lower.firstIndex(of: ":") else { return true }  // relative
        return lower[..<colon].contains("/")  // a colon after a slash is part of a path
    }
}
