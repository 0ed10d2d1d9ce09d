import DossierModel
/// Finds the matches of a token query. Each attribute test is compiled once to a mask over its
/// vocabulary (or tag set), so testing a token is an array lookup; only `word` tests look at a
/// token's text, and only for tokens whose case-folded form could match.
///
/// Matching is leftmost and greedy (repetitions take as many tokens as still let the rest match), and
/// matches do not overlap: the scan resumes after each match. A match stays inside one sentence, or
/// with `withinDocument` inside one document.
public struct TokenQueryMatcher {
    indirect enum Compiled {
        case any
        case lower([Bool])
        case lemma([Bool])
        case pos([Bool])
        /// Candidates by folded form, then an exact test on the token's text.
        case word([Bool], exact: (String) -> Bool)
        case and(Compiled, Compiled)
        case or(Compiled, Compiled)
        case not(Compiled)
    }

    /// Why a query cannot run on this corpus: the message and the offset of the offending test.
    public typealias Failure = QueryError

    let attributes: any TokenAttributes
    let elements: [(Compiled, Int, Int)]
    /// Token tests allowed per query before it is called too costly (nested repetitions can explode).
    public static let stepBudget = 50_000_000

    public init(_ query: TokenQuery, attributes: any TokenAttributes) throws(QueryError) {
        self.attributes = attributes
        var compiled: [(Compiled, Int, Int)] = []
        for e in query.elements { compiled.append((try TokenQueryMatcher.compile(e.predicate, attributes), e.min, e.max)) }
        self.elements = compiled
    }

    static func compile(_ p: TokenQuery.Predicate, _ a: any TokenAttributes) throws(QueryError) -> Compiled {
        switch p {
        case .any: return .any
        case .and(let x, let y): return .and(try compile(x, a), try compile(y, a))
        case .or(let x, let y): return .or(try compile(x, a), try compile(y, a))
        case .not(let x): return .not(try compile(x, a))
        case .test(let attribute, let operand, let negated, let offset):
            let c = try compileTest(attribute, operand, offset, a)
            return negated ? .not(c) : c
        }
    }

    static func compileTest(_ attribute: TokenQuery.Attribute, _ operand: TokenQuery.Operand, _ offset: Int, _ a: any TokenAttributes)
        throws(QueryError) -> Compiled
    {
        func mask(_ vocabulary: [String], fold: Bool) throws(QueryError) -> [Bool] {
            switch operand {
            case .text(let s):
                let want = fold ? Lexicon.fold(s) : s
                return vocabulary.map { $0 == want }
            case .regex(let r):
                let whole = try wholeMatcher(r, caseInsensitive: fold, offset)
                return vocabulary.map(whole)
            }
        }
        switch attribute {
        case .lower: return .lower(try mask(a.lowerVocabulary, fold: true))
        case .lemma: return .lemma(try mask(a.lemmaVocabulary, fold: true))
        case .pos:
            guard let tags = a.posTags else {
                throw QueryError(message: "this corpus model has no part-of-speech tags", offset: offset)
            }
            switch operand {
            case .text(let s):
                let want = s.uppercased()
                guard tags.contains(want) else {
                    throw QueryError(message: "unknown part of speech '\(s)': tags are " + tags.joined(separator: " "), offset: offset)
                }
                return .pos(tags.map { $0 == want })
            case .regex(let r):
                let whole = try wholeMatcher(r, caseInsensitive: true, offset)
                return .pos(tags.map(whole))
            }
        case .word:
            switch operand {
            case .text(let s):
                let folded = Lexicon.fold(s)
                return .word(a.lowerVocabulary.map { $0 == folded }, exact: { $0 == s })
            case .regex(let r):
                let loose = try wholeMatcher(r, caseInsensitive: true, offset)
                let strict = try wholeMatcher(r, caseInsensitive: false, offset)
                return .word(a.lowerVocabulary.map(loose), exact: strict)
            }
        }
    }

    /// A test that the regex matches a whole value (RE2: linear time, no backtracking).
    static func wholeMatcher(_ source: String, caseInsensitive: Bool, _ offset: Int) throws(QueryError) -> (String) -> Bool {
        do throws(LinearRegex.Failure) {
            let re = try LinearRegex(source, caseInsensitive: caseInsensitive)
            return { re.wholeMatch($0) }
        } catch {
            throw QueryError(message: "invalid regex r\"\(source)\": \(error.message)", offset: offset)
        }
    }

    @inline(__always)
    func test(_ c: Compiled, _ k: Int) -> Bool {
        switch c {
        case .any: return true
        case .lower(let m): return m[Int(attributes.lowerID(k))]
        case .lemma(let m):
            let id = Int(attributes.lemmaID(k))
            return id < m.count && m[id]
        case .pos(let m):
            guard let t = attributes.posID(k) else { return false }
            return Int(t) < m.count && m[Int(t)]
        case .word(let m, let exact): return m[Int(attributes.lowerID(k))] && exact(attributes.word(k))
        case .and(let x, let y): return test(x, k) && test(y, k)
        case .or(let x, let y): return test(x, k) || test(y, k)
        case .not(let x): return !test(x, k)
        }
    }

    /// Match starts and lengths (in tokens), in text order, over the documents `inScope` allows.
    public func matches(inScope: [Bool], withinDocument: Bool) throws(QueryError) -> (starts: [UInt32], lengths: [UInt32]) {
        var starts: [UInt32] = []
        var lengths: [UInt32] = []
        var budget = TokenQueryMatcher.stepBudget
        let docs = attributes.documentStarts
        let sentences = attributes.sentenceStarts
        var s = 0
        for d in 0..<max(0, docs.count - 1) where d < inScope.count && inScope[d] {
            let lo = docs[d], hi = docs[d + 1]
            if withinDocument {
                try scan(lo, hi, &starts, &lengths, &budget)
                continue
            }
            while s + 1 < sentences.count, Int(sentences[s + 1]) <= lo { s += 1 }
            var t = s
            while t + 1 < sentences.count, Int(sentences[t]) < hi {
                let a = max(lo, Int(sentences[t])), b = min(hi, Int(sentences[t + 1]))
                if a < b { try scan(a, b, &starts, &lengths, &budget) }
                t += 1
            }
        }
        return (starts, lengths)
    }

    private func scan(_ lo: Int, _ hi: Int, _ starts: inout [UInt32], _ lengths: inout [UInt32], _ budget: inout Int) throws(QueryError) {
        var k = lo
        while k < hi {
            if let end = longest(0, k, hi, &budget), end > k {
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
    private func longest(_ i: Int, _ k: Int, _ hi: Int, _ budget: inout Int) -> Int? {
        if i == elements.count { return k }
        let (c, lo, most) = elements[i]
        var n = 0
        while n < most, k + n < hi, test(c, k + n) { n += 1 }
        budget -= n + 1
        guard n >= lo, budget >= 0 else { return nil }
        var j = n
        while j >= lo {
            if let end = longest(i + 1, k + j, hi, &budget) { return end }
            if budget < 0 { return nil }
            j -= 1
        }
        return nil
    }
}
