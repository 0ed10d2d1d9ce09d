/// Tokens and sentences of one text, as UTF-8 byte offsets.
struct TokenizedText: Sendable {
    var starts: [UInt32] = []
    var ends: [UInt32] = []
    /// Per token: `Tokenizer.possessive`, `.hyphenated`, `.number`, `.abbreviation`, `.paragraphStart`, `.dateline`.
    var flags: [UInt8] = []
    /// Per sentence, its first token (count = sentences); sentence i ends where i+1 starts (or at the end).
    var sentenceFirstToken: [Int] = []
    var sentenceBytes: [Range<Int>] = []
    /// Per sentence: `SentenceFlags` bits (paragraph start, dateline; boilerplate and table are set corpus-wide).
    var sentenceFlags: [UInt8] = []
}

/// A tokenizer and sentence splitter for news English, over UTF-8 bytes.
///
/// Words, numbers (2.3, 30,000), hyphenated words (one token), letter-dot abbreviations (U.S.) are
/// tokens; possessive 's / ’s is split off as its own token; punctuation is not a token. Sentences end
/// at . ! ? and ellipses followed by a capitalised word (not after titles such as Mr. or Gen., months,
/// or initials), at paragraph ends, and after closing quotes that follow a terminator.
///
/// Paragraphs: a blank line or an indented line starts one. In a hard-wrapped document (short lines that
/// break mid-sentence, as on the wire) a single line break is a space; elsewhere each line is a paragraph.
/// A dateline at the start of a paragraph (`TOKYO, Feb 27 -`, `LONDON (Reuters) -`) is a sentence of its
/// own, flagged, so the text after its dash starts the first sentence.
public enum Tokenizer {
    public static let possessive: UInt8 = 1
    public static let hyphenated: UInt8 = 2
    public static let number: UInt8 = 4
    /// The period after the token belongs to it (Mr., Gen., Inc., an initial).
    public static let abbreviation: UInt8 = 8
    /// The first token of a paragraph.
    public static let paragraphStart: UInt8 = 16
    /// A token of a dateline.
    public static let dateline: UInt8 = 32

    /// The curated abbreviations (abbreviation, kind), read once for the two sets below.
    private static let abbreviations = CuratedData.rows("abbreviations.tsv").filter { $0.count > 1 }
    /// Abbreviations whose dot never ends a sentence (titles, months).
    static let titleAbbreviations: Set<String> = Set(abbreviations.filter { $0[1] == "title" }.map { $0[0] })
    /// Abbreviations that end a sentence only before a capitalised word.
    static let trailingAbbreviations: Set<String> = Set(abbreviations.filter { $0[1] == "trailing" }.map { $0[0] })
    /// Capitalised words that usually start a sentence (used after a letter-dot abbreviation like U.S.).
    static let sentenceStarters: Set<String> = CuratedData.words("sentence-starters.tsv")

    enum Kind { case space, newline, word, hyphen, apostrophe, period, terminator, ellipsis, closer, other }

