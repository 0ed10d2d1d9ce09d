/// The feature templates of the POS and NER perceptrons, shared by training and tagging.
///
/// `t` points at the current token of a padded array (two boundary tokens on each side, so `t[-2]`
/// … `t[2]` are valid). Each feature is a 64-bit hash of (template, value); the table maps it to a row.
enum TaggerFeatures {
    /// Bumped whenever a template changes: weights trained with other features are refused.
    static let version: UInt32 = 2
    static let posCount = 31
    static let nerCount = 32
    static let noTag: UInt8 = 255

    @inline(__always)
    static func f(_ template: UInt64, _ value: UInt64) -> UInt64 { TaggerHash.mix(template, value) }

    /// POS features of `t[0]` given the two previous predicted tags.
    @inline(__always)
    static func pos(_ t: UnsafePointer<TaggerToken>, _ p1: UInt8, _ p2: UInt8, _ o: UnsafeMutablePointer<UInt64>) {
        let w = t[0]
        let band = UInt64(w.flags >> TaggerLexicon.bandShift)
        o[0] = f(1, 0)
        o[1] = f(2, w.word)
        o[2] = f(3, w.suffix1)
        o[3] = f(4, w.suffix2)
        o[4] = f(5, w.suffix3)
        o[5] = f(6, w.suffix4)
        o[6] = f(7, w.prefix1)
        o[7] = f(8, w.prefix2)
        o[8] = f(9, w.prefix3)
        o[9] = f(10, w.shape)
        o[10] = f(11, t[-1].word)
        o[11] = f(12, t[1].word)
        o[12] = f(13, t[-2].word)
        o[13] = f(14, t[2].word)
        o[14] = f(15, UInt64(p1))
        o[15] = f(16, UInt64(p2) << 8 | UInt64(p1))
        o[16] = f(17, TaggerHash.pair(w.word, UInt64(p1)))
        o[17] = f(18, t[-1].suffix3)
        o[18] = f(19, t[1].suffix3)
        o[19] = f(20, UInt64(w.gapBefore) << 8 | UInt64(w.caps))
        o[20] = f(21, UInt64(t[1].gapBefore) << 8 | UInt64(t[1].caps))
        o[21] = f(22, band << 8 | UInt64(w.caps) << 4 | UInt64(w.gapBefore == TaggerToken.Gap.start ? 1 : 0))
        o[22] = f(23, t[1].shape)
        o[23] = f(24, TaggerHash.pair(t[-1].word, w.word))
        o[24] = f(25, TaggerHash.pair(w.word, t[1].word))
        o[25] = f(26, w.cased)
        o[26] = f(27, UInt64(w.tagClass))
        o[27] = f(28, UInt64(t[1].tagClass))
        o[28] = f(29, UInt64(t[2].tagClass) << 8 | UInt64(t[1].tagClass))
        o[29] = f(30, UInt64(p1) << 8 | UInt64(t[1].tagClass))
        o[30] = f(31, UInt64(w.tagClass) << 8 | UInt64(t[1].tagClass))
    }

    /// NER features of `t[0]` given its POS context `p` (p[-1], p[0], p[1] valid) and the two previous
    /// predicted entity tags.
    @inline(__always)
    static func ner(
        _ t: UnsafePointer<TaggerToken>, _ p: UnsafePointer<UInt8>, _ n1: UInt8, _ n2: UInt8,
        _ o: UnsafeMutablePointer<UInt64>
    ) {
        let w = t[0]
        let band = UInt64(w.flags >> TaggerLexicon.bandShift)
        let lex0 = UInt64(w.flags & 0xFF), lexP = UInt64(t[-1].flags & 0xFF), lexN = UInt64(t[1].flags & 0xFF)
        o[0] = f(101, 0)
        o[1] = f(102, TaggerHash.pair(w.word, UInt64(w.caps)))
        o[2] = f(103, w.shape)
        o[3] = f(104, t[-1].word)
        o[4] = f(105, t[1].word)
        o[5] = f(106, UInt64(p[0]))
        o[6] = f(107, UInt64(p[-1]) << 8 | UInt64(p[0]))
        o[7] = f(108, UInt64(p[0]) << 8 | UInt64(p[1]))
        o[8] = f(109, UInt64(n1))
        o[9] = f(110, UInt64(n2) << 8 | UInt64(n1))
        o[10] = f(111, UInt64(n1) << 8 | UInt64(w.caps))
        o[11] = f(112, lex0)
        o[12] = f(113, lexP << 8 | UInt64(n1))
        o[13] = f(114, lexN)
        o[14] = f(115, w.suffix3)
        o[15] = f(116, w.prefix3)
        o[16] = f(117, UInt64(t[-1].caps) << 4 | UInt64(w.caps))
        o[17] = f(118, UInt64(w.caps) << 4 | UInt64(t[1].caps))
        o[18] = f(119, UInt64(w.gapBefore) << 8 | UInt64(w.caps))
        o[19] = f(120, UInt64(t[1].gapBefore) << 8 | UInt64(t[1].caps))
        o[20] = f(121, TaggerHash.pair(w.word, t[1].word))
        o[21] = f(122, TaggerHash.pair(t[-1].word, w.word))
        o[22] = f(123, TaggerHash.pair(w.word, UInt64(n1)))
        o[23] = f(124, band << 8 | UInt64(w.caps) << 4 | UInt64(w.gapBefore == TaggerToken.Gap.start ? 1 : 0))
        o[24] = f(125, t[2].word)
        o[25] = f(126, t[-2].word)
        o[26] = f(127, lex0 << 8 | UInt64(w.caps) << 4 | UInt64(n1 == 0 ? 0 : 1))
        o[27] = f(128, UInt64(p[1]) << 8 | UInt64(n1))
        o[28] = f(129, UInt64(n1) << 8 | UInt64(p[0]))
        o[29] = f(130, TaggerHash.pair(t[-1].word, UInt64(n1)))
        o[30] = f(131, UInt64(w.tagClass) << 8 | UInt64(w.caps))
        o[31] = f(132, w.cased)
    }
}
