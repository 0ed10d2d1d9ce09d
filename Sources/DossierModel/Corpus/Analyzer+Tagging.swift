import Foundation

extension Analyzer {
    /// Pointers into the POS array; workers write disjoint sentence slices.
    struct TagOutput: @unchecked Sendable {
        let pos: UnsafeMutablePointer<UInt8>
        let starts: UnsafePointer<UInt32>
        let ends: UnsafePointer<UInt32>
    }

    /// Tags every token with a universal POS (per document, in parallel), then gives each a lemma:
    /// one lemmatizer call per distinct (term, POS), lemma strings interned in `lemmas`.
    static func tag(texts: [String], _ a: inout Analysis) {
        let total = a.tokenTerm.count
        var tokenPOS = [UInt8](repeating: UniversalPOS.x.rawValue, count: total)
        let tagger = Tagger.shared
        let docSentences = a.docSentenceStart, sentenceStart = a.sentenceTokenStart
        let n = texts.count
        let chunks = max(1, min(n, ProcessInfo.processInfo.activeProcessorCount * 8))
        a.tokenStart.withUnsafeBufferPointer { st in
            a.tokenEnd.withUnsafeBufferPointer { en in
                tokenPOS.withUnsafeMutableBufferPointer { pos in
                    guard let pb = pos.baseAddress, let sb = st.baseAddress, let eb = en.baseAddress else { return }
                    let out = TagOutput(pos: pb, starts: sb, ends: eb)
                    DispatchQueue.concurrentPerform(iterations: chunks) { c in
                        var scratch = Tagger.Scratch()
                        for d in (c * n / chunks)..<((c + 1) * n / chunks) {
                            var text = texts[d]
                            text.withUTF8 { b in
                                for s in docSentences[d]..<docSentences[d + 1] {
                                    let k0 = Int(sentenceStart[s]), k1 = Int(sentenceStart[s + 1])
                                    guard k1 > k0, k1 <= total else { continue }
                                    tagger.tag(
                                        b, starts: UnsafeBufferPointer(start: out.starts + k0, count: k1 - k0),
                                        ends: UnsafeBufferPointer(start: out.ends + k0, count: k1 - k0), pos: out.pos + k0,
                                        entities: nil, scratch: &scratch)
                                }
                            }
                        }
                    }
                }
            }
        }
        a.tokenPOS = FlatArray(tokenPOS)
        lemmatize(&a, tagger.lemmatizer)
    }

    /// Fills `tokenLemma` and `lemmas` from terms and POS tags.
    static func lemmatize(_ a: inout Analysis, _ lemmatizer: Lemmatizer) {
        var lemmas = Lexicon()
        var known: [UInt64: UInt32] = [:]
        var out = [UInt32](repeating: 0, count: a.tokenTerm.count)
        let lexicon = a.lexicon
        for k in 0..<a.tokenTerm.count {
            let term = a.tokenTerm[k], pos = a.tokenPOS[k]
            let key = UInt64(term) << 8 | UInt64(pos)
            if let id = known[key] {
                out[k] = id
                continue
            }
            let lemma = lemmatizer.lemma(lexicon.term(Int(term)), UniversalPOS(rawValue: pos) ?? .x)
            let id = lemmas.intern(lemma)
            known[key] = id
            out[k] = id
        }
        a.tokenLemma = FlatArray(out)
        a.lemmas = lemmas
    }
}
