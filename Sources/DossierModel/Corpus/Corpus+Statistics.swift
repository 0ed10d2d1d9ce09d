import Foundation

/// One row of a collocation table.
public struct Collocate: Sendable, Hashable {
    public var term: String
    public var observed: Int
    public var expected: Double
    public var score: Double
}

/// One row of a keyness table.
public struct Keyword: Sendable, Hashable {
    public var term: String
    public var target: Int
    public var reference: Int
    public var score: Double
}

/// Association and keyness measures.
public enum AssociationMeasure: String, Sendable, CaseIterable {
    case mi, t, llr, dice, logratio, chi2
}

extension Corpus {
    /// The documents of a scope (all when nil), valid and ascending.
    public func scopedDocuments(_ scope: [Int]?) -> [Int] {
        guard let scope else { return Array(documents.indices) }
        return Array(Set(scope.filter { documents.indices.contains($0) })).sorted()
    }

    /// Per term: occurrences (hyphen parts included) and documents, over the scope.
    public func termCounts(scope: [Int]?) -> (counts: [UInt32], docs: [UInt32]) {
        if scope == nil {
            let T = lexicon.count
            var c = [UInt32](repeating: 0, count: T), d = [UInt32](repeating: 0, count: T)
            for t in 0..<T {
                c[t] = UInt32(index.collectionFrequency(t))
                d[t] = UInt32(index.documentFrequency(t))
            }
            return (c, d)
        }
        return termCounts(documents: scopedDocuments(scope))
    }

    func termCounts(documents docs: [Int]) -> (counts: [UInt32], docs: [UInt32]) {
        let T = lexicon.count
        var counts = [UInt32](repeating: 0, count: T), dfs = [UInt32](repeating: 0, count: T)
        var last = [Int32](repeating: -1, count: T)
        for d in docs {
            let range = docTokenStart[d]..<docTokenStart[d + 1]
            func add(_ t: Int) {
                counts[t] += 1
                if last[t] != Int32(d) { last[t] = Int32(d); dfs[t] += 1 }
            }
            for k in range { add(Int(tokenTerm[k])) }
            var p = partLowerBound(UInt32(range.lowerBound))
            while p < index.partToken.count, Int(index.partToken[p]) < range.upperBound {
                add(Int(index.partTerm[p]))
                p += 1
            }
        }
        return (counts, dfs)
    }

