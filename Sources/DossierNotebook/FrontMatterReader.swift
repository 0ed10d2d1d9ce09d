import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// Reads the YAML front matter subset a notebook uses: `key: value` lines between `---` lines,
/// values plain, 'single-quoted' or "double-quoted", `#` comments.
enum FrontMatterReader {
    struct Result {
        var notebook: Notebook
        /// Index of the first body line.
        var bodyStart: Int
    }

    static func read(_ lines: [String], fail: (Int, String) -> NotebookError) throws(NotebookError) -> Result {
        guard let first = lines.first, Notebook.trimTrailingBlanks(first) == "---" else {
            throw fail(1, "missing front matter: a notebook starts with a line '---', then 'dossier: 1'")
        }
        var end = 1
        while end < lines.count {
            let t = Notebook.trimTrailingBlanks(lines[end])
            if t == "---" || t == "..." { break }
            end += 1
        }
        guard end < lines.count else {
            throw fail(1, "front matter is not closed: expected a line '---' after the fields")
        }
        var version: Int?
        var notebook = Notebook()
        var seen: Set<String> = []
        for index in 1..<end {
            let lineNumber = index + 1
            let line = lines[index]
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":"),
                line[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
                !line[..<colon].isEmpty
            else {
                throw fail(lineNumber, "expected 'key: value' in the front matter, found '\(line)'")
            }
            let key = String(line[..<colon])
            let afterColon = line[line.index(after: colon)...]
            if let c = afterColon.first, c != " " && c != "\t" {
                throw fail(lineNumber, "expected a space after '\(key):' in the front matter")
            }
            guard seen.insert(key).inserted else {
                throw fail(lineNumber, "'\(key)' appears twice in the front matter")
            }
            let value: String
            do throws(ScalarError) {
                value = try scalar(afterColon)
            } catch {
                throw fail(lineNumber, "\(error.text) in the value of '\(key)'")
            }
            switch key {
            case "dossier":
                guard let v = Int(value) else {
                    throw fail(lineNumber, "'dossier:' must be a format version number, found '\(value)'")
                }
                guard v == Notebook.formatVersion else {
                    throw fail(lineNumber, "unsupported notebook format version \(v): this Dossier reads version \(Notebook.formatVersion)")
                }
                version = v
            case "title":
                notebook.title = value
            case "corpus":
                notebook.corpus = value.isEmpty ? nil : value
            case "fingerprint":
                if value.isEmpty {
                    notebook.fingerprint = nil
                } else if isFingerprint(value) {
                    notebook.fingerprint = value
                } else {
                    throw fail(lineNumber, "malformed fingerprint '\(value)': expected 'sha256:' followed by hex digits")
                }
            default:
                // Kept as written, less the blanks around it (the writer writes it without them).
                let raw = Notebook.trimTrailingBlanks(String(afterColon.drop { $0 == " " || $0 == "\t" }))
                notebook.otherFields.append(FrontMatterField(key: key, rawValue: raw))
            }
        }
        guard version != nil else {
            throw fail(1, "the front matter has no 'dossier: 1' line giving the format version")
        }
        return Result(notebook: notebook, bodyStart: end + 1)
    }

    static func isFingerprint(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":") else { return false }
        let algorithm = value[..<colon], digest = value[value.index(after: colon)...]
        return !algorithm.isEmpty && algorithm.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
            && !digest.isEmpty && digest.allSatisfy { $0.isHexDigit }
    }

    struct ScalarError: Error { var text: String }

    /// The value of a scalar: plain (a ` #` starts a comment), single- or double-quoted. Quoted
    /// text is read by Unicode scalars, not characters: a combining mark after an escape or a
    /// quote (which the writer may emit) must not merge with it.
    static func scalar(_ raw: Substring) throws(ScalarError) -> String {
        let s = raw.drop { $0 == " " || $0 == "\t" }
        let u = Array(s.unicodeScalars)
        guard let q = u.first, q == "\"" || q == "'" else {
            var value = s
            if let hash = value.range(of: " #") ?? value.range(of: "\t#") { value = value[..<hash.lowerBound] }
            if value.hasPrefix("#") { value = "" }
            while let last = value.last, last == " " || last == "\t" { value = value.dropLast() }
            return String(value)
        }
        var out = String.UnicodeScalarView()
        var i = 1
        while i < u.count {
            let c = u[i]
            if c == q {
                if q == "'", i + 1 < u.count, u[i + 1] == "'" {
                    out.append("'")
                    i += 2
                    continue
                }
                let rest = u[(i + 1)...].drop { $0 == " " || $0 == "\t" }
                guard rest.isEmpty || rest.first == "#" else { throw ScalarError(text: "unexpected text after the closing quote") }
                return String(out)
            }
            guard q == "\"", c == "\\" else {
                out.append(c)
                i += 1
                continue
            }
            guard i + 1 < u.count else { break }
            let e = u[i + 1]
            i += 2
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "\\", "\"", "/": out.append(e)
            case "u":
                guard i + 4 <= u.count, u[i..<(i + 4)].allSatisfy(\.properties.isASCIIHexDigit), let v = UInt32(String(String.UnicodeScalarView(u[i..<(i + 4)])), radix: 16),
                    let scalar = Unicode.Scalar(v)
                else { throw ScalarError(text: "bad \\u escape") }
                out.append(scalar)
                i += 4
            default: throw ScalarError(text: "unknown escape '\\\(Character(e))'")
            }
        }
        throw ScalarError(text: "unterminated quoted string")
    }
}
