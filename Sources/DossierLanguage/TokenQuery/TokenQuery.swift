import DossierModel
/// A CQP-style token query: a sequence of token patterns, each repeated `min…max` times.
///
///     [lemma="cut"] []{0,3} [lemma="rate"]     [pos="ADJ"]+ "ceasefire"     [lower=r"gaz.*" & !word="GAZA"]
public struct TokenQuery: Sendable, Hashable {
    public enum Attribute: String, Sendable, Hashable, CaseIterable {
        case word, lower, lemma, pos
    }

    /// A value is literal text or a regex that must match the whole attribute.
    public enum Operand: Sendable, Hashable {
        case text(String)
        case regex(String)
    }

    public indirect enum Predicate: Sendable, Hashable {
        /// `[]`: any token.
        case any
        /// `attr = value` (or `!=` when `negated`); `offset` is where it was written, for carets.
        case test(Attribute, Operand, negated: Bool, offset: Int)
        case and(Predicate, Predicate)
        case or(Predicate, Predicate)
        case not(Predicate)
    }

    public struct Element: Sendable, Hashable {
        public var predicate: Predicate
        public var min: Int
        public var max: Int
    }

    public var elements: [Element]

    /// The most any `*` or `+` repeats (a match never leaves its sentence, or with `within=doc` its document).
    public static let unboundedRepeat = 100
    /// Token patterns in one query.
    public static let maximumElements = 32

    /// The fewest tokens a match can span.
    public var minimumLength: Int { elements.reduce(0) { $0 + $1.min } }
}

extension TokenQuery.Predicate {
    /// Every attribute test, for checks such as "pos needs tags".
    var tests: [(TokenQuery.Attribute, Int)] {
        switch self {
        case .any: []
        case .test(let a, _, _, let o): [(a, o)]
        case .and(let x, let y), .or(let x, let y): x.tests + y.tests
        case .not(let x): x.tests
        }
    }
}
