import DossierModel

/// One document prepared for the finders: bytes, tokens and its entity mentions.
struct DocumentContext {
    var index: Int
    var bytes: [UInt8]
    var tokens: [TextToken]
    var sentences: [Range<Int>]
    var date: Day?
    /// Mentions of this document, in text order, with entity types.
    var mentions: [EntityMention]
    var types: [EntityType]
    /// Per mention: +1 woman, -1 man, 0 unknown (from the entity's given name).
    var genders: [Int8] = []
    /// Paragraph byte ranges (from the tokenizer's paragraph starts; wrapped lines are one paragraph).
    var paragraphs: [Range<Int>] = []
    /// Per sentence: `SentenceFlags` bits.
    var sentenceFlags: [UInt8] = []
    /// Types of all entities of the corpus (by entity id).
    var entityTypes: [EntityType] = []

    /// Paragraphs from sentence ranges and flags: each runs from its first sentence to the next paragraph.
    static func paragraphs(sentences: [Range<Int>], flags: [UInt8], byteCount: Int) -> [Range<Int>] {
        var starts: [Int] = []
        for (i, r) in sentences.enumerated() where i == 0 || (i < flags.count && flags[i] & SentenceFlags.paragraphStart != 0) {
            starts.append(r.lowerBound)
        }
        var out: [Range<Int>] = []
        for (k, lo) in starts.enumerated() {
            let next = k + 1 < starts.count ? starts[k + 1] : byteCount
            // the paragraph ends with its last sentence before the next one starts
            var hi = lo
            for r in sentences where r.lowerBound >= lo && r.lowerBound < next { hi = max(hi, r.upperBound) }
            if hi > lo { out.append(lo..<hi) }
        }
        return out
    }

    /// The index of the paragraph containing byte `pos` (the nearest before it when between paragraphs).
    func paragraph(at pos: Int) -> Int { Self.range(in: paragraphs, at: pos) }

    /// Whether the sentence containing byte `pos` is running text (not a dateline, boilerplate or table line).
    func isText(at pos: Int) -> Bool {
        let s = sentence(at: pos)
        return s >= sentenceFlags.count || sentenceFlags[s] & SentenceFlags.notText == 0
    }

    func text(_ r: Range<Int>) -> String {
        let lo = max(0, min(r.lowerBound, bytes.count)), hi = max(lo, min(r.upperBound, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// The index of the sentence containing byte `pos` (the nearest one when between sentences).
    func sentence(at pos: Int) -> Int { Self.range(in: sentences, at: pos) }

    /// The index of the last of the sorted `ranges` starting at or before `pos` (0 when none does or there are none).
    static func range(in ranges: [Range<Int>], at pos: Int) -> Int {
        var lo = 0, hi = ranges.count - 1
        guard hi >= 0 else { return 0 }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if ranges[mid].lowerBound <= pos { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Index of the first token starting at or after `pos`.
    func token(atOrAfter pos: Int) -> Int { Self.firstIndex(tokens.count) { tokens[$0].start >= pos } }

    /// The first index in `0..<count` where `isAfter` holds, for a predicate false then true (`count` when never).
    @inline(__always)
    static func firstIndex(_ count: Int, where isAfter: (Int) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isAfter(mid) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// The tokens a mention covers: from its first token to the first token after it.
    func tokens(of m: EntityMention) -> Range<Int> {
        let lo = token(atOrAfter: m.range.lowerBound)
        return lo..<max(lo, token(atOrAfter: m.range.upperBound))
    }

    /// The mention whose range starts at token `i`, if any.
    func mention(startingAt pos: Int) -> Int? {
        let lo = Self.firstIndex(mentions.count) { mentions[$0].range.lowerBound >= pos }
        return lo < mentions.count && mentions[lo].range.lowerBound == pos ? lo : nil
    }
}
