import DossierModel
/// Finds the matches of a token query. Each attribute test is compiled once against the corpus
/// model's lexicons: a literal value becomes an integer id (a lexicon lookup, or a tag), so testing a
/// token compares ids in flat arrays; a regex runs at most once per distinct id the scan meets
/// (`TokenRegexCache`). Only `word` tests look at a token's text, and only for tokens whose
/// case-folded form could match.
///
/// Matching is leftmost and greedy (repetitions take as many tokens as still let the rest match), and
/// matches do not overlap: the scan resumes after each match. A match stays inside one sentence, or
/// with `withinDocument` inside one document.
public struct TokenQueryMatcher {
    /// Which per-token id array a test reads.
    enum Field { case lower, lemma }

    indirect enum Compiled {
        case any
        /// No token can match (a literal the lexicon does not hold).
        case never
        /// The token's id in `Field` equals this one.
        case id(Field, UInt32)
        /// The regex of this `TokenRegexCache` slot matches the token's term in `Field`.
        case regex(Field, slot: Int)
        /// Bit `t` set: tag raw value `t` matches.
        case pos(UInt32)
        /// Case-folded candidate (an id or a regex slot over `lower`), then an exact test of the text.
        case word(Compiled, exact: (String) -> Bool)
        case and(Compiled, Compiled)
        case or(Compiled, Compiled)
        case not(Compiled)
    }

    /// Why a query cannot run on this corpus: the message and the offset of the offending test.
    public typealias Failure = QueryError

    let attributes: any TokenAttributes
    let elements: [(Compiled, Int, Int)]
    /// The query's regex tests, with no state yet: each scan starts from a copy.
    let regexes: TokenRegexCache
    let lower: FlatArray<UInt32>
    let lemma: FlatArray<UInt32>
    let pos: FlatArray<UInt8>
    /// Token tests allowed per query before it is called too costly (nested repetitions can explode).
    public static let stepBudget = 50_000_000
    /// Regex tests in one query (each keeps a state byte per distinct term).
    public static let maximumRegexTests = 64

    public init(_ query: TokenQuery, attributes: any TokenAttributes) throws(QueryError) {
        self.attributes = attributes
        var compiler = TokenQueryCompiler(attributes)
        var compiled: [(Compiled, Int, Int)] = []
        for e in query.elements { compiled.append((try compiler.compile(e.predicate), e.min, e.max)) }
        self.elements = compiled
        self.regexes = compiler.regexes
        self.lower = attributes.lowerIDs
        self.lemma = attributes.lemmaIDs
        self.pos = attributes.posIDs
    }

    @inline(__always)
    func test(_ c: Compiled, _ k: Int, _ cache: inout TokenRegexCache) -> Bool {
        switch c {
        case .any: return true
        case .never: return false
        case .id(.lower, let id): return lower[k] == id
        case .id(.lemma, let id): return lemma[k] == id
        case .regex(.lower, let slot): return cache.matches(slot, lower[k])
        case .regex(.lemma, let slot): return cache.matches(slot, lemma[k])
        case .pos(let bits): return bits & (1 << UInt32(pos[k] & 31)) != 0
        case .word(let candidate, let exact): return test(candidate, k, &cache) && exact(attributes.word(k))
        case .and(let x, let y): return test(x, k, &cache) && test(y, k, &cache)
        case .or(let x, let y): return test(x, k, &cache) || test(y, k, &cache)
        case .not(let x): return !test(x, k, &cache)
        }
    }

    /// Match starts and lengths (in tokens), in text order, over the documents `inScope` allows.
    public func matches(inScope: [Bool], withinDocument: Bool) throws(QueryError) -> (starts: [UInt32], lengths: [UInt32]) {
        var starts: [UInt32] = []
        var lengths: [UInt32] = []
        var budget = TokenQueryMatcher.stepBudget
        var cache = regexes
        let docs = attributes.documentStarts
        let sentences = attributes.sentenceStarts
        var s = 0
        for d in 0..<max(0, docs.count - 1) where d < inScope.count && inScope[d] {
            let lo = docs[d], hi = docs[d + 1]
            if withinDocument {
                try scan(lo, hi, &starts, &lengths, &budget, &cache)
                continue
            }
            while s + 1 < sentences.count, Int(sentences[s + 1]) <= lo { s += 1 }
            var t = s
            while t + 1 < sentences.count, Int(sentences[t]) < hi {
                let a = max(lo, Int(sentences[t])), b = min(hi, Int(sentences[t + 1]))
                if a < b { try scan(a, b, &starts, &lengths, &budget, &cache) }
                t += 1
            }
        }
        return (starts, lengths)
    }

    private func scan(
        _ lo: Int, _ hi: Int, _ starts: inout [UInt32], _ lengths: inout [UInt32], _ budget: inout Int,
        _ cache: inout TokenRegexCache
    ) throws(QueryError) {
        var k = lo
        while k < hi {
            if let end = longest(0, k, hi, &budget, &cache), end > k {
                starts.append(UInt32(k))
                lengths.append(UInt32(end - k))
                k = end
            } else {
                k += 1
            }
            if budget < 0 {
                throw QueryError(message: "this token query is too costly (nested repetitions): bound them, e.g. []{0,3}", offset: 0)
            }
        }
    }

    /// The end of the greedy match of elements `i…` from token `k`, or nil.
    private func longest(_ i: Int, _ k: Int, _ hi: Int, _ budget: inout Int, _ cache: inout TokenRegexCache) -> Int? {
        if i == elements.count { return k }
        let (c, lo, most) = elements[i]
        var n = 0
        while n < most, k + n < hi, test(c, k + n, &cache) { n += 1 }
        budget -= n + 1
        guard n >= lo, budget >= 0 else { return nil }
        var j = n
        while j >= lo {
            if let end = longest(i + 1, k + j, hi, &budget, &cache) { return end }
            if budget < 0 { return nil }
            j -= 1
        }
        return nil
    }
}
