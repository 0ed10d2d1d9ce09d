import DossierModel

/// Splits a document into word, number and punctuation tokens over its UTF-8 bytes, assigning each
/// token the sentence that contains it. Acronyms keep their dots (U.S.), known abbreviations keep
/// theirs (Oct., Dr.), a possessive 's is folded into a flag, hyphens are separate tokens.
enum ExtractionTokenizer {
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Adm", "Sen", "Rep", "Gov", "Prof", "St", "Jr",
        "Sr", "Corp", "Inc", "Co", "Ltd", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "No", "Mt", "Ft", "vs", "Sgt", "Rev", "Gens",
    ]

    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Decodes the scalar at `i`: (scalar, byte length).
    @inline(__always)
    static func scalar(_ b: [UInt8], _ i: Int) -> (Unicode.Scalar, Int) {
        let c = b[i]
        if c < 0x80 { return (Unicode.Scalar(c), 1) }
        var len = 1
        var v: UInt32 = 0
        if c & 0xE0 == 0xC0 { len = 2; v = UInt32(c & 0x1F) }
        else if c & 0xF0 == 0xE0 { len = 3; v = UInt32(c & 0x0F) }
        else if c & 0xF8 == 0xF0 { len = 4; v = UInt32(c & 0x07) }
        else { return (replacement, 1) }
        guard i + len <= b.count else { return (replacement, 1) }
        for k in 1..<len { v = (v << 6) | UInt32(b[i + k] & 0x3F) }
        return (Unicode.Scalar(v) ?? replacement, len)
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }
    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s.value == 0xA0 || s.value == 0x2009 || s.value == 0x202F
    }
    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s.value == 0x2019 }

    /// Tokens of `bytes` with sentence indices from `sentences` (byte ranges, sorted).
    static func tokenize(_ b: [UInt8], sentences: [Range<Int>]) -> [TextToken] {
        var out: [TextToken] = []
        out.reserveCapacity(b.count / 5)
        var i = 0
        var sent = 0
        var space = true
        var newline = true
        var lastSentence = -1
        func sentenceOf(_ pos: Int) -> Int {
            while sent < sentences.count - 1 && sentences[sent].upperBound <= pos { sent += 1 }
            return max(0, sent)
        }
        func text(_ a: Int, _ z: Int) -> String { String(decoding: b[a..<z], as: UTF8.self) }
        while i < b.count {
            let (s, n) = scalar(b, i)
            if isSpace(s) {
                if s == "\n" { newline = true }
                space = true
                i += n
                continue
            }
            let start = i
            var tok: TextToken
            if isLetter(s) {
                var j = i + n
                var possessive = false
                var letters = 1
                var acronym = false
                while j < b.count {
                    let (t, m) = scalar(b, j)
                    if isLetter(t) || isDigit(t) { j += m; letters += 1; continue }
                    if t == ".", j + 1 < b.count {
                        let (u, _) = scalar(b, j + 1)
                        // U.S., U.N., D.C.: single letters joined by dots, final dot kept.
                        if (letters == 1 || acronym), isLetter(u), j + 2 <= b.count,
                            j + 2 == b.count || !isLetter(scalar(b, j + 2).0)
                        {
                            acronym = true
                            letters = 1
                            j += 2
                            continue
                        }
                    }
                    if isApostrophe(t), j + m < b.count {
                        let (u, k) = scalar(b, j + m)
                        let after = j + m + k
                        if (u == "s" || u == "S"), after >= b.count || !isLetter(scalar(b, after).0) {
                            possessive = true
                            break
                        }
                        if isLetter(u) { j += m; continue }
                    }
                    break
                }
                var end = j
                if acronym, end < b.count, b[end] == UInt8(ascii: ".") { end += 1 }
                var word = text(start, end)
                // a middle initial: "Lloyd J. Austin"
                let initial = word.unicodeScalars.count == 1 && word.unicodeScalars.first.map { $0.properties.isUppercase } == true
                    && end + 2 < b.count && b[end] == UInt8(ascii: ".") && b[end + 1] == 0x20
                    && b[end + 2] >= UInt8(ascii: "A") && b[end + 2] <= UInt8(ascii: "Z")
                    && out.last.map { $0.kind == .word && $0.isCapitalized && $0.end + 1 == start } == true
                if !acronym, !possessive, end < b.count, b[end] == UInt8(ascii: "."), abbreviations.contains(word) || initial {
                    end += 1
                    word += "."
                }
                tok = TextToken(start: start, end: end, kind: .word, text: word, sentence: 0)
                tok.possessive = possessive
                i = end
                if possessive {
                    // skip the apostrophe and the s
                    let (_, m) = scalar(b, i)
                    i += m + 1
                }
            } else if isDigit(s) {
                var j = i + 1
                while j < b.count {
                    let c = b[j]
                    if c >= 0x30 && c <= 0x39 { j += 1; continue }
                    if (c == UInt8(ascii: ",") || c == UInt8(ascii: ".")), j + 1 < b.count, b[j + 1] >= 0x30,
                        b[j + 1] <= 0x39
                    {
                        j += 2
                        continue
                    }
                    break
                }
                tok = TextToken(start: start, end: j, kind: .number, text: text(start, j), sentence: 0)
                i = j
            } else {
                tok = TextToken(start: start, end: i + n, kind: .punct, text: String(Character(s)), sentence: 0)
                i += n
            }
            tok.sentence = sentenceOf(start)
            tok.spaceBefore = space
            if tok.kind != .punct {
                if newline || tok.sentence != lastSentence { tok.sentenceInitial = true }
                // a word right after an opening quote mark starts the quoted sentence
                if !tok.spaceBefore, let p = out.last, p.kind == .punct, p.text == "\"" || p.text == "\u{201C}" {
                    tok.sentenceInitial = true
                }
                // after a dateline dash or a colon: "BOSTON — The Lakers", "said: The"
                if let p = out.last, p.kind == .punct, p.text == "\u{2014}" || p.text == "\u{2013}" || p.text == ":" {
                    tok.sentenceInitial = true
                }
                newline = false
                lastSentence = tok.sentence
            }
            space = false
            out.append(tok)
        }
        return out
    }
}
