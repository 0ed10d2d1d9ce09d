/// Positional postings in flat arrays.
///
/// Term `t` occurs at the global token positions `positions[termPositionStart[t]..<termPositionStart[t + 1]]`
/// (ascending), in the documents `postingDoc[termPostingStart[t]..<termPostingStart[t + 1]]` (ascending)
/// with the frequencies `postingFrequency[...]` of the same range. The parts of hyphenated words
/// ("hamas" in "Israel-Hamas") are indexed at the hyphenated token's position.
public struct PostingIndex: Sendable {
    public var termPositionStart: [UInt32] = [0]
    public var positions: [UInt32] = []
    public var termPostingStart: [UInt32] = [0]
    public var postingDoc: [UInt32] = []
    public var postingFrequency: [UInt32] = []
    /// Hyphenated-word parts: token `partToken[i]` also stands for term `partTerm[i]` (sorted by token).
    public var partToken: [UInt32] = []
    public var partTerm: [UInt32] = []

    public init() {}

    /// How many documents hold term `t`.
    public func documentFrequency(_ t: Int) -> Int {
        guard t >= 0, t + 1 < termPostingStart.count else { return 0 }
        return Int(termPostingStart[t + 1] - termPostingStart[t])
    }

    /// How often term `t` occurs (parts included).
    public func collectionFrequency(_ t: Int) -> Int {
        guard t >= 0, t + 1 < termPositionStart.count else { return 0 }
        return Int(termPositionStart[t + 1] - termPositionStart[t])
    }

    public func positionRange(_ t: Int) -> Range<Int> {
        guard t >= 0, t + 1 < termPositionStart.count else { return 0..<0 }
        return Int(termPositionStart[t])..<Int(termPositionStart[t + 1])
    }

    public func postingRange(_ t: Int) -> Range<Int> {
        guard t >= 0, t + 1 < termPostingStart.count else { return 0..<0 }
        return Int(termPostingStart[t])..<Int(termPostingStart[t + 1])
    }

    /// Positions of term `t` within the global token range `tokens` (binary search).
    public func positions(of t: Int, in tokens: Range<Int>) -> ArraySlice<UInt32> {
        let r = positionRange(t)
        let lo = lowerBound(r, UInt32(clamping: tokens.lowerBound))
        let hi = lowerBound(lo..<r.upperBound, UInt32(clamping: tokens.upperBound))
        return positions[lo..<hi]
    }

    func lowerBound(_ r: Range<Int>, _ value: UInt32) -> Int {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if positions[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Builds the index from token terms and hyphen parts (two linear passes over the tokens).
    static func build(tokenTerm: [UInt32], docTokenStart: [Int], partToken: [UInt32], partTerm: [UInt32], termCount: Int)
        -> PostingIndex
    {
        var ix = tokenTerm.withUnsafeBufferPointer { tt in
            partToken.withUnsafeBufferPointer { pTok in
                partTerm.withUnsafeBufferPointer { pTerm in
                    build(tt: tt, pTok: pTok, pTerm: pTerm, docTokenStart: docTokenStart, termCount: termCount)
                }
            }
        }
        ix.partToken = partToken
        ix.partTerm = partTerm
        return ix
    }

    static func build(
        tt: UnsafeBufferPointer<UInt32>, pTok: UnsafeBufferPointer<UInt32>, pTerm: UnsafeBufferPointer<UInt32>,
        docTokenStart: [Int], termCount: Int
    ) -> PostingIndex {
        var ix = PostingIndex()
        let T = termCount
        let docCount = max(0, docTokenStart.count - 1)
        let counts = UnsafeMutablePointer<UInt32>.allocate(capacity: T + 1)
        let dfs = UnsafeMutablePointer<UInt32>.allocate(capacity: T + 1)
        let lastDoc = UnsafeMutablePointer<Int32>.allocate(capacity: T + 1)
        defer {
            counts.deallocate()
            dfs.deallocate()
            lastDoc.deallocate()
        }
        counts.initialize(repeating: 0, count: T + 1)
        dfs.initialize(repeating: 0, count: T + 1)
        lastDoc.initialize(repeating: -1, count: T + 1)
        // Pass 1: occurrences and document frequencies.
        var p = 0
        for d in 0..<docCount {
            let d32 = Int32(d)
            for k in docTokenStart[d]..<docTokenStart[d + 1] {
                let t = Int(tt[k])
                counts[t] += 1
                if lastDoc[t] != d32 { lastDoc[t] = d32; dfs[t] += 1 }
                while p < pTok.count, Int(pTok[p]) == k {
                    let u = Int(pTerm[p])
                    counts[u] += 1
                    if lastDoc[u] != d32 { lastDoc[u] = d32; dfs[u] += 1 }
                    p += 1
                }
            }
        }
        var posStart = [UInt32](repeating: 0, count: T + 1)
        var postStart = [UInt32](repeating: 0, count: T + 1)
        var acc: UInt32 = 0, accD: UInt32 = 0
        for t in 0..<T {
            posStart[t] = acc
            postStart[t] = accD
            acc += counts[t]
            accD += dfs[t]
        }
        posStart[T] = acc
        postStart[T] = accD
        var positions = [UInt32](repeating: 0, count: Int(acc))
        var postingDoc = [UInt32](repeating: 0, count: Int(accD))
        var postingFreq = [UInt32](repeating: 0, count: Int(accD))
        // Reuse counts as position cursors and dfs as posting cursors.
        for t in 0...T {
            counts[t] = posStart[t]
            dfs[t] = postStart[t]
            lastDoc[t] = -1
        }
        positions.withUnsafeMutableBufferPointer { pos in
            postingDoc.withUnsafeMutableBufferPointer { pd in
                postingFreq.withUnsafeMutableBufferPointer { pf in
                    var p = 0
                    for d in 0..<docCount {
                        let d32 = Int32(d)
                        for k in docTokenStart[d]..<docTokenStart[d + 1] {
                            var t = Int(tt[k])
                            while true {
                                pos[Int(counts[t])] = UInt32(k)
                                counts[t] += 1
                                if lastDoc[t] != d32 {
                                    lastDoc[t] = d32
                                    pd[Int(dfs[t])] = UInt32(d)
                                    dfs[t] += 1
                                }
                                pf[Int(dfs[t]) - 1] += 1
                                guard p < pTok.count, Int(pTok[p]) == k else { break }
                                t = Int(pTerm[p])
                                p += 1
                            }
                        }
                    }
                }
            }
        }
        ix.termPositionStart = posStart
        ix.positions = positions
        ix.termPostingStart = postStart
        ix.postingDoc = postingDoc
        ix.postingFrequency = postingFreq
        return ix
    }
}
