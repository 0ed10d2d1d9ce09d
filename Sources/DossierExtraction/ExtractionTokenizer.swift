import DossierModel

/// The extraction's view of one document: the corpus token stream (one tokenizer for the index and for
/// extraction) read as words, numbers and punctuation. Corpus tokens keep their offsets and flags; a
/// hyphenated word is read as its parts and hyphens, a number with a suffix (`1980s`) as number and
/// word, a possessive 's as a flag on the word before it, an abbreviation's period (Mr., Inc.) as part
/// of the word; the punctuation between tokens becomes one token per mark.
enum ExtractionTokenizer {
    /// The corpus's tokens of document `d`, over its UTF-8 `bytes`, with sentence indices from `sentences`.
    static func tokens(corpus: Corpus, doc d: Int, bytes b: [UInt8], sentences: [Range<Int>]) -> [TextToken] {
        let flags = corpus.documents[d].sentenceFlags
        var view = View(b: b, sentences: sentences, sentenceFlags: flags.count == sentences.count ? flags : [])
        view.out.reserveCapacity((corpus.docTokenStart[d + 1] - corpus.docTokenStart[d]) * 3 / 2)
        for k in corpus.docTokenStart[d]..<corpus.docTokenStart[d + 1] {
            let s = min(Int(corpus.tokenStart[k]), b.count), e = min(max(s, Int(corpus.tokenEnd[k])), b.count)
            view.punctuation(upTo: s)
            view.word(s, e, flags: corpus.tokenFlags[k])
        }
        view.punctuation(upTo: b.count)
        return view.out
    }

    /// The builder: a cursor over the bytes and the tokens so far.
    struct View {
        let b: [UInt8]
        let sentences: [Range<Int>]
        /// Per sentence: `SentenceFlags` bits (empty when the sentences are not the corpus's own).
        let sentenceFlags: [UInt8]
        var out: [TextToken] = []
        var pos = 0
        var sent = 0
        var space = true
        var paragraph = true
        var lastSentence = -1

        init(b: [UInt8], sentences: [Range<Int>], sentenceFlags: [UInt8]) {
            self.b = b
            self.sentences = sentences
            self.sentenceFlags = sentenceFlags
        }

        mutating func sentenceOf(_ p: Int) -> Int {
            while sent < sentences.count - 1 && sentences[sent].upperBound <= p { sent += 1 }
            return max(0, sent)
        }

        /// Punctuation tokens for the marks between the cursor and `end`.
        mutating func punctuation(upTo end: Int) {
            var i = pos
            while i < end {
                let (s, l) = scalar(i)
                if isSpace(s) {
                    space = true
                    i += l
                    continue
                }
                append(i, i + l, kind: .punct)
                i += l
            }
            pos = max(pos, end)
        }

        /// The parts of one corpus token.
        mutating func word(_ s: Int, _ e: Int, flags: UInt8) {
            if flags & Tokenizer.paragraphStart != 0 { paragraph = true }
            pos = e
            if flags & Tokenizer.possessive != 0, let last = out.indices.last, out[last].kind == .word {
                out[last].possessive = true
                return
            }
            var i = s
            while i < e {
                let (u, l) = scalar(i)
                if u.value == 0x2D || u.value == 0x2010 || u.value == 0x2011 || !(isLetter(u) || isDigit(u)) {
                    append(i, i + l, kind: .punct)
                    i += l
                    continue
                }
                var j = i + l
                if isDigit(u) {
                    while j < e {
                        if isDigit(b[j]) { j += 1; continue }
                        if b[j] == 0x2C || b[j] == 0x2E, j + 1 < e, isDigit(b[j + 1]) { j += 2; continue }
                        break
                    }
                    append(i, j, kind: .number)
                    i = j
                    continue
                }
                while j < e {
                    let (t, m) = scalar(j)
                    if isLetter(t) || isDigit(t) || t == "." { j += m; continue }
                    if isApostrophe(t), j + m < e, isLetter(scalar(j + m).0) { j += m; continue }
                    break
                }
                append(i, j, kind: .word)
                i = j
            }
            if flags & Tokenizer.abbreviation != 0, e < b.count, b[e] == 0x2E, let last = out.indices.last,
                out[last].kind == .word, out[last].end == e
            {
                let t = out[last]
                var w = TextToken(start: t.start, end: e + 1, kind: .word, text: t.text + ".", sentence: t.sentence)
                w.copyContext(from: t)
                out[last] = w
                pos = e + 1
            }
        }

        mutating func append(_ a: Int, _ z: Int, kind: TextToken.Kind) {
            var tok = TextToken(start: a, end: z, kind: kind, text: String(decoding: b[a..<z], as: UTF8.self), sentence: 0)
            tok.sentence = sentenceOf(a)
            tok.spaceBefore = space
            let sflags = tok.sentence < sentenceFlags.count ? sentenceFlags[tok.sentence] : 0
            tok.dateline = sflags & SentenceFlags.dateline != 0
            tok.notText = sflags & SentenceFlags.notText != 0
            if kind != .punct {
                if paragraph || tok.sentence != lastSentence { tok.sentenceInitial = true }
                // a word right after an opening quote mark starts the quoted sentence
                if !tok.spaceBefore, let p = out.last, p.kind == .punct, p.text == "\"" || p.text == "\u{201C}" {
                    tok.sentenceInitial = true
                }
                // after a dateline dash or a colon: "BOSTON — The Lakers", "said: The"
                if let p = out.last, p.kind == .punct, p.text == "\u{2014}" || p.text == "\u{2013}" || p.text == ":" {
                    tok.sentenceInitial = true
                }
                paragraph = false
                lastSentence = tok.sentence
            }
            space = false
            out.append(tok)
        }

        @inline(__always)
        func scalar(_ i: Int) -> (Unicode.Scalar, Int) {
            let (v, l) = b.withUnsafeBufferPointer { Tokenizer.scalar($0, i) }
            return (Unicode.Scalar(v) ?? "\u{FFFD}", l)
        }
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }
    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s.value == 0xA0 || s.value == 0x2009 || s.value == 0x202F
            || s.value == 0x0B || s.value == 0x0C || (s.value >= 0x2000 && s.value <= 0x200B) || s.value == 0xFEFF
    }
    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s.value == 0x2019 }
}
