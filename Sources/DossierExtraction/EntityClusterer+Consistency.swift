/// Corpus-level type decisions after clustering: every cluster name has one type, decided by a weighted
/// vote of the evidence of all its mentions (how each was typed, and the learned tagger's reading), and
/// every surface form (case-folded) has one type across the corpus: a form found in clusters of
/// different types keeps the type its own mentions' evidence favours, and its other mentions move to a
/// cluster of that type that has the form. Only the form's own mentions vote on it, so a short form
/// (a surname, a company's first word) never takes the type of a longer name that contains it.
extension EntityClusterer {
    /// How much one mention's type counts: a gazetteer entry, a rule of spelling or context, a guess.
    enum Weight {
        static let gazetteer = 3.0
        static let rule = 2.0
        static let guess = 0.5
        /// The learned tagger's type for the mention (added to whichever type it names).
        static let tagger = 1.5
    }

    /// Tie order of the vote: no type is a default, the order only breaks exact ties.
    static let tieOrder: [EntityType] = [.organization, .person, .place, .group]

    /// The weight of mention `m`'s cluster type `type` as evidence.
    static func weight(_ m: RawMention, type: EntityType, guessed: Bool) -> Double {
        if guessed { return Weight.guess }
        if m.canonical != nil, m.type == type { return Weight.gazetteer }
        return Weight.rule
    }

    /// Adds mention `m`'s evidence to `v`: its cluster type `type`, weighed, and the tagger's reading.
    static func vote(_ v: inout [EntityType: Double], _ m: RawMention, type: EntityType, guessed: Bool) {
        v[type, default: 0] += weight(m, type: type, guessed: guessed)
        if let t = m.tagged { v[t, default: 0] += Weight.tagger }
    }

    /// The type with the most weight (ties: `tieOrder`); nil when there are no votes.
    static func winner(_ v: [EntityType: Double]) -> EntityType? {
        var best: EntityType?
        for t in tieOrder { if let w = v[t], w > (best.flatMap { v[$0] } ?? -1) { best = t } }
        return best
    }

    /// The keys with one type per cluster name and one per surface form.
    static func decideTypes(_ keys: [Key], raw: [RawMention], guessed: [Bool], gazetteer: GazetteerIndex) -> [Key] {
        var keys = keys
        // 1. per cluster name: the gazetteer's type when some mention has it, else the weighted vote
        var votes: [String: [EntityType: Double]] = [:]
        var hasType: [String: Set<EntityType>] = [:]
        for (i, k) in keys.enumerated() {
            hasType[k.name, default: []].insert(k.type)
            vote(&votes[k.name, default: [:]], raw[i], type: k.type, guessed: guessed[i])
        }
        var decided: [String: EntityType] = [:]
        for (name, v) in votes {
            if let g = gazetteer.canonicalTypes[name], hasType[name]?.contains(g) == true { decided[name] = g } else { decided[name] = winner(v) }
        }
        for i in keys.indices { if let t = decided[keys[i].name] { keys[i].type = t } }
        // 2. per surface form
        let protected = ownNames(keys, raw: raw, guessed: guessed)
        var bySurface: [String: [Int]] = [:]
        for (i, m) in raw.enumerated() { bySurface[m.surface.lowercased(), default: []].append(i) }
        for form in bySurface.keys.sorted() {
            let ms = bySurface[form] ?? []
            let have = Set(ms.map { keys[$0].type })
            guard have.count > 1 else { continue }
            var v: [EntityType: Double] = [:]
            for i in ms { vote(&v, raw[i], type: keys[i].type, guessed: guessed[i]) }
            // only a type some cluster of the form has can win: the mentions move, no cluster changes type
            guard let w = winner(v.filter { have.contains($0.key) }) else { continue }
            var count: [String: Int] = [:]
            var inDoc: [Int: [String: Int]] = [:]
            for i in ms where keys[i].type == w {
                count[keys[i].name, default: 0] += 1
                inDoc[raw[i].doc, default: [:]][keys[i].name, default: 0] += 1
            }
            for i in ms where keys[i].type != w && !protected.contains(i) {
                let here = inDoc[raw[i].doc] ?? [:]
                let target = count.keys.max { a, b in
                    let ha = here[a] ?? 0, hb = here[b] ?? 0
                    if ha != hb { return ha < hb }
                    if count[a]! != count[b]! { return count[a]! < count[b]! }
                    return a > b
                }
                if let target { keys[i] = Key(name: target, type: w) }
            }
        }
        return keys
    }

    /// The one-word mentions that stay with the full name their own document gives them, whatever a
    /// cluster of another type with the same form elsewhere: the surname of a person's full name, or the
    /// first word of an organisation's, that the document names by a rule or a gazetteer, not a guess
    /// ("Shell chairman Peter Holmes ... Holmes said" keeps Holmes, beside "Holmes Protection Group Inc"
    /// in another article; "Fruehauf Corp ... Fruehauf said" keeps Fruehauf, whatever "Fruehauf's" reads
    /// as elsewhere). A keyed organisation word holds only when it was keyed by a rule itself.
    static func ownNames(_ keys: [Key], raw: [RawMention], guessed: [Bool]) -> Set<Int> {
        struct Named: Hashable { var doc: Int; var key: Key }
        var named: Set<Named> = []
        // one-word forms of clusters that are not people: "Honeywell", "Jardine"
        var otherForms: Set<String> = []
        for (i, m) in raw.enumerated() {
            if m.words > 1, !guessed[i], keys[i].type == .person || keys[i].type == .organization {
                named.insert(Named(doc: m.doc, key: keys[i]))
            }
            if m.words == 1, keys[i].type != .person { otherForms.insert(m.surface) }
        }
        var out: Set<Int> = []
        // (a key equal to its one-word surface is no full name: skipped before any split)
        for (i, m) in raw.enumerated() where m.words == 1 && keys[i].name != m.surface {
            let k = keys[i]
            let words = k.name.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            switch k.type {
            case .person: guard words.last == m.surface, looksLikePersonName(words, otherForms: otherForms) else { continue }
            case .organization: guard !guessed[i], words.first == m.surface else { continue }
            default: continue
            }
            if named.contains(Named(doc: m.doc, key: k)) { out.insert(i) }
        }
        return out
    }

    /// A given name and a surname, not a company's or a group's words typed person: the first word is
    /// a known given name, or every word is capitalised, none is an acronym and the first is no
    /// other cluster's one-word form ("Yukio Honda", not "Honeywell Bull", "National UAW",
    /// "Representatives of ASA", "Jardine Fleming").
    static func looksLikePersonName(_ words: [String], otherForms: Set<String>) -> Bool {
        // leading initials ("A. William Reynolds") are read past
        let words = Array(words.drop { isInitial($0) })
        guard let first = words.first else { return false }
        if GazetteerGivenNames.names.contains(first) || CensusNames.given.contains(first.lowercased()) { return true }
        if otherForms.contains(first) { return false }
        return words.allSatisfy { w in
            guard let f = w.first, f.isUppercase else { return false }
            return w.count < 2 || w.dropFirst().contains { $0.isLowercase }
        }
    }

    /// An initial or two: "A.", "J.P.".
    static func isInitial(_ w: String) -> Bool {
        w.count >= 2 && w.count <= 4 && w.hasSuffix(".") && w.allSatisfy { $0 == "." || $0.isUppercase }
    }
}
