import DossierModel

/// The learned tagger's reading of each raw mention: the corpus stores every token's POS, and the
/// tagger's named-entity decoding runs on a window around each mention only (not on every token).
/// The result (`RawMention.tagged`) is one piece of evidence in the corpus-level type vote.
enum MentionTagging {
    /// Sets `tagged` on the mentions `ms` of document `d` (deterministic: same corpus, same tags).
    static func tag(_ ms: inout [RawMention], corpus: Corpus, doc d: Int, scratch: inout Tagger.Scratch) {
        let tagger = Tagger.shared
        guard tagger.isTrained, !ms.isEmpty, corpus.documents.indices.contains(d),
            corpus.tokenPOS.count == corpus.tokenStart.count, d + 1 < corpus.docTokenStart.count,
            d + 1 < corpus.docSentenceStart.count
        else { return }
        let t0 = corpus.docTokenStart[d], t1 = corpus.docTokenStart[d + 1]
        let s0 = corpus.docSentenceStart[d], s1 = corpus.docSentenceStart[d + 1]
        guard t1 > t0, s1 > s0 else { return }
        var text = corpus.documents[d].text
        var out = [UInt8](repeating: 0, count: 64)
        text.withUTF8 { b in
            corpus.tokenStart.withUnsafeBufferPointer { st in
                corpus.tokenEnd.withUnsafeBufferPointer { en in
                    corpus.tokenPOS.withUnsafeBufferPointer { pos in
                        // only names the rules left untyped are read: upper-case names (datelines, banners,
                        // acronyms) are out of the tagger's training, and a typed name has its evidence
                        // and a name is read at most twice per document (its later mentions add little, cost as much)
                        var reads: [String: Int] = [:]
                        for i in ms.indices where ms[i].type == nil && ms[i].surface.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) {
                            guard reads[ms[i].surface, default: 0] < 2 else { continue }
                            reads[ms[i].surface, default: 0] += 1
                            guard let (k0, k1) = tokens(of: ms[i].range, st, en, t0, t1) else { continue }
                            let s = corpus.sentence(ofToken: k0)
                            let a = Int(corpus.sentenceTokenStart[s]), z = min(Int(corpus.sentenceTokenStart[s + 1]), t1)
                            guard k0 >= a, k0 < z else { continue }
                            let hi = min(k1, z)
                            if out.count < hi - k0 { out = [UInt8](repeating: 0, count: hi - k0) }
                            out.withUnsafeMutableBufferPointer { o in
                                tagger.entities(
                                    b, starts: UnsafeBufferPointer(rebasing: st[a..<z]), ends: UnsafeBufferPointer(rebasing: en[a..<z]),
                                    pos: UnsafeBufferPointer(rebasing: pos[a..<z]), window: (k0 - a)..<(hi - a), out: o.baseAddress!,
                                    scratch: &scratch)
                            }
                            ms[i].tagged = majority(out[0..<(hi - k0)])
                        }
                    }
                }
            }
        }
    }

    /// The global token range `k0..<k1` of the corpus tokens overlapping `r` (bytes), within `t0..<t1`.
    static func tokens(
        of r: Range<Int>, _ st: UnsafeBufferPointer<UInt32>, _ en: UnsafeBufferPointer<UInt32>, _ t0: Int, _ t1: Int
    ) -> (Int, Int)? {
        var lo = t0, hi = t1
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(en[mid]) <= r.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var k1 = lo
        while k1 < t1, Int(st[k1]) < r.upperBound { k1 += 1 }
        return k1 > lo ? (lo, k1) : nil
    }

    /// The entity type most of the tags name, when at least half of the tokens have it (ties: none).
    static func majority(_ tags: ArraySlice<UInt8>) -> EntityType? {
        var per = 0, org = 0, loc = 0
        for t in tags {
            switch EntityBIO(rawValue: t) ?? .outside {
            case .beginPerson, .insidePerson: per += 1
            case .beginOrganization, .insideOrganization: org += 1
            case .beginLocation, .insideLocation: loc += 1
            case .outside: break
            }
        }
        let best = max(per, org, loc)
        guard best > 0, best * 2 >= tags.count else { return nil }
        if [per, org, loc].filter({ $0 == best }).count > 1 { return nil }
        return best == per ? .person : best == org ? .organization : .place
    }
}
