/// Near-duplicate documents by MinHash over word shingles: each document's set of `shingle`-word
/// sequences (term ids, so case-folded) is sketched with one-permutation MinHash (`bins` minima of one
/// seeded 64-bit hash, empty bins filled from the next full one), candidate pairs come from LSH bands,
/// and a pair is kept when the sketches agree on at least `threshold` of the bins (the estimated
/// Jaccard similarity). Pairs are joined into clusters (union-find). Deterministic: fixed seed, fixed
/// bins, clusters and members in a fixed order.
public enum NearDuplicates {
    public static let shingle = 5
    public static let bins = 128
    public static let bandRows = 4
    public static let seed: UInt64 = 0xD055_1E8D_0B1E_5EED

    /// A cluster of near-duplicate documents: members in keeping order (earliest date first, undated
    /// last, ties by id), each with its estimated similarity to the first.
    public struct Cluster: Sendable, Hashable {
        public var members: [Int]
        public var similarity: [Double]
        public var kept: Int { members[0] }
    }

    /// Clusters of two or more documents among `documents`, ordered by their kept member's keeping order.
    public static func clusters(_ c: Corpus, documents: [Int], threshold: Double) -> [Cluster] {
        let docs = documents.filter { c.documents.indices.contains($0) }
        let sketches = Parallel.map(docs.count) { i in sketch(c, docs[i]) }
        var parent = Array(0..<docs.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for (a, b) in candidatePairs(sketches) where similarity(sketches[a], sketches[b]) >= threshold {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var groups: [Int: [Int]] = [:]
        for i in docs.indices { groups[find(i), default: []].append(i) }
        let order = keepingOrder(c)
        var out: [Cluster] = []
        for (_, members) in groups where members.count > 1 {
            let sorted = members.sorted { order(docs[$0], docs[$1]) }
            let first = sketches[sorted[0]]
            out.append(Cluster(members: sorted.map { docs[$0] }, similarity: sorted.map { similarity(first, sketches[$0]) }))
        }
        out.sort { order($0.kept, $1.kept) }
        return out
    }

    /// Earliest date first, undated documents after dated ones, ties by corpus order (the id).
    public static func keepingOrder(_ c: Corpus) -> (Int, Int) -> Bool {
        { a, b in
            switch (c.documents[a].date, c.documents[b].date) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a < b
            }
        }
    }

    /// The document's MinHash sketch (`bins` values); a document shorter than a shingle is one shingle.
    static func sketch(_ c: Corpus, _ d: Int) -> [UInt64] {
        let lo = c.docTokenStart[d], hi = c.docTokenStart[d + 1]
        var minima = [UInt64](repeating: .max, count: bins)
        let binBits = UInt64(bins.trailingZeroBitCount)
        let n = hi - lo
        let count = n >= shingle ? n - shingle + 1 : (n > 0 ? 1 : 0)
        c.tokenTerm.withUnsafeBufferPointer { terms in
            for k in 0..<count {
                var h: UInt64 = seed
                for j in 0..<min(shingle, n) { h = (h ^ UInt64(terms[lo + k + j])) &* 0x0000_0100_0000_01B3 }
                h = mix(h)
                let bin = Int(h >> (64 - binBits))
                let value = h & (UInt64.max >> binBits)
                if value < minima[bin] { minima[bin] = value }
            }
        }
        // Densify: an empty bin takes the next full bin's value, offset by the distance (rotation).
        guard minima.contains(where: { $0 != .max }) else { return minima }
        var filled = minima
        for i in 0..<bins where minima[i] == .max {
            var j = 1
            while minima[(i + j) % bins] == .max { j += 1 }
            filled[i] = mix(minima[(i + j) % bins] &+ UInt64(j))
        }
        return filled
    }

    /// The fraction of bins on which two sketches agree (0 for an empty document).
    static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard a[0] != .max, b[0] != .max else { return 0 }  // densified: only an empty document has .max
        var same = 0
        for i in 0..<bins where a[i] == b[i] { same += 1 }
        return Double(same) / Double(bins)
    }

    /// Pairs (lower index first, sorted, unique) sharing all `bandRows` values of at least one band.
    static func candidatePairs(_ sketches: [[UInt64]]) -> [(Int, Int)] {
        var pairs = Set<UInt64>()
        for band in stride(from: 0, to: bins, by: bandRows) {
            var buckets: [UInt64: [Int]] = [:]
            for (i, s) in sketches.enumerated() where s[0] != .max {
                var h: UInt64 = UInt64(band)
                for r in band..<(band + bandRows) { h = mix(h ^ s[r]) }
                buckets[h, default: []].append(i)
            }
            for (_, members) in buckets where members.count > 1 {
                // A huge bucket (boilerplate shared by thousands) links each member to the first only.
                if members.count > 200 {
                    for m in members.dropFirst() { pairs.insert(UInt64(members[0]) << 32 | UInt64(m)) }
                    continue
                }
                for x in 0..<(members.count - 1) {
                    for y in (x + 1)..<members.count { pairs.insert(UInt64(members[x]) << 32 | UInt64(members[y])) }
                }
            }
        }
        return pairs.sorted().map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
    }

    /// SplitMix64's finaliser.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
