/// Latent Dirichlet allocation by collapsed Gibbs sampling (Griffiths & Steyvers 2004), deterministic:
/// a SplitMix64 seeded by `seed` draws the initial topics and every sample, tokens are visited in
/// corpus order for a fixed number of iterations, and ties in the outputs break by index.
///
/// Vocabulary: words with a letter, not English stop words, in at least `minDocs` documents of the scope.
public struct TopicModel: Sendable {
    public static let maxTopics = 100
    public static let maxIterations = 2000
    /// The most token × topic × iteration steps one fit may take (about a minute on one core).
    public static let maxWork = 30_000_000_000.0

    public let k: Int
    public let alpha: Double
    public let beta: Double
    /// The documents modelled (corpus indices, ascending) and the vocabulary (corpus term ids).
    public let documents: [Int]
    public let vocabulary: [UInt32]
    /// Counts: topic × word (word-major: `wordTopic[w * k + t]`), document × topic, per topic.
    var wordTopic: [Int32]
    var docTopic: [Int32]
    var topicTotal: [Int]
    var docTotal: [Int]

    /// Tokens the model would sample for `documents` (for the work bound), and the vocabulary.
    public static func vocabulary(_ c: Corpus, documents: [Int], minDocs: Int) -> (terms: [UInt32], tokens: Int) {
        let stop = c.stopMask()
        let (counts, dfs) = c.termCounts(documents: documents)
        var terms: [UInt32] = []
        var tokens = 0
        for t in 0..<counts.count where counts[t] > 0 && Int(dfs[t]) >= minDocs && !stop[t] {
            let term = c.lexicon.term(t)
            guard term.unicodeScalars.count >= 2, term.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { continue }
            terms.append(UInt32(t))
            tokens += Int(counts[t])
        }
        return (terms, tokens)
    }

    /// Fits the model: random initial topics, then `iterations` sweeps; nil when `cancellation` is
    /// requested (checked before each sweep).
    public static func fit(
        _ c: Corpus, documents: [Int], k: Int, iterations: Int, seed: UInt64, minDocs: Int = 2,
        alpha: Double = 0.1, beta: Double = 0.01, cancellation: Cancellation? = nil
    ) -> TopicModel? {
        let (terms, _) = vocabulary(c, documents: documents, minDocs: minDocs)
        var slot = [Int32](repeating: -1, count: c.lexicon.count)
        for (i, t) in terms.enumerated() { slot[Int(t)] = Int32(i) }
        var words: [Int32] = []
        var owners: [Int32] = []
        for (j, d) in documents.enumerated() {
            for p in c.docTokenStart[d]..<c.docTokenStart[d + 1] {
                let w = slot[Int(c.tokenTerm[p])]
                if w >= 0 { words.append(w); owners.append(Int32(j)) }
            }
        }
        var model = TopicModel(
            k: k, alpha: alpha, beta: beta, documents: documents, vocabulary: terms,
            wordTopic: [Int32](repeating: 0, count: terms.count * k), docTopic: [Int32](repeating: 0, count: documents.count * k),
            topicTotal: [Int](repeating: 0, count: k), docTotal: [Int](repeating: 0, count: documents.count))
        var rng = SplitMix64(state: seed)
        var z = [Int32](repeating: 0, count: words.count)
        for i in words.indices {
            let t = rng.int(k)
            z[i] = Int32(t)
            model.add(word: Int(words[i]), doc: Int(owners[i]), topic: t, by: 1)
        }
        for _ in 0..<iterations {
            if cancellation?.isCancelled == true { return nil }
            model.sweep(words: words, owners: owners, z: &z, rng: &rng)
        }
        return model
    }

    mutating func add(word w: Int, doc d: Int, topic t: Int, by n: Int32) {
        wordTopic[w * k + t] += n
        docTopic[d * k + t] += n
        topicTotal[t] += Int(n)
        docTotal[d] += Int(n)
    }

    /// One Gibbs sweep over every token in order. `1 / (n_t + Vβ)` is kept per topic, so the inner
    /// loop multiplies only.
    mutating func sweep(words: [Int32], owners: [Int32], z: inout [Int32], rng: inout SplitMix64) {
        let k = self.k, alpha = self.alpha, beta = self.beta
        let vBeta = Double(vocabulary.count) * beta
        var p = [Double](repeating: 0, count: k)
        var inverse = topicTotal.map { 1 / (Double($0) + vBeta) }
        wordTopic.withUnsafeMutableBufferPointer { wt in
            docTopic.withUnsafeMutableBufferPointer { dt in
                topicTotal.withUnsafeMutableBufferPointer { tt in
                    p.withUnsafeMutableBufferPointer { p in
                        inverse.withUnsafeMutableBufferPointer { inv in
                            for i in 0..<words.count {
                                let w = Int(words[i]) * k, d = Int(owners[i]) * k, old = Int(z[i])
                                wt[w + old] -= 1
                                dt[d + old] -= 1
                                tt[old] -= 1
                                inv[old] = 1 / (Double(tt[old]) + vBeta)
                                var total = 0.0
                                for t in 0..<k {
                                    total += (Double(dt[d + t]) + alpha) * (Double(wt[w + t]) + beta) * inv[t]
                                    p[t] = total
                                }
                                let u = rng.unit() * total
                                var new = 0
                                while new < k - 1, p[new] <= u { new += 1 }
                                z[i] = Int32(new)
                                wt[w + new] += 1
                                dt[d + new] += 1
                                tt[new] += 1
                                inv[new] = 1 / (Double(tt[new]) + vBeta)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Topics ordered by their share of the tokens, largest first (ties by index).
    public var topicOrder: [Int] {
        (0..<k).sorted { topicTotal[$0] != topicTotal[$1] ? topicTotal[$0] > topicTotal[$1] : $0 < $1 }
    }

    /// The share of the modelled tokens assigned to topic `t`.
    public func share(of t: Int) -> Double {
        let total = topicTotal.reduce(0, +)
        return total > 0 ? Double(topicTotal[t]) / Double(total) : 0
    }

    /// The `n` most probable words of topic `t` (corpus term ids); ties by term id.
    public func topWords(_ t: Int, _ n: Int) -> [UInt32] {
        let order = vocabulary.indices.sorted { a, b in
            let x = wordTopic[a * k + t], y = wordTopic[b * k + t]
            return x != y ? x > y : vocabulary[a] < vocabulary[b]
        }
        return order.prefix(n).filter { wordTopic[$0 * k + t] > 0 }.map { vocabulary[$0] }
    }

    /// θ: the document's topic proportions, (n_dt + α) / (n_d + Kα), for document slot `j`.
    public func documentShare(_ j: Int, _ t: Int) -> Double {
        (Double(docTopic[j * k + t]) + alpha) / (Double(docTotal[j]) + Double(k) * alpha)
    }
}
