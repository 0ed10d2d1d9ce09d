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

    func text(_ r: Range<Int>) -> String {
        let lo = max(0, min(r.lowerBound, bytes.count)), hi = max(lo, min(r.upperBound, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// The index of the sentence containing byte `pos` (the nearest one when between sentences).
    func sentence(at pos: Int) -> Int {
        var lo = 0, hi = sentences.count - 1
        guard hi >= 0 else { return 0 }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].lowerBound <= pos { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Index of the first token starting at or after `pos`.
    func token(atOrAfter pos: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < pos { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The mention whose range starts at token `i`, if any.
    func mention(startingAt pos: Int) -> Int? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.lowerBound < pos { lo = mid + 1 } else { hi = mid }
        }
        return lo < mentions.count && mentions[lo].range.lowerBound == pos ? lo : nil
    }
}
