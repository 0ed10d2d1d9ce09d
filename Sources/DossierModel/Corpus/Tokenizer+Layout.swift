/// Page layout read from raw bytes: hard-wrapped lines, paragraph breaks and datelines.
extension Tokenizer {
    /// Lines longer than this are not hard-wrapped wire lines.
    static let wrapWidth = 100

    /// True when the text is hard-wrapped: no line is much longer than a wire line, and some line breaks
    /// fall mid-sentence (the line ends without a terminator, or the next line starts in lowercase).
    static func isHardWrapped(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var lines = 0, long = 0, joins = 0, continuations = 0
        var lineStart = 0
        var previousEnd: UInt8 = 0
        var previousText = false
        let n = b.count
        var i = 0
        while i <= n {
            guard i == n || b[i] == 0x0A else { i += 1; continue }
            var a = lineStart, z = i
            while a < z, b[a] == 0x20 || b[a] == 0x09 { a += 1 }
            while z > a, b[z - 1] == 0x20 || b[z - 1] == 0x09 { z -= 1 }
            if a < z {
                lines += 1
                if z - lineStart > wrapWidth { long += 1 }
                if previousText, a == lineStart {
                    joins += 1
                    let first = b[a]
                    if !isTerminatorByte(previousEnd) || (first >= 0x61 && first <= 0x7A) { continuations += 1 }
                }
                previousEnd = b[z - 1]
                previousText = true
            } else {
                previousText = false
            }
            lineStart = i + 1
            i += 1
        }
        guard lines >= 3, long * 20 <= lines else { return false }
        return continuations >= 1 && continuations * 5 >= joins
    }

    /// A byte that may end a sentence or a heading line (terminators, closing quotes and brackets, colon).
    @inline(__always)
    static func isTerminatorByte(_ c: UInt8) -> Bool {
        c == 0x2E || c == 0x21 || c == 0x3F || c == 0x22 || c == 0x27 || c == 0x3A || c == 0x29 || c >= 0x80
    }

    /// Whether the line break at `i` ends a paragraph: a blank or indented next line, the end of the text,
    /// or any line break when the text is not hard-wrapped.
    static func isParagraphBreak(_ b: UnsafeBufferPointer<UInt8>, at i: Int, wrapped: Bool) -> Bool {
        guard wrapped, b[i] == 0x0A else { return true }
        var k = i + 1
        while k < b.count, b[k] == 0x0D { k += 1 }
        if k >= b.count { return true }
        let c = b[k]
        return c == 0x0A || c == 0x20 || c == 0x09
    }

    /// The end (after the dash and its space) of a dateline starting at `i`, if one does:
    /// one to five upper-case words (`NEW YORK`, `SAN JOSE, Calif.`), optionally a date (`Feb 27`, `March 3`)
    /// and a source in parentheses (`(Reuters)`), then a dash. At most 80 bytes and no sentence terminator.
    static func datelineEnd(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let n = min(b.count, i + 80)
        var k = i
        var capsWords = 0
        // Upper-case place words.
        while k < n {
            var z = k
            while z < n, (b[z] >= 0x41 && b[z] <= 0x5A) || b[z] == 0x2E || b[z] == 0x27 || b[z] == 0x2D { z += 1 }
            let letters = z - k
            guard letters >= 2 || (letters == 1 && capsWords > 0), z < n, !(b[z] >= 0x61 && b[z] <= 0x7A) else { break }
            capsWords += 1
            k = z
            if k < n, b[k] == 0x20, k + 1 < n, b[k + 1] >= 0x41, b[k + 1] <= 0x5A, k + 2 < n, b[k + 2] < 0x61 || b[k + 2] > 0x7A {
                k += 1
                continue
            }
            break
        }
        guard capsWords >= 1, capsWords <= 5 else { return nil }
        // Then only capitalised words, numbers and a source in parentheses up to the dash
        // (a region, a date: `, Calif.`, `, Feb 27`, `(Reuters)`); no lowercase word, no terminator.
        var j = k
        var wordStart = true
        while j < n {
            let c = b[j]
            if c == 0x20 {
                if j + 1 < n, let end = dashEnd(b, at: j + 1) { return end }
                wordStart = true
                j += 1
                continue
            }
            if wordStart, c >= 0x61, c <= 0x7A { return nil }
            if c == 0x0A || c == 0x21 || c == 0x3F || c == 0x22 || c == 0x3B || c >= 0x80 { return nil }
            if c == 0x2E, !isAbbreviatedRegion(b, j) { return nil }
            wordStart = c == 0x28
            j += 1
        }
        return nil
    }

    /// A dash (`-`, `--`, en or em dash) at `j` followed by a space: the index after that space.
    static func dashEnd(_ b: UnsafeBufferPointer<UInt8>, at j: Int) -> Int? {
        var k = j
        if k < b.count, b[k] == 0x2D {
            k += 1
            if k < b.count, b[k] == 0x2D { k += 1 }
        } else if k + 2 < b.count, b[k] == 0xE2, b[k + 1] == 0x80, b[k + 2] == 0x93 || b[k + 2] == 0x94 {
            k += 3
        } else {
            return nil
        }
        guard k < b.count, b[k] == 0x20 || b[k] == 0x0A else { return nil }
        return k + 1
    }

    /// A period ending a short abbreviated region or month (`Calif.`, `Feb.`): a capitalised word of ≤ 5 letters.
    static func isAbbreviatedRegion(_ b: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        var a = j
        while a > 0, (b[a - 1] | 0x20) >= 0x61, (b[a - 1] | 0x20) <= 0x7A { a -= 1 }
        return j - a >= 1 && j - a <= 5 && b[a] >= 0x41 && b[a] <= 0x5A
    }
}
