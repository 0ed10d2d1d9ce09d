/// The 17 universal part-of-speech tags of Universal Dependencies (https://universaldependencies.org/u/pos/).
///
/// Raw values are stable (they are stored in caches and in the tagger's weights): the UD order, adj = 0 … x = 16.
public enum UniversalPOS: UInt8, CaseIterable, Sendable, Comparable, CustomStringConvertible {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    /// The UD spelling: "ADJ", "ADP", … "X".
    public var name: String {
        switch self {
        case .adj: "ADJ"
        case .adp: "ADP"
        case .adv: "ADV"
        case .aux: "AUX"
        case .cconj: "CCONJ"
        case .det: "DET"
        case .intj: "INTJ"
        case .noun: "NOUN"
        case .num: "NUM"
        case .part: "PART"
        case .pron: "PRON"
        case .propn: "PROPN"
        case .punct: "PUNCT"
        case .sconj: "SCONJ"
        case .sym: "SYM"
        case .verb: "VERB"
        case .x: "X"
        }
    }

    public var description: String { name }

    /// The tag spelt `name` ("NOUN", case-insensitive), or nil.
    public init?(name: String) {
        let upper = name.uppercased()
        guard let tag = UniversalPOS.allCases.first(where: { $0.name == upper }) else { return nil }
        self = tag
    }

    public static func < (a: UniversalPOS, b: UniversalPOS) -> Bool { a.rawValue < b.rawValue }
}
