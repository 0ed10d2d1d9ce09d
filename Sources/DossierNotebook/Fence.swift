import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// A fenced code block opening line (CommonMark: up to 3 spaces, 3+ backticks or tildes, info).
struct Fence {
    var indent: Int
    var character: UInt8
    var length: Int
    var info: Substring
    var language: Substring { info.prefix { $0 != " " && $0 != "\t" } }

    init?(opening line: String) {
        let bytes = Array(line.utf8)
        var k = 0
        while k < bytes.count, k < 4, bytes[k] == 32 { k += 1 }
        guard k <= 3, k < bytes.count, bytes[k] == UInt8(ascii: "`") || bytes[k] == UInt8(ascii: "~") else { return nil }
        let c = bytes[k]
        var n = k
        while n < bytes.count, bytes[n] == c { n += 1 }
        guard n - k >= 3 else { return nil }
        let rest = bytes[n...]
        if c == UInt8(ascii: "`"), rest.contains(c) { return nil }
        indent = k
        character = c
        length = n - k
        let infoText = String(decoding: rest, as: UTF8.self)
        info = Substring(infoText).drop { $0 == " " || $0 == "\t" }
        while let last = info.last, last == " " || last == "\t" { info = info.dropLast() }
    }

    func isClosed(by line: String) -> Bool {
        let bytes = line.utf8
        var it = bytes.makeIterator()
        var spaces = 0
        var count = 0
        var trailing = false
        while let b = it.next() {
            if trailing {
                if b != 32 && b != 9 { return false }
            } else if count == 0 && b == 32 {
                spaces += 1
                if spaces > 3 { return false }
            } else if b == character {
                count += 1
            } else if b == 32 || b == 9 {
                trailing = true
            } else {
                return false
            }
        }
        return count >= length
    }

    /// The content lines, with up to `indent` leading spaces removed from each, joined by LF.
    func content(_ lines: ArraySlice<String>) -> String {
        guard indent > 0 else { return lines.joined(separator: "\n") }
        return lines.map { line in
            var s = Substring(line)
            var n = 0
            while n < indent, s.first == " " { s = s.dropFirst(); n += 1 }
            return String(s)
        }.joined(separator: "\n")
    }
}
