/// Lemmas from the training data: a lookup of (lowercased form, POS) → lemma for the forms whose lemma
/// the suffix rules get wrong, and per POS the suffix rules learnt from the training vocabulary
/// (longest matching suffix: strip n characters, append a string). Lemmas are lowercased.
public struct Lemmatizer: Sendable {
    struct Key: Hashable, Sendable {
        var form: String
        var pos: UInt8
    }
    struct Rule: Hashable, Sendable {
        var strip: Int
        var append: String
    }
    var exceptions: [Key: String] = [:]
    /// Per POS raw value, suffix → rule.
    var rules: [[String: Rule]] = Array(repeating: [:], count: UniversalPOS.allCases.count)
    static let maxSuffix = 5

    init(exceptions: [Key: String] = [:], rules: [[String: Rule]] = Array(repeating: [:], count: 17)) {
        self.exceptions = exceptions
        self.rules = rules
    }

    /// The lemma of lowercased `form` tagged `pos`.
    public func lemma(_ form: String, _ pos: UniversalPOS) -> String {
        if let e = exceptions[Key(form: form, pos: pos.rawValue)] { return e }
        return ruleLemma(form, pos)
    }

    /// The lemma the suffix rules give.
    func ruleLemma(_ form: String, _ pos: UniversalPOS) -> String {
        switch pos {
        case .propn, .num, .punct, .sym, .x: return form
        default: break
        }
        let table = rules[Int(pos.rawValue)]
        guard !table.isEmpty else { return form }
        let chars = Array(form)
        var n = min(Lemmatizer.maxSuffix, chars.count - 1)
        while n >= 1 {
            if let r = table[String(chars[(chars.count - n)...])], r.strip < chars.count {
                return String(chars[..<(chars.count - r.strip)]) + r.append
            }
            n -= 1
        }
        return form
    }

    /// The bundled lemma tables (empty when the files are missing: lemma = form).
    static let shared: Lemmatizer = load(
        exceptions: DataResources.rows("tagger/lemmas.tsv"), rules: DataResources.rows("tagger/lemma-rules.tsv"))

    static func load(exceptions: [[Substring]], rules ruleRows: [[Substring]]) -> Lemmatizer {
        var l = Lemmatizer()
        for r in exceptions where r.count == 3 {
            guard let pos = UniversalPOS(name: String(r[1])) else { continue }
            l.exceptions[Key(form: String(r[0]), pos: pos.rawValue)] = String(r[2])
        }
        for r in ruleRows where r.count == 4 {
            guard let pos = UniversalPOS(name: String(r[0])), let strip = Int(r[2]) else { continue }
            l.rules[Int(pos.rawValue)][String(r[1])] = Rule(strip: strip, append: String(r[3]))
        }
        return l
    }
}
