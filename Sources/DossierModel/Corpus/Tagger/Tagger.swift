import Foundation

/// A greedy averaged-perceptron tagger: universal POS tags, then BIO named entities (PER/ORG/LOC), over
/// tokens given as UTF-8 byte ranges. Features are hashed (`TaggerFeatures`); no String is made per token.
///
/// Trained by `dossier-train` on UD English (EWT, GUM) and UniversalNER English-EWT; the weights are the
/// bundled resource `tagger/weights.bin`. Without it every token is X and outside any entity.
public struct Tagger: Sendable {
    let posTable: PerceptronTable
    /// The right-to-left POS model, whose scores are added to the left-to-right model's (nil in weights
    /// trained before it).
    let posBackTable: PerceptronTable?
    let nerTable: PerceptronTable
    let lexicon: TaggerLexicon
    public let lemmatizer: Lemmatizer

    static let posClasses = UniversalPOS.allCases.count
    static let nerClasses = EntityBIO.allCases.count

    init(pos: PerceptronTable, posBack: PerceptronTable? = nil, ner: PerceptronTable, lexicon: TaggerLexicon, lemmatizer: Lemmatizer) {
        posTable = pos
        posBackTable = posBack
        nerTable = ner
        self.lexicon = lexicon
        self.lemmatizer = lemmatizer
    }

    /// The bundled tagger, loaded once on first use (thread-safe: a static let).
    public static let shared: Tagger = {
        let lexicon = TaggerLexicon.shared
        let tables = DataResources.data("tagger/weights.bin").flatMap(TaggerWeights.decode)
        if let t = tables, (2...3).contains(t.count), t[0].classes == posClasses, t[1].classes == nerClasses,
            t.count == 2 || t[2].classes == posClasses
        {
            return Tagger(pos: t[0], posBack: t.count == 3 ? t[2] : nil, ner: t[1], lexicon: lexicon, lemmatizer: .shared)
        }
        return Tagger(
            pos: PerceptronTable(classes: posClasses, bits: 8), ner: PerceptronTable(classes: nerClasses, bits: 8),
            lexicon: lexicon, lemmatizer: .shared)
    }()

    /// True when weights were loaded.
    public var isTrained: Bool { posTable.rowCount > 0 }

    /// Reusable buffers for one thread's tagging.
    public struct Scratch: Sendable {
        var tokens: [TaggerToken] = []
        var pos: [UInt8] = []
        public init() {}
    }

    /// Fills `tokens` with the padded token features of the ranges (two boundary tokens each side).
    static func prepare(
        _ b: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<UInt32>, _ ends: UnsafeBufferPointer<UInt32>,
        _ lexicon: TaggerLexicon, into tokens: inout [TaggerToken]
    ) {
        tokens.removeAll(keepingCapacity: true)
        tokens.append(.boundary)
        tokens.append(.boundary)
        var prevEnd: Int? = nil
        for k in 0..<starts.count {
            let lo = min(Int(starts[k]), b.count), hi = max(lo, min(Int(ends[k]), b.count))
            tokens.append(TaggerToken(b, lo, hi, gapLo: prevEnd.map { min($0, lo) }, lexicon: lexicon))
            prevEnd = hi
        }
        tokens.append(.boundary)
        tokens.append(.boundary)
    }

    /// Tags one sentence: `starts`/`ends` are its tokens' byte ranges in `text`; writes one POS raw value
    /// per token to `pos` and, when given, one `EntityBIO` raw value per token to `entities`.
    public func tag(
        _ text: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<UInt32>, ends: UnsafeBufferPointer<UInt32>,
        pos: UnsafeMutablePointer<UInt8>, entities: UnsafeMutablePointer<UInt8>?, scratch: inout Scratch
    ) {
        let n = min(starts.count, ends.count)
        guard n > 0 else { return }
        Tagger.prepare(
            text, UnsafeBufferPointer(rebasing: starts[0..<n]), UnsafeBufferPointer(rebasing: ends[0..<n]), lexicon,
            into: &scratch.tokens)
        scratch.pos.removeAll(keepingCapacity: true)
        scratch.pos.append(contentsOf: repeatElement(TaggerFeatures.noTag, count: n + 4))
        scratch.tokens.withUnsafeBufferPointer { tk in
            scratch.pos.withUnsafeMutableBufferPointer { pp in
                decodePOS(tk.baseAddress! + 2, n, pp.baseAddress! + 2)
                for i in 0..<n { pos[i] = pp[i + 2] }
                if let entities { decodeNER(tk.baseAddress! + 2, pp.baseAddress! + 2, n, entities) }
            }
        }
    }

