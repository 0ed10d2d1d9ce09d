import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// Writes the notebook format: deterministic, LF line breaks, one blank line between blocks, fences
/// long enough for any content. `NotebookReader.parse(render(nb)) == nb` for every notebook.
public enum NotebookWriter {
    public static func render(_ nb: Notebook) -> String {
        var out = "---\n"
        out += "dossier: \(Notebook.formatVersion)\n"
        out += "title: \(yamlScalar(nb.title))\n"
        if let corpus = nb.corpus { out += "corpus: \(yamlScalar(corpus))\n" }
        if let fingerprint = nb.fingerprint { out += "fingerprint: \(yamlScalar(fingerprint))\n" }
        for field in nb.otherFields {
            let raw = Notebook.trimTrailingBlanks(field.rawValue.replacingOccurrences(of: "\n", with: " "))
            // A tab, not a space, before a value that starts with a combining mark: a space would
            // join it into one character and the line would no longer read as "key: value".
            let separator = (" " + raw).first == " " ? " " : "\t"
            out += raw.isEmpty ? "\(field.key):\n" : "\(field.key):\(separator)\(raw)\n"
        }
        out += "---\n"
        for block in nb.blocks {
            out += "\n"
            switch block {
            case .prose(let text):
                out += text + "\n"
            case .cell(let source, let output):
                out += fenced(source, info: "dossier")
                if let output {
                    out += "\n"
                    out += fenced(output, info: "output")
                }
            }
        }
        return out
    }

    /// A fenced block with a backtick fence one longer than the longest backtick run in `content`.
    static func fenced(_ content: String, info: String) -> String {
        let fence = String(repeating: "`", count: fenceLength(for: content))
        return content.isEmpty ? "\(fence)\(info)\n\(fence)\n" : "\(fence)\(info)\n\(content)\n\(fence)\n"
    }

    /// At least 3, and longer than any run of backticks in the content, so no line can close it.
    static func fenceLength(for content: String) -> Int {
        var longest = 0, run = 0
        for b in content.utf8 {
            if b == UInt8(ascii: "`") {
                run += 1
                longest = max(longest, run)
            } else {
                run = 0
            }
        }
        return max(3, longest + 1)
    }

    /// A front matter value: plain when it reads back unchanged, double-quoted otherwise.
    static func yamlScalar(_ value: String) -> String {
        if isPlainSafe(value) { return value }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func isPlainSafe(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        if " \t".unicodeScalars.contains(first) || " \t".unicodeScalars.contains(last) { return false }
        // A value whose first scalar joins the space before it into one character (a combining mark,
        // a joiner) would not read back after "key: ": it is quoted, where the reader goes by scalars.
        if (" " + value).first != " " { return false }
        if "\"'#&*!|>%@`[]{},?:-".unicodeScalars.contains(first) { return false }
        if value.contains(": ") || value.contains(" #") || value.contains("\t#") || value.hasSuffix(":") { return false }
        return !value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }
}
