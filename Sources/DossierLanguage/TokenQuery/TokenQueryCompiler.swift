import DossierModel
/// Compiles a token query's predicates against one corpus model: literal values are looked up once
/// (case-folded in the word or lemma lexicon, a tag name in `UniversalPOS`), regexes are compiled once
/// and registered in a `TokenRegexCache`. Tests of lemmas or tags on a model without them, unknown tag
/// names and invalid regexes are errors at the test's offset.
struct TokenQueryCompiler {
    typealias Compiled = TokenQueryMatcher.Compiled

    let attributes: any TokenAttributes
    private(set) var regexes = TokenRegexCache()
    /// Slots already registered, by field, case sensitivity and source (a repeated regex shares one).
    private var slots: [String: Int] = [:]
    private var regexCount = 0

    init(_ attributes: any TokenAttributes) { self.attributes = attributes }

    mutating func compile(_ p: TokenQuery.Predicate) throws(QueryError) -> Compiled {
        switch p {
        case .any: return .any
        case .and(let x, let y): return .and(try compile(x), try compile(y))
        case .or(let x, let y): return .or(try compile(x), try compile(y))
        case .not(let x): return .not(try compile(x))
        case .test(let attribute, let operand, let negated, let offset):
            let c = try compileTest(attribute, operand, offset)
            return negated ? .not(c) : c
        }
    }

    private mutating func compileTest(_ attribute: TokenQuery.Attribute, _ operand: TokenQuery.Operand, _ offset: Int)
        throws(QueryError) -> Compiled
    {
        switch attribute {
        case .lower:
            return try folded(operand, .lower, attributes.lowerLexicon, offset)
        case .lemma:
            if let why = attributes.tagging.missing("lemmas") { throw QueryError(message: why, offset: offset) }
            return try folded(operand, .lemma, attributes.lemmaLexicon, offset)
        case .pos:
            if let why = attributes.tagging.missing("part-of-speech tags") { throw QueryError(message: why, offset: offset) }
            return .pos(try TokenQueryCompiler.tagBits(operand, offset))
        case .word:
            let candidate = try folded(operand, .lower, attributes.lowerLexicon, offset)
            switch operand {
            case .text(let s): return .word(candidate, exact: { $0 == s })
            case .regex(let r):
                let strict = try TokenQueryCompiler.regex(r, caseInsensitive: false, offset)
                return .word(candidate, exact: { strict.wholeMatch($0) })
            }
        }
    }

    /// A test on case-folded terms: a literal folded and looked up, or a case-insensitive regex.
    private mutating func folded(_ operand: TokenQuery.Operand, _ field: TokenQueryMatcher.Field, _ lexicon: Lexicon, _ offset: Int)
        throws(QueryError) -> Compiled
    {
        switch operand {
        case .text(let s):
            return lexicon.id(of: Lexicon.fold(s)).map { .id(field, $0) } ?? .never
        case .regex(let r):
            let key = "\(field)\u{0}\(r)"
            if let slot = slots[key] { return .regex(field, slot: slot) }
            regexCount += 1
            guard regexCount <= TokenQueryMatcher.maximumRegexTests else {
                throw QueryError(message: "a token query has at most \(TokenQueryMatcher.maximumRegexTests) regex tests", offset: offset)
            }
            let slot = regexes.add(try TokenQueryCompiler.regex(r, caseInsensitive: true, offset), over: lexicon)
            slots[key] = slot
            return .regex(field, slot: slot)
        }
    }

    /// The tags a `pos` value names, as bits over `UniversalPOS` raw values.
    static func tagBits(_ operand: TokenQuery.Operand, _ offset: Int) throws(QueryError) -> UInt32 {
        let tags = UniversalPOS.allCases
        switch operand {
        case .text(let s):
            guard let tag = UniversalPOS(name: s) else {
                let hint = NearestName.suggest(s, among: tags.map(\.name)).map { "did you mean '\($0)'? " } ?? ""
                throw QueryError(
                    message: "unknown part of speech '\(s)': \(hint)tags are " + tags.map(\.name).joined(separator: " "),
                    offset: offset)
            }
            return 1 << UInt32(tag.rawValue)
        case .regex(let r):
            let re = try regex(r, caseInsensitive: true, offset)
            return tags.filter { re.wholeMatch($0.name) }.reduce(0) { $0 | 1 << UInt32($1.rawValue) }
        }
    }

    /// A compiled regex (RE2: linear time, no backtracking), or an error at the test.
    static func regex(_ source: String, caseInsensitive: Bool, _ offset: Int) throws(QueryError) -> LinearRegex {
        do throws(LinearRegex.Failure) {
            return try LinearRegex(source, caseInsensitive: caseInsensitive)
        } catch {
            throw QueryError(message: "invalid regex r\"\(source)\": \(error.message)", offset: offset)
        }
    }
}
