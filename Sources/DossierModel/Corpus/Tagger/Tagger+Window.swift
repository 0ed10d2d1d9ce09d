extension Tagger {
    /// Entity tags of the tokens `window` of one sentence whose POS tags are already known (the corpus
    /// stores them): `starts`, `ends` and `pos` cover the whole sentence; one `EntityBIO` raw value per
    /// window token is written to `out`. Decoding starts at the window with no entity before it, so the
    /// tags match a whole-sentence decoding wherever the token before the window is outside an entity;
    /// the features see the real neighbours (two tokens each side). Deterministic, no String made.
    public func entities(
        _ text: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<UInt32>, ends: UnsafeBufferPointer<UInt32>,
        pos: UnsafeBufferPointer<UInt8>, window: Range<Int>, out: UnsafeMutablePointer<UInt8>, scratch: inout Scratch
    ) {
        let n = min(starts.count, ends.count, pos.count)
        let lo = max(0, window.lowerBound), hi = min(n, window.upperBound)
        guard hi > lo else { return }
        let a = max(0, lo - 2), z = min(n, hi + 2)
        scratch.tokens.removeAll(keepingCapacity: true)
        scratch.pos.removeAll(keepingCapacity: true)
        // two boundary tokens before the first real neighbour and after the last: token lo sits at 2 + (lo - a)
        for _ in 0..<2 {
            scratch.tokens.append(.boundary)
            scratch.pos.append(TaggerFeatures.noTag)
        }
        for k in a..<z {
            let s = min(Int(starts[k]), text.count), e = max(s, min(Int(ends[k]), text.count))
            let prevEnd: Int? = k > 0 ? min(Int(ends[k - 1]), s) : nil
            scratch.tokens.append(TaggerToken(text, s, e, gapLo: prevEnd, lexicon: lexicon))
            scratch.pos.append(pos[k])
        }
        for _ in 0..<2 {
            scratch.tokens.append(.boundary)
            scratch.pos.append(TaggerFeatures.noTag)
        }
        let offset = 2 + (lo - a)
        scratch.tokens.withUnsafeBufferPointer { tk in
            scratch.pos.withUnsafeBufferPointer { pp in
                decodeNER(tk.baseAddress! + offset, pp.baseAddress! + offset, hi - lo, out)
            }
        }
    }
}
