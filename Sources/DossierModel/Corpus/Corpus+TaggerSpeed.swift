import Foundation

/// The tagger's speed on this corpus, for `dossier-bench`: POS tags of every sentence on one thread.
extension Corpus {
    /// Tags every sentence `repeats` times on the calling thread (POS only, as ingest does) and returns
    /// the token count of one pass, the fastest pass's seconds and an FNV-1a checksum of the tags (the
    /// same tags give the same checksum, whatever code path computed them).
    public func timeTagging(repeats: Int) -> (tokens: Int, seconds: Double, checksum: UInt64) {
        var best = Double.infinity
        var scratch = Tagger.Scratch()
        var pos = [UInt8](repeating: 0, count: tokenStart.count)
        var sink = 0
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds
            for d in documents.indices {
                var text = documents[d].text
                text.withUTF8 { b in tagDocument(d, b, &pos, &scratch) }
                sink &+= Int(pos[docTokenStart[d]..<docTokenStart[d + 1]].first ?? 0)
            }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        var checksum = TaggerHash.offset
        for p in pos { checksum = TaggerHash.step(checksum, p) }
        return (sink == Int.min ? 0 : tokenStart.count, best, checksum)
    }

    private func tagDocument(_ d: Int, _ b: UnsafeBufferPointer<UInt8>, _ pos: inout [UInt8], _ scratch: inout Tagger.Scratch) {
        tokenStart.withUnsafeBufferPointer { st in
            tokenEnd.withUnsafeBufferPointer { en in
                pos.withUnsafeMutableBufferPointer { pp in
                    for s in docSentenceStart[d]..<docSentenceStart[d + 1] {
                        let k0 = Int(sentenceTokenStart[s]), k1 = Int(sentenceTokenStart[s + 1])
                        guard k1 > k0, k1 <= pp.count else { continue }
                        Tagger.shared.tag(
                            b, starts: UnsafeBufferPointer(rebasing: st[k0..<k1]), ends: UnsafeBufferPointer(rebasing: en[k0..<k1]),
                            pos: pp.baseAddress! + k0, entities: nil, scratch: &scratch)
                    }
                }
            }
        }
    }
}
