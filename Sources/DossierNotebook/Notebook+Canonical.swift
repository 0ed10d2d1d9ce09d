import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

extension Notebook {
    /// The canonical form of a cell source or output as stored in a notebook: LF line breaks,
    /// no trailing spaces or tabs on any line, no trailing blank lines. Replay compares outputs in
    /// this form, so an editor that strips trailing whitespace does not make a notebook drift.
    public static func canonicalText(_ text: String) -> String {
        var lines = splitLines(text)
        for i in lines.indices { lines[i] = trimTrailingBlanks(lines[i]) }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Prose without leading or trailing blank lines, LF line breaks, trailing blanks kept (a
    /// Markdown hard break is two trailing spaces).
    static func canonicalProse(_ text: String) -> String {
        var lines = splitLines(text)
        while let last = lines.last, isBlank(last) { lines.removeLast() }
        var start = 0
        while start < lines.count, isBlank(lines[start]) { start += 1 }
        return lines[start...].joined(separator: "\n")
    }

    /// Splits on LF, CRLF or a lone CR.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current: [UInt8] = []
        var previousCR = false
        for byte in text.utf8 {
            if byte == 10 {
                if previousCR { previousCR = false; continue }
                lines.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            } else if byte == 13 {
                lines.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                previousCR = true
                continue
            } else {
                current.append(byte)
            }
            previousCR = false
        }
        lines.append(String(decoding: current, as: UTF8.self))
        return lines
    }

    static func trimTrailingBlanks(_ line: String) -> String {
        var utf8 = Substring(line).utf8
        while let last = utf8.last, last == 32 || last == 9 { utf8 = utf8.dropLast() }
        return String(Substring(utf8))
    }

    static func isBlank(_ line: String) -> Bool {
        line.utf8.allSatisfy { $0 == 32 || $0 == 9 }
    }
}