    func partLowerBound(_ token: UInt32) -> Int {
        var lo = 0, hi = index.partToken.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if index.partToken[mid] < token { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Words near the matches of `node` within `window` tokens on each side (same document), scored by `measure`.
    public func collocates(
        of node: MatchList, window: Int, measure: AssociationMeasure, minimum: Int, skipStopWords: Bool, scope: [Int]?
    ) -> [Collocate] {
        let docs = scopedDocuments(scope)
        guard !docs.isEmpty else { return [] }
        var inScope = [Bool](repeating: scope == nil, count: documents.count)
        for d in docs { inScope[d] = true }
        let counts = termCounts(scope: scope).counts
        let N = Double(docs.reduce(0) { $0 + docTokenStart[$1 + 1] - docTokenStart[$1] })
        var observed: [UInt32: Int] = [:]
        var windowTokens = 0
        var nodeCount = 0
        let stop = skipStopWords ? stopMask() : []
        for (i, s) in node.starts.enumerated() {
            let k = Int(s)
            let d = document(ofToken: k)
            guard inScope[d] else { continue }
            nodeCount += 1
            let span = node.length(at: i)
            let lo = max(docTokenStart[d], k - window), hi = min(docTokenStart[d + 1], k + span + window)
            for j in lo..<hi where j < k || j >= k + span {
                windowTokens += 1
                let t = tokenTerm[j]
                if skipStopWords, stop[Int(t)] { continue }
                observed[t, default: 0] += 1
            }
        }
        guard nodeCount > 0, N > 0 else { return [] }
        let R1 = Double(windowTokens), R2 = max(N - R1, 0)
        var out: [Collocate] = []
        for (t, o) in observed where o >= minimum {
            let O11 = Double(o)
            let C1 = Double(max(Int(counts[Int(t)]), o))
            let E11 = R1 * C1 / N
            let score = Corpus.association(
                measure, O11: O11, R1: R1, R2: R2, C1: C1, N: N, nodeFrequency: Double(nodeCount))
            out.append(Collocate(term: lexicon.term(Int(t)), observed: o, expected: E11, score: score))
        }
        out.sort { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
        return out
    }

    /// An association score from a 2×2 table: O11 co-occurrences, row totals R1 (window tokens) and R2,
    /// column total C1 (the collocate's frequency), N tokens.
    public static func association(
        _ m: AssociationMeasure, O11: Double, R1: Double, R2: Double, C1: Double, N: Double, nodeFrequency: Double
    ) -> Double {
        let O12 = max(R1 - O11, 0), O21 = max(C1 - O11, 0), O22 = max(N - R1 - C1 + O11, 0)
        let C2 = N - C1
        let E11 = R1 * C1 / N, E12 = R1 * C2 / N, E21 = R2 * C1 / N, E22 = R2 * C2 / N
        switch m {
        case .mi: return E11 > 0 ? log2(O11 / E11) : 0
        case .t: return O11 > 0 ? (O11 - E11) / O11.squareRoot() : 0
        case .llr:
            func term(_ o: Double, _ e: Double) -> Double { o > 0 && e > 0 ? o * log(o / e) : 0 }
            let g2 = 2 * (term(O11, E11) + term(O12, E12) + term(O21, E21) + term(O22, E22))
            return O11 < E11 ? -g2 : g2
        case .dice: return (nodeFrequency + C1) > 0 ? 2 * O11 / (nodeFrequency + C1) : 0
        case .logratio:
            let a = (O11 == 0 ? 0.5 : O11) / max(R1, 1), b = (O21 == 0 ? 0.5 : O21) / max(R2, 1)
            return log2(a / b)
        case .chi2:
            let num = N * pow(O11 * O22 - O12 * O21, 2)
            let den = R1 * R2 * C1 * C2
            let chi = den > 0 ? num / den : 0
            return O11 < E11 ? -chi : chi
        }
    }

    /// Keyness of terms in `target` documents against `reference` documents.
    public func keywords(target: [Int], reference: [Int], measure: AssociationMeasure, minimum: Int, skipStopWords: Bool)
        -> [Keyword]
    {
        let tc = termCounts(documents: scopedDocuments(target)).counts
        let rc = termCounts(documents: scopedDocuments(reference)).counts
        let tn = Double(scopedDocuments(target).reduce(0) { $0 + docTokenStart[$1 + 1] - docTokenStart[$1] })
        let rn = Double(scopedDocuments(reference).reduce(0) { $0 + docTokenStart[$1 + 1] - docTokenStart[$1] })
        guard tn > 0 else { return [] }
        let stop = skipStopWords ? stopMask() : []
        var out: [Keyword] = []
        for t in 0..<lexicon.count where Int(tc[t]) >= max(1, minimum) {
            if skipStopWords, stop[t] { continue }
            let a = Double(tc[t]), b = Double(rc[t])
            // Rows: target / reference corpus; column 1: this term.
            let score = Corpus.association(
                measure == .mi || measure == .t || measure == .dice ? .llr : measure,
                O11: a, R1: tn, R2: rn, C1: a + b, N: tn + rn, nodeFrequency: a)
            out.append(Keyword(term: lexicon.term(t), target: Int(a), reference: Int(b), score: score))
        }
        out.sort { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
        return out
    }

    /// Documents like `d` by tf-idf cosine similarity, best first (ties by document order), `d` excluded.
    public func similar(to d: Int, scope: [Int]?) -> [SearchHit] {
        guard documents.indices.contains(d) else { return [] }
        let n = Double(documents.count)
        func idf(_ t: Int) -> Double { log(n / Double(max(1, index.documentFrequency(t)))) }
        var tf: [UInt32: Double] = [:]
        for k in docTokenStart[d]..<docTokenStart[d + 1] { tf[tokenTerm[k], default: 0] += 1 }
        var normD = 0.0
        var dots = [Double](repeating: 0, count: documents.count)
        for (t, f) in tf {
            let w = f * idf(Int(t))
            normD += w * w
            for p in index.postingRange(Int(t)) {
                let other = Int(index.postingDoc[p])
                dots[other] += w * Double(index.postingFrequency[p]) * idf(Int(t))
            }
        }
        var out: [SearchHit] = []
        for other in scopedDocuments(scope) where other != d {
            var counts: [UInt32: Double] = [:]
            for k in docTokenStart[other]..<docTokenStart[other + 1] { counts[tokenTerm[k], default: 0] += 1 }
            var norm = 0.0
            for (t, f) in counts {
                let w = f * idf(Int(t))
                norm += w * w
            }
            let score = normD > 0 && norm > 0 ? dots[other] / (normD.squareRoot() * norm.squareRoot()) : 0
            out.append(SearchHit(document: other, score: score))
        }
        out.sort { $0.score != $1.score ? $0.score > $1.score : $0.document < $1.document }
        return out
    }

    /// The `count` most central sentences of document `d` (0-based within the document), in text order.
    /// A sentence scores the tf-idf of its distinct content words over the square root of its length.
    public func summary(of d: Int, count: Int) -> [Int] {
        guard documents.indices.contains(d), count > 0 else { return [] }
        let n = Double(documents.count)
        let stop = stopMask()
        var tf: [UInt32: Double] = [:]
        for k in docTokenStart[d]..<docTokenStart[d + 1] where !stop[Int(tokenTerm[k])] { tf[tokenTerm[k], default: 0] += 1 }
        var scored: [(Int, Double)] = []
        let s0 = docSentenceStart[d]
        for s in s0..<docSentenceStart[d + 1] {
            let lo = Int(sentenceTokenStart[s]), hi = Int(sentenceTokenStart[s + 1])
            var seen = Set<UInt32>()
            var score = 0.0
            for k in lo..<hi {
                let t = tokenTerm[k]
                guard !stop[Int(t)], seen.insert(t).inserted else { continue }
                score += (tf[t] ?? 0) * log(1 + n / Double(max(1, index.documentFrequency(Int(t)))))
            }
            let len = Double(hi - lo)
            // Headlines and fragments (under 6 tokens) rank last.
            let value = len < 6 ? score / 1000 : score / len.squareRoot()
            scored.append((s - s0, value))
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return scored.prefix(count).map(\.0).sorted()
    }
}
