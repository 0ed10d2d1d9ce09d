import DossierModel

/// Finds passages in quotation marks and attributes them. Straight marks are oriented by their
/// neighbours; a quote left open runs to the end of its paragraph unless the next paragraph reopens
/// it (the news convention for multi-paragraph quotes); an orphan closing mark at a paragraph's end is
/// read as the displaced opening mark of the next paragraph. Nothing is ever thrown.
enum QuoteFinder {
    struct Span { var open: Int; var close: Int; var segments: [Range<Int>] }

    static func isSpaceByte(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }

    /// Quote mark positions: (byte offset, byte length, orientation: 1 open, -1 close, 0 unknown).
    static func marks(_ b: [UInt8], _ range: Range<Int>) -> [(Int, Int, Int)] {
        var out: [(Int, Int, Int)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let c = b[i]
            if c == 0x22 {
                let prevSpace = i == range.lowerBound || isSpaceByte(b[i - 1]) || b[i - 1] == UInt8(ascii: "(")
                    || b[i - 1] == UInt8(ascii: "-")
                let nextSpace = i + 1 >= range.upperBound || isSpaceByte(b[i + 1])
                    || [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")")].contains(b[i + 1])
                out.append((i, 1, prevSpace && !nextSpace ? 1 : (!prevSpace && nextSpace ? -1 : 0)))
                i += 1
            } else if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x9C || b[i + 2] == 0x9D {
                out.append((i, 3, b[i + 2] == 0x9C ? 1 : -1))
                i += 3
            } else {
                i += 1
            }
        }
        if out.isEmpty { return singleMarks(b, range) }
        return out
    }

    /// British-style ‘single’ quotes, used only in a paragraph without double marks: ‘ opens before a
    /// non-space; ’ closes before a space or punctuation unless it is an apostrophe (don’t, students’).
    static func singleMarks(_ b: [UInt8], _ range: Range<Int>) -> [(Int, Int, Int)] {
        var out: [(Int, Int, Int)] = []
        var i = range.lowerBound
        var open = false
        func isLetterByte(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c >= 0x80 }
        while i + 2 < range.upperBound {
            if b[i] == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0x98 {
                let prevOK = i == range.lowerBound || isSpaceByte(b[i - 1]) || b[i - 1] == UInt8(ascii: "(")
                if prevOK, !open { out.append((i, 3, 1)); open = true }
                i += 3
                continue
            }
            if b[i] == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0x99, open {
                let next = i + 3 < range.upperBound ? b[i + 3] : 0x20
                let prev = i > range.lowerBound ? b[i - 1] : 0x20
                let apostrophe = isLetterByte(next) || (prev == UInt8(ascii: "s") && next == 0x20 && i + 4 < range.upperBound && isLetterByte(b[i + 4]) && b[i + 4] >= 0x61)
                if !apostrophe, !isSpaceByte(prev) { out.append((i, 3, -1)); open = false }
                i += 3
                continue
            }
            i += 1
        }
        return out
    }

    /// The quoted spans of `b` within the paragraphs `paras` (byte ranges, in order).
    static func spans(_ b: [UInt8], paragraphs paras: [Range<Int>]) -> [Span] {
        var out: [Span] = []
        var open: Int?
        var segStart = 0
        var segments: [Range<Int>] = []
        var pendingOpen = false
        var skipAt: Int?
        for (pi, p) in paras.enumerated() {
            let ms = marks(b, p).filter { $0.0 != skipAt }
            skipAt = nil
            if pendingOpen {
                pendingOpen = false
                if let first = ms.first, first.2 <= 0, open == nil {
                    open = p.lowerBound
                    segStart = p.lowerBound
                }
            }
            for (k, (pos, len, orient)) in ms.enumerated() {
                let isOpen = orient == 1 || (orient == 0 && open == nil)
                if isOpen {
                    if let o = open {
                        // unbalanced: the earlier quote ends before this mark
                        out.append(Span(open: o, close: pos, segments: segments + [segStart..<pos]))
                        segments = []
                    }
                    open = pos
                    segStart = pos + len
                } else if let o = open {
                    out.append(Span(open: o, close: pos, segments: segments + [segStart..<pos]))
                    segments = []
                    open = nil
                } else if k == ms.count - 1, pos + len >= p.upperBound, pi + 1 < paras.count {
                    pendingOpen = true
                }
            }
            guard let o = open else { continue }
            if pi + 1 < paras.count, let m = marks(b, paras[pi + 1]).first, m.0 == paras[pi + 1].lowerBound, m.2 >= 0 {
                // the next paragraph reopens the quote: it continues there
                segments.append(segStart..<p.upperBound)
                segStart = m.0 + m.1
                skipAt = m.0
            } else {
                out.append(Span(open: o, close: p.upperBound, segments: segments + [segStart..<p.upperBound]))
                segments = []
                open = nil
            }
        }
        return out
    }
}