    /// Decodes the scalar at `i`: (value, length). Invalid bytes count as one-byte scalars.
    @inline(__always)
    public static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let c = b[i]
        if c < 0x80 { return (UInt32(c), 1) }
        let n = b.count
        if c & 0xE0 == 0xC0, i + 1 < n { return ((UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2) }
        if c & 0xF0 == 0xE0, i + 2 < n {
            return ((UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3)
        }
        if c & 0xF8 == 0xF0, i + 3 < n {
            return ((UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
                | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    @inline(__always)
    static func kind(_ s: UInt32) -> Kind {
        if s < 0x80 {
            switch s {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
            case 0x20, 0x09, 0x0B, 0x0C: return .space
            case 0x0A, 0x0D: return .newline
            case 0x2D: return .hyphen
            case 0x27: return .apostrophe
            case 0x2E: return .period
            case 0x21, 0x3F: return .terminator
            case 0x22, 0x29, 0x5D: return .closer
            default: return .other
            }
        }
        switch s {
        case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x85, 0x2028, 0x2029: return .newline
        case 0x2010, 0x2011: return .hyphen
        case 0x2019: return .apostrophe
        case 0x2026: return .ellipsis
        case 0x201D, 0x00BB: return .closer
        case 0x2012...0x2018, 0x201A...0x201C, 0x201E...0x2025, 0x2027, 0x2030...0x205E, 0x00A1...0x00BF, 0x00D7,
            0x00F7, 0x2190...0x2BFF, 0xFFFD, 0x3001...0x3003, 0x300C...0x300F, 0xFF01...0xFF0F:
            return .other
        default: return .word
        }
    }

    @inline(__always)
    static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    static func tokenize(_ text: String) -> TokenizedText {
        var t = text
        return t.withUTF8 { tokenize($0) }
    }

    /// Tokenizes UTF-8 bytes into tokens and sentences.
    static func tokenize(_ b: UnsafeBufferPointer<UInt8>) -> TokenizedText {
        var r = Run(b: b)
        r.run()
        return r.out
    }

    /// One tokenizer pass (a struct, so its state needs no dynamic exclusivity checks).
    struct Run {
        let b: UnsafeBufferPointer<UInt8>
        let n: Int
        var out = TokenizedText()
        var sentStart = -1
        var sentFirstToken = 0
        var lastContentEnd = 0
        /// Lines wrap mid-sentence: a single line break is a space.
        let wrapped: Bool
        /// The next token starts a paragraph.
        var paragraphPending = true
        /// Flags of the sentence being built.
        var sentFlags: UInt8 = 0
        /// Paragraphs started so far (datelines are looked for in the first few).
        var paragraphs = 0
        /// End of the dateline being tokenized (its dash included), or -1.
        var datelineEnd = -1

        init(b: UnsafeBufferPointer<UInt8>) {
            self.b = b
            self.n = b.count
            self.wrapped = Tokenizer.isHardWrapped(b)
            out.starts.reserveCapacity(b.count / 5)
            out.ends.reserveCapacity(b.count / 5)
            out.flags.reserveCapacity(b.count / 5)
        }

        mutating func breakSentence() {
            if sentStart >= 0, out.starts.count > sentFirstToken {
                out.sentenceFirstToken.append(sentFirstToken)
                out.sentenceBytes.append(sentStart..<max(sentStart, lastContentEnd))
                out.sentenceFlags.append(sentFlags)
                sentFirstToken = out.starts.count
                sentStart = -1
                sentFlags = 0
            } else if out.starts.count == sentFirstToken {
                sentStart = -1
            }
        }
        /// Ends the paragraph: the sentence ends and the next token starts a paragraph.
        mutating func breakParagraph() {
            breakSentence()
            paragraphPending = true
        }
        /// Appends a token, flagging a paragraph start or a dateline.
        mutating func emit(_ start: Int, _ end: Int, _ flags: UInt8) {
            var f = flags
            if paragraphPending {
                f |= paragraphStart
                paragraphPending = false
            }
            if datelineEnd >= 0 { f |= dateline }
            out.starts.append(UInt32(start)); out.ends.append(UInt32(end)); out.flags.append(f)
        }
        /// Marks the token just emitted as owning the period after it.
        mutating func markAbbreviation() {
            if let last = out.flags.indices.last { out.flags[last] |= abbreviation }
        }
        /// At the start of content: opens a paragraph's first sentence, spotting a dateline.
        mutating func beginSentence(at i: Int) {
            sentStart = i
            if paragraphPending {
                sentFlags |= SentenceFlags.paragraphStart
                paragraphs += 1
                if paragraphs <= 3, let end = Tokenizer.datelineEnd(b, at: i) {
                    datelineEnd = end
                    sentFlags |= SentenceFlags.dateline
                }
            }
        }
        /// Whether the line break at `i` ends a paragraph (else it is a space).
        func isHardBreak(_ i: Int) -> Bool {
            Tokenizer.isParagraphBreak(b, at: i, wrapped: wrapped)
        }
        /// What follows position j after spaces: the kind of the next non-space scalar, its index, whether a newline came first.
        func peekNext(_ j: Int) -> (kind: Kind, index: Int, scalar: UInt32) {
            var k = j
            while k < n {
                let (s, l) = scalar(b, k)
                let kd = kind(s)
                if kd == .space || (kd == .newline && !isHardBreak(k)) { k += l; continue }
                return (kd, k, s)
            }
            return (.newline, n, 0)
        }
        /// True when the word starting at j begins with a lowercase letter.
        func startsLowercase(_ j: Int) -> Bool {
            guard j < n else { return false }
            let c = b[j]
            if c >= 0x61 && c <= 0x7A { return true }
            if c < 0x80 { return false }
            let (s, _) = scalar(b, j)
            guard let u = Unicode.Scalar(s) else { return false }
            return u.properties.isLowercase
        }
        func lowercaseWord(at j: Int) -> String {
            var k = j
            var bytes: [UInt8] = []
            while k < n, isASCIILetter(b[k]) { bytes.append(b[k] | 0x20); k += 1 }
            return String(decoding: bytes, as: UTF8.self)
        }
        /// Consumes closing quotes after a terminator at j; returns the index after them.
        func skipClosers(_ j: Int) -> Int {
            var k = j
            while k < n {
                let (s, l) = scalar(b, k)
                let kd = kind(s)
                if kd == .closer || (kd == .apostrophe && (k + l >= n || kind(scalar(b, k + l).0) != .word)) {
                    k += l
                    continue
                }
                break
            }
            return k
        }

        mutating func run() {
        var i = 0
        while i < n {
            if datelineEnd >= 0, i >= datelineEnd {
                datelineEnd = -1
                breakSentence()
            }
            if b[i] == 0x20 {
                i += 1
                continue
            }
            let (s, len) = scalar(b, i)
            let kd = kind(s)
            switch kd {
            case .space:
                i += len
                continue
            case .newline:
                if isHardBreak(i) { breakParagraph() }
                i += len
                continue
            default:
                break
            }
            if sentStart < 0 { beginSentence(at: i) }

            if kd == .word {
                let start = i
                var flags: UInt8 = 0
                // Letter-dot abbreviations: U.S., U.N., a.m.
                if isASCIILetter(b[i]), i + 3 < n, b[i + 1] == 0x2E, isASCIILetter(b[i + 2]), b[i + 3] == 0x2E {
                    var j = i
                    while j + 1 < n, isASCIILetter(b[j]), b[j + 1] == 0x2E { j += 2 }
                    // Hyphenated continuation: U.S.-led
                    var end = j
                    if end + 1 < n, b[end] == 0x2D, end + 1 < n, kind(scalar(b, end + 1).0) == .word {
                        end += 1
                        while end < n {
                            let (s2, l2) = scalar(b, end)
                            if kind(s2) == .word { end += l2 } else { break }
                        }
                        flags |= hyphenated
                        emit(start, end, flags)
                        lastContentEnd = end
                        i = end
                        continue
                    }
                    emit(start, j, flags)
                    lastContentEnd = j
                    i = j
                    // Sentence end after U.S. only before a newline, the end, or a typical sentence starter.
                    let next = peekNext(i)
                    if next.kind == .newline { breakSentence() } else if next.kind == .word, next.index > i,
                        !startsLowercase(next.index), sentenceStarters.contains(lowercaseWord(at: next.index))
                    {
                        breakSentence()
                    }
                    continue
                }
                var j = i
                var allDigits = true
                var hasLetters = false
                var segmentStart = i
                while j < n {
                    let c0 = b[j]
                    if (c0 | 0x20) >= 0x61 && (c0 | 0x20) <= 0x7A {
                        hasLetters = true
                        allDigits = false
                        j += 1
                        continue
                    }
                    if c0 >= 0x30 && c0 <= 0x39 {
                        j += 1
                        continue
                    }
                    let (s2, l2) = scalar(b, j)
                    let k2 = kind(s2)
                    // Letter-dot abbreviations after a hyphen: Israel-U.S.
                    if s2 == 0x2E, j - segmentStart == 1, isASCIILetter(b[j - 1]), segmentStart > start {
                        if j + 2 < n, isASCIILetter(b[j + 1]), b[j + 2] == 0x2E {
                            j += 1
                            segmentStart = j
                            continue
                        }
                        if b[segmentStart - 1] == 0x2E {
                            j += 1
                            break
                        }
                    }
                    if k2 == .word {
                        if !(s2 >= 0x30 && s2 <= 0x39) { allDigits = false; hasLetters = true }
                        j += l2
                        continue
                    }
                    if (s2 == 0x2E || s2 == 0x2C), j > start, isDigit(b[j - 1]), j + 1 < n, isDigit(b[j + 1]) {
                        j += 1
                        continue
                    }
                    if k2 == .hyphen, j + l2 < n, kind(scalar(b, j + l2).0) == .word {
                        flags |= hyphenated
                        j += l2
                        segmentStart = j
                        continue
                    }
                    if k2 == .apostrophe, j + l2 < n {
                        let next = b[j + l2]
                        let afterS = j + l2 + 1
                        let isPossessive =
                            (next == 0x73 || next == 0x53) && (afterS >= n || kind(scalar(b, afterS).0) != .word)
                        if isPossessive { break }
                        if hasLetters, kind(scalar(b, j + l2).0) == .word {
                            j += l2
                            continue
                        }
                    }
                    break
                }
                _ = allDigits
                if !hasLetters { flags |= number }
                emit(start, j, flags)
                lastContentEnd = j
                i = j
                // Possessive marker as its own token.
                if i < n {
                    let (s3, l3) = scalar(b, i)
                    if kind(s3) == .apostrophe, i + l3 < n, b[i + l3] == 0x73 || b[i + l3] == 0x53 {
                        let e = i + l3 + 1
                        if e >= n || kind(scalar(b, e).0) != .word {
                            emit(i, e, possessive)
                            lastContentEnd = e
                            i = e
                        }
                    }
                }
                // A period right after a word: abbreviation or sentence end.
                if i < n, b[i] == 0x2E, !(i + 1 < n && b[i + 1] == 0x2E) {
                    let wordLen = j - start
                    var isAbbrev = false
                    var isTrailing = false
                    if wordLen <= 6, !(flags & number != 0) {
                        var lower = ""
                        for k in start..<j where b[k] < 0x80 { lower.append(Character(Unicode.Scalar(b[k] | 0x20))) }
                        if lower.count == wordLen {
                            if titleAbbreviations.contains(lower) { isAbbrev = true }
                            if trailingAbbreviations.contains(lower) { isTrailing = true }
                            if lower == "no" {
                                let next = peekNext(i + 1)
                                isAbbrev = next.kind == .word && next.index < n && isDigit(b[next.index])
                            }
                        }
                        // A single capital letter is an initial (J. Smith) at a sentence start or after a
                        // capitalised word (Lloyd J. Austin), not after a lowercase one ("a post on X. Lopez").
                        let current = out.starts.count - 1
                        let afterName = current == sentFirstToken
                            || (current > sentFirstToken && b[Int(out.starts[current - 1])] >= 0x41
                                && b[Int(out.starts[current - 1])] <= 0x5A)
                        if wordLen == 1, afterName, b[start] >= 0x41, b[start] <= 0x5A {
                            let next = peekNext(i + 1)
                            if next.kind == .word, next.index > i + 1, !startsLowercase(next.index) { isAbbrev = true }
                        }
                    }
                    if isAbbrev || isTrailing {
                        if out.flags.last.map({ $0 & possessive == 0 }) == true { markAbbreviation() }
                        i += 1
                        lastContentEnd = i
                        let next = peekNext(i)
                        if next.kind == .newline { breakSentence() } else if isTrailing, next.kind == .word,
                            next.index > i, !startsLowercase(next.index)
                        {
                            breakSentence()
                        }
                        continue
                    }
                }
                continue
            }

            // Punctuation.
            switch kd {
            case .period, .terminator, .ellipsis:
                var j = i + len
                var isEllipsis = kd == .ellipsis
                while j < n {
                    let (s2, l2) = scalar(b, j)
                    let k2 = kind(s2)
                    if k2 == .period || k2 == .terminator || k2 == .ellipsis {
                        if k2 != .terminator { isEllipsis = isEllipsis || k2 == .ellipsis || s2 == 0x2E }
                        j += l2
                    } else {
                        break
                    }
                }
                if kd == .period, j - i >= 2 { isEllipsis = true }
                if kd == .period, j - i == 1 { isEllipsis = false }
                j = skipClosers(j)
                lastContentEnd = j
                let next = peekNext(j)
                i = j
                if next.kind == .newline {
                    breakSentence()
                } else if next.index == j {
                    // No space after: "in...to", "Amazon.com", "end.”" handled by closers.
                    continue
                } else if next.kind == .word, startsLowercase(next.index) {
                    continue
                } else if isEllipsis, next.kind != .word {
                    continue
                } else if next.kind == .other || next.kind == .word || next.kind == .apostrophe || next.kind == .closer {
                    // Opening quotes and brackets, capitalised words and numbers start a new sentence.
                    if next.kind == .other, let u = Unicode.Scalar(next.scalar), ",;:)]}".unicodeScalars.contains(u) {
                        continue
                    }
                    breakSentence()
                }
            default:
                i += len
                lastContentEnd = i
            }
        }
        breakSentence()
        }
    }
}
