/// Per-token annotations from the tagger: universal POS tags, lemmas, named-entity tags.
extension Corpus {
    /// The universal POS tag of global token `k` (X when out of range).
    public func pos(ofToken k: Int) -> UniversalPOS {
        guard k >= 0, k < tokenPOS.count else { return .x }
        return UniversalPOS(rawValue: tokenPOS[k]) ?? .x
    }

    /// The id in `lemmas` of the lemma of global token `k` (nil when out of range).
    public func lemmaID(ofToken k: Int) -> UInt32? {
        guard k >= 0, k < tokenLemma.count else { return nil }
        return tokenLemma[k]
    }

    /// The case-folded lemma of global token `k` ("" when out of range).
    public func lemma(ofToken k: Int) -> String {
        guard let id = lemmaID(ofToken: k) else { return "" }
        return lemmas.term(Int(id))
    }

    /// Named-entity BIO tags of the tokens of document `d`, computed on demand (not stored).
    public func entityTags(inDocument d: Int) -> [EntityBIO] {
        guard documents.indices.contains(d) else { return [] }
        let lo = docTokenStart[d], hi = docTokenStart[d + 1]
        var pos = [UInt8](repeating: 0, count: hi - lo)
        var ent = [UInt8](repeating: 0, count: hi - lo)
        var scratch = Tagger.Scratch()
        var text = documents[d].text
        text.withUTF8 { b in
            tokenStart.withUnsafeBufferPointer { st in
                tokenEnd.withUnsafeBufferPointer { en in
                    pos.withUnsafeMutableBufferPointer { pp in
                        ent.withUnsafeMutableBufferPointer { ep in
                            for s in docSentenceStart[d]..<docSentenceStart[d + 1] {
                                let k0 = Int(sentenceTokenStart[s]), k1 = Int(sentenceTokenStart[s + 1])
                                guard k0 >= lo, k1 <= hi, k1 > k0 else { continue }
                                Tagger.shared.tag(
                                    b, starts: UnsafeBufferPointer(rebasing: st[k0..<k1]),
                                    ends: UnsafeBufferPointer(rebasing: en[k0..<k1]), pos: pp.baseAddress! + (k0 - lo),
                                    entities: ep.baseAddress! + (k0 - lo), scratch: &scratch)
                            }
                        }
                    }
                }
            }
        }
        return ent.map { EntityBIO(rawValue: $0) ?? .outside }
    }
}
