extension Analysis {
    /// The analysis of documents taken from analyses of the same texts, in `plan` order (source,
    /// document): tokens, sentences, hyphen parts and POS tags copied, terms and lemmas re-interned in
    /// stream order (each token's term, then its parts), so their ids, and so everything built on them,
    /// equal a cold analysis of the same texts (the tagger and the lemmatizer work within a sentence).
    /// Used when a few files changed: only those are tokenized and tagged again. Boilerplate, which
    /// depends on the whole corpus, is marked again over `texts` (every document's text, in plan
    /// order), and the postings are rebuilt.
    static func merge(_ sources: [Analysis], plan: [(source: Int, document: Int)], texts: [String]) -> Analysis {
        var result = Analysis()
        var termRemap = sources.map { [UInt32](repeating: .max, count: $0.lexicon.count) }
        var lemmaRemap = sources.map { [UInt32](repeating: .max, count: $0.lemmas.count) }
        var partToken: [UInt32] = []
        var partTerm: [UInt32] = []
        let total = plan.reduce(0) { $0 + sources[$1.source].docTokenStart[$1.document + 1] - sources[$1.source].docTokenStart[$1.document] }
        var tokenStart: [UInt32] = [], tokenEnd: [UInt32] = [], tokenTerm: [UInt32] = [], tokenLemma: [UInt32] = []
        var tokenFlags: [UInt8] = [], tokenPOS: [UInt8] = []
        tokenStart.reserveCapacity(total)
        tokenEnd.reserveCapacity(total)
        tokenTerm.reserveCapacity(total)
        tokenFlags.reserveCapacity(total)
        tokenPOS.reserveCapacity(total)
        tokenLemma.reserveCapacity(total)
        var sentenceStarts: [UInt32] = []
        for (src, d) in plan {
            let s = sources[src]
            let base = tokenTerm.count
            let range = s.docTokenStart[d]..<s.docTokenStart[d + 1]
            var part = lowerBound(s.index.partToken, UInt32(range.lowerBound))
            // What needs no re-interning is copied a document at a time.
            append(s.tokenStart, range, to: &tokenStart)
            append(s.tokenEnd, range, to: &tokenEnd)
            append(s.tokenFlags, range, to: &tokenFlags)
            append(s.tokenPOS, range, to: &tokenPOS)
            for k in range {
                tokenTerm.append(intern(s.tokenTerm[k], from: s.lexicon, into: &result.lexicon, remap: &termRemap[src]))
                tokenLemma.append(intern(s.tokenLemma[k], from: s.lemmas, into: &result.lemmas, remap: &lemmaRemap[src]))
                while part < s.index.partToken.count, s.index.partToken[part] == UInt32(k) {
                    partToken.append(UInt32(base + k - range.lowerBound))
                    partTerm.append(intern(s.index.partTerm[part], from: s.lexicon, into: &result.lexicon, remap: &termRemap[src]))
                    part += 1
                }
            }
            result.docTokenStart.append(tokenTerm.count)
            for i in s.docSentenceStart[d]..<s.docSentenceStart[d + 1] {
                sentenceStarts.append(UInt32(Int(s.sentenceTokenStart[i]) - range.lowerBound + base))
            }
            result.docSentenceStart.append(sentenceStarts.count)
            result.sentenceBytes.append(s.sentenceBytes[d])
            result.sentenceFlags.append(s.sentenceFlags[d].map { $0 & ~(SentenceFlags.boilerplate | SentenceFlags.table) })
            result.wordCounts.append(s.wordCounts[d])
        }
        sentenceStarts.append(UInt32(tokenTerm.count))
        result.sentenceTokenStart = sentenceStarts
        result.tokenStart = FlatArray(tokenStart)
        result.tokenEnd = FlatArray(tokenEnd)
        result.tokenTerm = FlatArray(tokenTerm)
        result.tokenFlags = FlatArray(tokenFlags)
        result.tokenPOS = FlatArray(tokenPOS)
        result.tokenLemma = FlatArray(tokenLemma)
        result.index.partToken = partToken
        result.index.partTerm = partTerm
        Analyzer.finish(&result, texts: texts)
        return result
    }

    /// The id of source term `id` in `lexicon`: from `remap` once known (inlined: once per token).
    @inline(__always)
    private static func intern(_ id: UInt32, from source: Lexicon, into lexicon: inout Lexicon, remap: inout [UInt32]) -> UInt32 {
        let old = Int(id)
        if remap[old] != .max { return remap[old] }
        let new = source.arena.withUnsafeBufferPointer {
            lexicon.intern(UnsafeBufferPointer(rebasing: $0[Int(source.offsets[old])..<Int(source.offsets[old + 1])]))
        }
        remap[old] = new
        return new
    }

    private static func append<T>(_ source: FlatArray<T>, _ range: Range<Int>, to out: inout [T]) {
        source.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    private static func lowerBound(_ a: [UInt32], _ v: UInt32) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
