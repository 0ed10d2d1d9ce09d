/// What the tagger's features read of one token, computed once from its bytes (no String).
struct TaggerToken: Sendable {
    var word: UInt64 = 0
    var prefix1: UInt64 = 0, prefix2: UInt64 = 0, prefix3: UInt64 = 0
    var suffix1: UInt64 = 0, suffix2: UInt64 = 0, suffix3: UInt64 = 0, suffix4: UInt64 = 0
    var shape: UInt64 = 0
    /// 0 lowercase initial, 1 capitalised, 2 all capitals, 3 digit initial, 4 other.
    var caps: UInt8 = 0
    /// The punctuation between the previous token and this one (`Gap`).
    var gapBefore: UInt8 = 0
    var flags: UInt16 = 0
    /// The tag dictionary's class of the word (0 = not in the dictionary).
    var tagClass: UInt8 = 0
    /// FNV-1a of the exact bytes (case kept).
    var cased: UInt64 = 0

    /// Gap classes: what separates two tokens.
    enum Gap {
        static let space: UInt8 = 0, comma: UInt8 = 1, quote: UInt8 = 2, open: UInt8 = 3, close: UInt8 = 4
        static let colon: UInt8 = 5, dash: UInt8 = 6, stop: UInt8 = 7, other: UInt8 = 8, newline: UInt8 = 9
        static let start: UInt8 = 10, end: UInt8 = 11
    }

    /// Padding before the first and after the last token.
    static let boundary: TaggerToken = {
        var t = TaggerToken()
        t.word = 0x0B05_0B05
        t.shape = 0x0B05
        t.caps = 4
        t.gapBefore = Gap.end
        t.cased = 0x0B05_0B05
        return t
    }()

    init() {}

    /// The token at bytes `lo..<hi` of `b`; `gapLo` is where the previous token ended (nil: first token).
    init(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, gapLo: Int?, lexicon: TaggerLexicon) {
        word = TaggerHash.word(b, lo, hi)
        var h = TaggerHash.offset
        var i = lo
        var n = 0
        while i < hi, n < 3 {
            h = TaggerHash.step(h, TaggerHash.fold(b[i]))
            i += 1
            n += 1
            if n == 1 { prefix1 = h } else if n == 2 { prefix2 = h } else { prefix3 = h }
        }
        if n < 2 { prefix2 = prefix1 }
        if n < 3 { prefix3 = prefix2 }
        suffix1 = TaggerHash.word(b, max(lo, hi - 1), hi)
        suffix2 = TaggerHash.word(b, max(lo, hi - 2), hi)
        suffix3 = TaggerHash.word(b, max(lo, hi - 3), hi)
        suffix4 = TaggerHash.word(b, max(lo, hi - 4), hi)
        (shape, caps) = TaggerToken.shape(b, lo, hi)
        gapBefore = gapLo.map { TaggerToken.gap(b, $0, lo) } ?? Gap.start
        let entry = lexicon.entry(word)
        flags = UInt16(truncatingIfNeeded: entry)
        tagClass = UInt8(truncatingIfNeeded: entry >> TaggerLexicon.tagShift)
        var c = TaggerHash.offset
        for i in lo..<hi { c = TaggerHash.step(c, b[i]) }
        cased = c
    }

    /// The collapsed character-class shape ("Xx", "X.X.", "dd,d" …) and the capitalisation class.
    static func shape(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> (UInt64, UInt8) {
        var h = TaggerHash.offset
        var last: UInt8 = 0
        var len = 0
        var upper = 0, lower = 0
        var first: UInt8 = 0
        var i = lo
        while i < hi {
            let c = b[i]
            i += 1
            let k: UInt8
            switch c {
            case 0x41...0x5A: k = 0x58; upper += 1
            case 0x61...0x7A: k = 0x78; lower += 1
            case 0x30...0x39: k = 0x64
            case 0x2D, 0x2E, 0x27, 0x2C: k = c
            case 0x80...0xBF: continue
            case 0xC0...0xFF: k = 0x75; lower += 1
            default: k = 0x6F
            }
            if first == 0 { first = k }
            if k != last, len < 6 {
                h = TaggerHash.step(h, k)
                len += 1
                last = k
            }
        }
        let caps: UInt8 =
            first == 0x58 ? (lower == 0 && upper > 1 ? 2 : 1) : first == 0x78 || first == 0x75 ? 0 : first == 0x64 ? 3 : 4
        return (h, caps)
    }

    /// The class of the bytes between two tokens.
    static func gap(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> UInt8 {
        var best = Gap.space
        var i = lo
        func rank(_ g: UInt8) -> Int {
            switch g {
            case Gap.newline: 9
            case Gap.quote: 8
            case Gap.open: 7
            case Gap.close: 6
            case Gap.colon: 5
            case Gap.stop: 4
            case Gap.dash: 3
            case Gap.comma: 2
            case Gap.other: 1
            default: 0
            }
        }
        while i < hi {
            let c = b[i]
            var g = Gap.space
            switch c {
            case 0x0A, 0x0D: g = Gap.newline
            case 0x22, 0x27: g = Gap.quote
            case 0x28, 0x5B, 0x7B: g = Gap.open
            case 0x29, 0x5D, 0x7D: g = Gap.close
            case 0x3A, 0x3B: g = Gap.colon
            case 0x2E, 0x21, 0x3F: g = Gap.stop
            case 0x2D: g = Gap.dash
            case 0x2C: g = Gap.comma
            case 0x20, 0x09: g = Gap.space
            case 0xE2:
                if i + 2 < hi, b[i + 1] == 0x80 {
                    let d = b[i + 2]
                    g = (0x98...0x9F).contains(d) ? Gap.quote : (0x93...0x95).contains(d) ? Gap.dash : Gap.other
                    i += 2
                } else {
                    g = Gap.other
                }
            case 0x80...0xBF: g = Gap.space
            default: g = c < 0x80 ? Gap.other : Gap.space
            }
            if rank(g) > rank(best) { best = g }
            i += 1
        }
        return best
    }
}
