/// Marks sentences that are not running text: short lines repeated across many documents (sign-offs such
/// as `Reuter`, bylines, standing notes) and table lines (`Shr 24 cts vs 19 cts`).
enum Boilerplate {
    /// Paragraphs longer than this (in tokens) are never boilerplate.
    static let maxTokens = 12
    /// Table lines are at most this many tokens.
    static let maxTableTokens = 24

    /// A paragraph: its sentences within its document, and its tokens (global numbering).
    struct Paragraph {
        var doc: Int
        var sentences: Range<Int>
        var tokens: Range<Int>
    }

    /// The least number of documents a line must appear in to count as boilerplate.
    static func threshold(documents: Int) -> Int { max(3, documents / 1000) }

    static func mark(_ a: inout Analysis, texts: [String]) {
        var counts: [UInt64: Int] = [:]
        var candidates: [(Paragraph, UInt64)] = []
        for d in a.sentenceFlags.indices {
            var seen: Set<UInt64> = []
            let bytes = Array(texts[d].utf8)
            for p in paragraphs(of: d, in: a) {
                let count = p.tokens.count
                guard count > 0, count <= maxTableTokens, !endsWithTerminator(p, a, bytes) else { continue }
                if isTable(p, a) {
                    for s in p.sentences { a.sentenceFlags[d][s] |= SentenceFlags.table }
                    continue
                }
                guard count <= maxTokens else { continue }
                let h = hash(p, a)
                candidates.append((p, h))
                if seen.insert(h).inserted { counts[h, default: 0] += 1 }
            }
        }
        let least = threshold(documents: a.sentenceFlags.count)
        for (p, h) in candidates where counts[h, default: 0] >= least {
            for s in p.sentences { a.sentenceFlags[p.doc][s] |= SentenceFlags.boilerplate }
        }
    }

    /// The paragraphs of document `d`, from its sentences' paragraph-start flags.
    static func paragraphs(of d: Int, in a: Analysis) -> [Paragraph] {
        let flags = a.sentenceFlags[d]
        let s0 = a.docSentenceStart[d]
        var out: [Paragraph] = []
        var start = 0
        for s in 0...flags.count where s == flags.count || (s > start && flags[s] & SentenceFlags.paragraphStart != 0) {
            if s > start {
                let t0 = Int(a.sentenceTokenStart[s0 + start]), t1 = Int(a.sentenceTokenStart[s0 + s])
                out.append(Paragraph(doc: d, sentences: start..<s, tokens: t0..<t1))
            }
            start = s
        }
        return out
    }

    /// True when the paragraph's last content byte ends a sentence (then it is prose, not a line of boilerplate).
    static func endsWithTerminator(_ p: Paragraph, _ a: Analysis, _ bytes: [UInt8]) -> Bool {
        let end = Int(a.tokenEnd[p.tokens.upperBound - 1])
        var k = end
        while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x22 || bytes[k] == 0x29 { k += 1 }
        guard k < bytes.count else { return false }
        return bytes[k] == 0x2E || bytes[k] == 0x21 || bytes[k] == 0x3F
    }

    /// A table line: at least two numbers, making up a quarter of its tokens.
    static func isTable(_ p: Paragraph, _ a: Analysis) -> Bool {
        var numbers = 0
        for k in p.tokens where a.tokenFlags[k] & Tokenizer.number != 0 { numbers += 1 }
        return numbers >= 2 && numbers * 4 >= p.tokens.count
    }

    /// FNV-1a over the paragraph's term ids (case-folded, so `Reuter` and `REUTER` are one line).
    static func hash(_ p: Paragraph, _ a: Analysis) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in p.tokens {
            h = (h ^ UInt64(a.tokenTerm[k])) &* 0x100_0000_01b3
        }
        return h
    }
}