    /// Greedy POS decoding of `n` tokens at `t` (padded by two each side) into `out`: with a right-to-left
    /// model, that model's scores for every token first (on the tokens reversed), then left to right on
    /// the sum of both models' scores.
    func decodePOS(_ t: UnsafePointer<TaggerToken>, _ n: Int, _ out: UnsafeMutablePointer<UInt8>) {
        guard let back = posBackTable, n > 0 else { return decodePOS(t, n, posTable, added: nil, out, scores: nil) }
        let c = Tagger.posClasses
        withUnsafeTemporaryAllocation(of: TaggerToken.self, capacity: n + 4) { reversed in
            let r = reversed.baseAddress!
            for k in 0..<(n + 4) { (r + k).initialize(to: t[n + 1 - k]) }
            withUnsafeTemporaryAllocation(of: Float.self, capacity: n * c) { backScores in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { backTags in
                    decodePOS(r + 2, n, back, added: nil, backTags.baseAddress!, scores: backScores.baseAddress!)
                }
                decodePOS(t, n, posTable, added: backScores.baseAddress!, out, scores: nil)
            }
            r.deinitialize(count: n + 4)
        }
    }

    /// Greedy decoding with one table. `added` (n × classes, in reversed order when given by the
    /// right-to-left pass) is added to each token's scores before the choice; `scores`, when given,
    /// receives each token's scores, stored for the token's place in the forward order.
    func decodePOS(
        _ t: UnsafePointer<TaggerToken>, _ n: Int, _ table: PerceptronTable, added: UnsafePointer<Float>?,
        _ out: UnsafeMutablePointer<UInt8>, scores kept: UnsafeMutablePointer<Float>?
    ) {
        let c = Tagger.posClasses
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.posCount) { feats in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: c) { scores in
                var p1 = TaggerFeatures.noTag, p2 = TaggerFeatures.noTag
                for i in 0..<n {
                    TaggerFeatures.pos(t + i, p1, p2, feats.baseAddress!)
                    for j in 0..<c { scores[j] = 0 }
                    table.score(feats.baseAddress!, TaggerFeatures.posCount, scores.baseAddress!)
                    if let kept { for j in 0..<c { kept[(n - 1 - i) * c + j] = scores[j] } }
                    if let added { for j in 0..<c { scores[j] += added[i * c + j] } }
                    var best = 0
                    for j in 1..<c where scores[j] > scores[best] { best = j }
                    if !isTrained { best = Int(UniversalPOS.x.rawValue) }
                    out[i] = UInt8(best)
                    p2 = p1
                    p1 = UInt8(best)
                }
            }
        }
    }

    /// The entity tag to choose from per-class `scores` after the tag `previous` (raw values): the
    /// best-scoring tag that may follow it (an I- tag only after its own B- or I-; ties to the lower tag).
    /// Training decodes the same way.
    @inline(__always)
    static func bestEntity<S: RandomAccessCollection<Float>>(_ scores: S, after previous: UInt8) -> Int where S.Index == Int {
        let prev = EntityBIO(rawValue: previous) ?? .outside
        var best = 0
        for j in 1..<nerClasses where scores[j] > scores[best] {
            if EntityBIO(rawValue: UInt8(j))!.canFollow(prev) { best = j }
        }
        return best
    }

    /// Greedy BIO decoding (an I- tag only after its own B- or I-) given the POS tags `p` (padded).
    func decodeNER(
        _ t: UnsafePointer<TaggerToken>, _ p: UnsafePointer<UInt8>, _ n: Int, _ out: UnsafeMutablePointer<UInt8>
    ) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.nerCount) { feats in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: Tagger.nerClasses) { scores in
                var n1: UInt8 = 0, n2: UInt8 = 0
                for i in 0..<n {
                    TaggerFeatures.ner(t + i, p + i, n1, n2, feats.baseAddress!)
                    for j in 0..<Tagger.nerClasses { scores[j] = 0 }
                    nerTable.score(feats.baseAddress!, TaggerFeatures.nerCount, scores.baseAddress!)
                    let best = Tagger.bestEntity(scores, after: n1)
                    out[i] = UInt8(best)
                    n2 = n1
                    n1 = UInt8(best)
                }
            }
        }
    }
}
