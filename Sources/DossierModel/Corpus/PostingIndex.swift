import Foundation

/// Positional postings in flat arrays.
///
/// Term `t` occurs at the global token positions `positions[termPositionStart[t]..<termPositionStart[t + 1]]`
/// (ascending), in the documents `postingDoc[termPostingStart[t]..<termPostingStart[t + 1]]` (ascending)
/// with the frequencies `postingFrequency[...]` of the same range. The parts of hyphenated words
/// ("hamas" in "Israel-Hamas") are indexed at the hyphenated token's position.
public struct PostingIndex: Sendable {
    public var termPositionStart: FlatArray<UInt32> = [0]
    public var positions: FlatArray<UInt32> = []
    public var termPostingStart: FlatArray<UInt32> = [0]
    public var postingDoc: FlatArray<UInt32> = []
    public var postingFrequency: FlatArray<UInt32> = []
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
    public func positions(of t: Int, in tokens: Range<Int>) -> Slice<FlatArray<UInt32>> {
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
    static func build(tokenTerm: FlatArray<UInt32>, docTokenStart: [Int], partToken: [UInt32], partTerm: [UInt32], termCount: Int)
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

    /// Raw pointers handed to worker threads that write disjoint ranges.
    struct Shared<T>: @unchecked Sendable {
        let p: UnsafeMutablePointer<T>
    }
    struct SharedIn<T>: @unchecked Sendable {
        let p: UnsafeBufferPointer<T>
    }

    static func build(
        tt: UnsafeBufferPointer<UInt32>, pTok: UnsafeBufferPointer<UInt32>, pTerm: UnsafeBufferPointer<UInt32>,
        docTokenStart: [Int], termCount: Int
    ) -> PostingIndex {
        var ix = PostingIndex()
        let T = termCount
        let docCount = max(0, docTokenStart.count - 1)
        let workers = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount, docCount))
        let tokens = SharedIn(p: tt), partTok = SharedIn(p: pTok), partTerms = SharedIn(p: pTerm)
        // Pass 1, split by documents: occurrences and document frequencies per worker, then summed.
        let counts = Shared(p: UnsafeMutablePointer<UInt32>.allocate(capacity: (T + 1) * workers))
        let dfs = Shared(p: UnsafeMutablePointer<UInt32>.allocate(capacity: (T + 1) * workers))
        let lastDoc = Shared(p: UnsafeMutablePointer<Int32>.allocate(capacity: (T + 1) * workers))
        defer {
            counts.p.deallocate()
            dfs.p.deallocate()
            lastDoc.p.deallocate()
        }
        counts.p.initialize(repeating: 0, count: (T + 1) * workers)
        dfs.p.initialize(repeating: 0, count: (T + 1) * workers)
        lastDoc.p.initialize(repeating: -1, count: (T + 1) * workers)
        var docBounds = [0]
        let totalTokens = docTokenStart.last ?? 0
        for w in 1..<max(1, workers) {
            let target = totalTokens * w / workers
            var d = docBounds.last ?? 0
            while d < docCount, docTokenStart[d] < target { d += 1 }
            docBounds.append(d)
        }
        docBounds.append(docCount)
        let bounds = docBounds
        let starts = docTokenStart
        @Sendable func firstPart(atOrAfter token: Int) -> Int {
            var lo = 0, hi = partTok.p.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(partTok.p[mid]) < token { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let c = counts.p + w * (T + 1), f = dfs.p + w * (T + 1), last = lastDoc.p + w * (T + 1)
            guard bounds[w] < bounds[w + 1] else { return }
            var p = firstPart(atOrAfter: starts[bounds[w]])
            for d in bounds[w]..<bounds[w + 1] {
                let d32 = Int32(d)
                for k in starts[d]..<starts[d + 1] {
                    let t = Int(tokens.p[k])
                    c[t] += 1
                    if last[t] != d32 { last[t] = d32; f[t] += 1 }
                    while p < partTok.p.count, Int(partTok.p[p]) == k {
                        let u = Int(partTerms.p[p])
                        c[u] += 1
                        if last[u] != d32 { last[u] = d32; f[u] += 1 }
                        p += 1
                    }
                }
            }
        }
        var posStart = [UInt32](repeating: 0, count: T + 1)
        var postStart = [UInt32](repeating: 0, count: T + 1)
        var acc: UInt32 = 0, accD: UInt32 = 0
        for t in 0..<T {
            posStart[t] = acc
            postStart[t] = accD
            for w in 0..<workers {
                acc += counts.p[w * (T + 1) + t]
                accD += dfs.p[w * (T + 1) + t]
            }
        }
        posStart[T] = acc
        postStart[T] = accD
        var positions = [UInt32](repeating: 0, count: Int(acc))
        var postingDoc = [UInt32](repeating: 0, count: Int(accD))
        var postingFreq = [UInt32](repeating: 0, count: Int(accD))
        // Pass 2, split by term ranges of about equal size: each worker scans all tokens, writes its terms only.
        let posCursor = counts.p, postCursor = dfs.p, lastD = lastDoc.p
        for t in 0...T {
            posCursor[t] = posStart[t]
            postCursor[t] = postStart[t]
            lastD[t] = -1
        }
        var termBounds = [0]
        for w in 1..<max(1, workers) {
            let target = UInt64(acc) * UInt64(w) / UInt64(workers)
            var t = termBounds.last ?? 0
            while t < T, UInt64(posStart[t]) < target { t += 1 }
            termBounds.append(t)
        }
        termBounds.append(T)
        let tb = termBounds
        let cursors = Shared(p: posCursor), postCursors = Shared(p: postCursor), lastDocs = Shared(p: lastD)
        positions.withUnsafeMutableBufferPointer { pos in
            postingDoc.withUnsafeMutableBufferPointer { pd in
                postingFreq.withUnsafeMutableBufferPointer { pf in
                    guard let posBase = pos.baseAddress ?? (acc == 0 ? UnsafeMutablePointer<UInt32>.allocate(capacity: 1) : nil),
                        let pdBase = pd.baseAddress ?? (accD == 0 ? UnsafeMutablePointer<UInt32>.allocate(capacity: 1) : nil),
                        let pfBase = pf.baseAddress ?? (accD == 0 ? UnsafeMutablePointer<UInt32>.allocate(capacity: 1) : nil)
                    else { return }
                    let outPos = Shared(p: posBase), outDoc = Shared(p: pdBase), outFreq = Shared(p: pfBase)
                    DispatchQueue.concurrentPerform(iterations: workers) { w in
                        let lo = tb[w], hi = tb[w + 1]
                        guard lo < hi else { return }
                        let posC = cursors.p, postC = postCursors.p, last = lastDocs.p
                        var p = 0
                        for d in 0..<docCount {
                            let d32 = Int32(d)
                            for k in starts[d]..<starts[d + 1] {
                                var t = Int(tokens.p[k])
                                while true {
                                    if t >= lo && t < hi {
                                        outPos.p[Int(posC[t])] = UInt32(k)
                                        posC[t] += 1
                                        if last[t] != d32 {
                                            last[t] = d32
                                            outDoc.p[Int(postC[t])] = UInt32(d)
                                            postC[t] += 1
                                        }
                                        outFreq.p[Int(postC[t]) - 1] += 1
                                    }
                                    guard p < partTok.p.count, Int(partTok.p[p]) == k else { break }
                                    t = Int(partTerms.p[p])
                                    p += 1
                                }
                            }
                        }
                    }
                    if pos.baseAddress == nil { posBase.deallocate() }
                    if pd.baseAddress == nil { pdBase.deallocate() }
                    if pf.baseAddress == nil { pfBase.deallocate() }
                }
            }
        }
        ix.termPositionStart = FlatArray(posStart)
        ix.positions = FlatArray(positions)
        ix.termPostingStart = FlatArray(postStart)
        ix.postingDoc = FlatArray(postingDoc)
        ix.postingFrequency = FlatArray(postingFreq)
        return ix
    }
}
