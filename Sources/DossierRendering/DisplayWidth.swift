import DossierModel
import DossierExtraction
import DossierLanguage

/// Terminal display width of text: one column per character, two for East Asian wide characters and
/// most emoji. Cutting and wrapping helpers keep whole characters (grapheme clusters).
public enum DisplayWidth {
    /// The number of terminal columns `text` occupies.
    public static func of(_ text: some StringProtocol) -> Int {
        if isASCII(text) { return text.utf8.count }
        var w = 0
        for ch in text { w += of(ch) }
        return w
    }

    /// The columns one character occupies (0, 1 or 2).
    public static func of(_ ch: Character) -> Int {
        guard let first = ch.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x300 { return v < 0x20 || v == 0x7F ? 0 : 1 }
        if isWide(v) { return 2 }
        // A lone zero-width scalar (joiners, marks without a base).
        if ch.unicodeScalars.count == 1, isZeroWidth(v) { return 0 }
        // Emoji presentation sequences (e.g. a text symbol followed by VS16) are drawn wide.
        if ch.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return 1
    }

    static func isASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    static func isZeroWidth(_ v: UInt32) -> Bool {
        (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || v == 0x2060 || v == 0xFEFF
            || (0xFE00...0xFE0F).contains(v)
    }

    /// East Asian Wide and Fullwidth ranges, and the emoji blocks terminals draw two columns wide.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
            0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
            0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
            0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
            0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
            0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
            0x1F004, 0x1F0CF, 0x1F18E, 0x1F1E6...0x1F1FF, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F,
            0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` cut to at most `width` columns, ending with `…` when something was cut.
    public static func truncateEnd(_ text: String, to width: Int) -> String {
        if width <= 0 { return "" }
        if of(text) <= width { return text }
        if width == 1 { return "…" }
        var out = ""
        var w = 0
        for ch in text {
            let cw = of(ch)
            if w + cw > width - 1 { break }
            out.append(ch)
            w += cw
        }
        return trimmedEnd(out) + "…"
    }

    /// `text` cut at its start to at most `width` columns, beginning with `…` when something was cut.
    public static func truncateStart(_ text: String, to width: Int) -> String {
        if width <= 0 { return "" }
        if of(text) <= width { return text }
        if width == 1 { return "…" }
        var kept: [Character] = []
        var w = 0
        for ch in text.reversed() {
            let cw = of(ch)
            if w + cw > width - 1 { break }
            kept.append(ch)
            w += cw
        }
        var out = String(kept.reversed())
        while out.first == " " { out.removeFirst() }
        return "…" + out
    }

    /// Like `truncateStart`, but drops a partial first word when a word boundary lies in the first
    /// third of what is kept: concordance contexts read better as whole words.
    public static func truncateStartAtWord(_ text: String, to width: Int) -> String {
        let cut = truncateStart(text, to: width)
        guard cut.hasPrefix("…"), width >= 8 else { return cut }
        let body = Array(cut.dropFirst())
        let original = Array(text)
        // Already at a boundary: the character before the kept text is a space.
        if original.count > body.count, original[original.count - body.count - 1] == " " { return cut }
        guard let space = body.firstIndex(of: " "), space <= body.count / 3 else { return cut }
        return "…" + String(body[(space + 1)...])
    }

    /// Like `truncateEnd`, but ends on a whole word when a boundary lies in the last third.
    public static func truncateEndAtWord(_ text: String, to width: Int) -> String {
        let cut = truncateEnd(text, to: width)
        guard cut.hasSuffix("…"), width >= 8 else { return cut }
        let body = Array(cut.dropLast())
        let original = Array(text)
        if original.count > body.count, original[body.count] == " " { return cut }
        guard let space = body.lastIndex(of: " "), space >= body.count * 2 / 3 else { return cut }
        return String(body[..<space]) + "…"
    }

    /// `text` padded with spaces to `width` columns, on the right (`.left`) or the left (`.right`).
    public static func pad(_ text: String, to width: Int, alignment: ColumnAlignment) -> String {
        let missing = width - of(text)
        guard missing > 0 else { return text }
        let spaces = String(repeating: " ", count: missing)
        return alignment == .left ? text + spaces : spaces + text
    }

    /// Greedy word wrap to `width` columns; a word longer than the width is split.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            var word = String(word)
            var ww = of(word)
            if lineWidth > 0, lineWidth + 1 + ww <= width {
                line += " " + word
                lineWidth += 1 + ww
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while ww > width {
                var head = ""
                var hw = 0
                var rest = Substring(word)
                while let ch = rest.first, hw + of(ch) <= width {
                    head.append(ch)
                    hw += of(ch)
                    rest = rest.dropFirst()
                }
                if head.isEmpty, let ch = rest.first {  // a character wider than the width
                    head.append(ch)
                    rest = rest.dropFirst()
                }
                lines.append(head)
                word = String(rest)
                ww = of(word)
            }
            line = word
            lineWidth = ww
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// One line of display text: control characters (newlines, tabs, escapes) become spaces.
    public static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(isControl(s) ? " " : s) }
        return String(out)
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value)
    }

    private static func trimmedEnd(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
