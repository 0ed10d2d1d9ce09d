import DossierModel

/// Groups raw mentions into entities across the corpus: gazetteer canonical names, acronyms defined
/// in the text, demonym/country variants of organisation names, surnames to full names, and
/// near-spellings of known surnames (flagged as misspellings).
struct EntityClusterer {
    let gazetteer: GazetteerIndex
    /// Corpus-wide casing evidence (words seen in lowercase tell common words from names).
    var words = WordEvidence()

    struct Key: Hashable { var name: String; var type: EntityType }

    /// A lowercase key for organisation names where demonyms become countries: Israeli Defense Forces → israel defense forces.
    /// The stop of an abbreviated last word is no part of the name: "Texaco Inc." and "Texaco Inc" are one
    /// ("U.S." keeps its stops).
    func orgKey(_ s: String) -> String {
        var words = s.split(separator: " ").map(String.init)
        if words.first == "The" { words.removeFirst() }
        if words.count >= 2, let last = words.last, last.hasSuffix("."), last.utf8.count >= 3, last.dropLast().allSatisfy({ $0 != "." }) {
            words[words.count - 1] = String(last.dropLast())
        }
        return words.map { gazetteer.countryOfDemonym[$0] ?? $0 }.joined(separator: " ").lowercased()
    }

    func cluster(_ raw: [RawMention], tokens: [[TextToken]]) -> (entities: [Entity], mentions: [EntityMention]) {
        var raw = raw
        // 1. Acronyms defined in the text: "Israel Defense Forces (IDF)".
        var acronyms: [String: (String, EntityType)] = [:]
        for m in raw where m.type == .organization || m.type == .place || m.type == nil {
            let toks = tokens[m.doc]
            let e = m.tokens.upperBound
            if e + 2 < toks.count, toks[e].text == "(", toks[e + 1].isAllCaps, toks[e + 2].text == ")",
                toks[e + 1].text.count >= 2, m.words >= 2,
                // "Asamera Oil (U.S.)" names a unit, not an acronym: a known name never becomes one, and an
                // acronym starts with the name's initial
                gazetteer.lookup(toks[e + 1].text) == nil,
                toks[e + 1].text.first == (m.canonical ?? m.surface).split(separator: " ").first(where: { $0 != "The" })?.first
            {
                let name = m.canonical ?? m.surface
                acronyms[toks[e + 1].text] = (name, m.type ?? .organization)
            }
        }
        for i in raw.indices {
            if let (name, type) = acronyms[raw[i].surface], raw[i].words == 1 {
                raw[i].canonical = name
                raw[i].type = type
            }
        }
        // 1b. Undecided multi-word names get a type from the corpus's evidence before anything depends on it.
        let contextEvidence = ContextEvidence.collect(raw, tokens: tokens)
        decideUndecided(&raw, evidence: contextEvidence)
        // 2–3. The corpus tables (organisation variants, full names and surnames, word evidence), then
        // 4. each mention's key from them alone.
        let tables = keyTables(raw, tokens: tokens, acronymNames: Set(acronyms.values.map(\.0)), evidence: contextEvidence)
        let assigned = assignKeys(raw, tables)
        var keys = assigned.map(\.key)
        let guessed = assigned.map(\.guessed)
        let misspelt = assigned.map(\.misspelt)
        // 5. One type per name and per surface form, decided from all their mentions.
        keys = EntityClusterer.decideTypes(keys, raw: raw, guessed: guessed, gazetteer: gazetteer)
        // 6. Entities in order of first mention.
        var index: [Key: Int] = [:]
        var entities: [Entity] = []
        var mentions: [EntityMention] = []
        var aliasSets: [Set<String>] = []
        var missSets: [Set<String>] = []
        for (i, m) in raw.enumerated() {
            let k = keys[i]
            let id: Int
            if let x = index[k] { id = x } else {
                id = entities.count
                index[k] = id
                entities.append(Entity(name: k.name, type: k.type, aliases: [], misspellings: [], roles: []))
                aliasSets.append([])
                missSets.append([])
            }
            if m.surface != k.name { aliasSets[id].insert(m.surface) }
            if misspelt[i] { missSets[id].insert(m.surface) }
            if let r = m.role, k.type == .person, !entities[id].roles.contains(r) { entities[id].roles.append(r) }
            mentions.append(
                EntityMention(doc: m.doc, sentence: m.sentence, range: m.range, surface: m.surface, entity: id, misspelling: misspelt[i]))
        }
        for i in entities.indices {
            entities[i].aliases = aliasSets[i].sorted()
            entities[i].misspellings = missSets[i].sorted()
        }
        return (entities, mentions)
    }

    /// The type of an untyped single word from its place contexts ("in X", "X, Texas") and the tagger's
    /// readings of its mentions (each worth `Weight.tagger`): the heavier side, ties to organisation; nil
    /// without evidence. The strength is the winning weight.
    func singleWordVote(_ w: String, places: Int, evidence: ContextEvidence) -> (EntityType, Double)? {
        var v: [EntityType: Double] = [:]
        if places > 0 { v[.place] = Double(places) }
        for (t, c) in evidence.tagged[w] ?? [:] { v[t, default: 0] += Double(c) * Weight.tagger }
        guard let t = EntityClusterer.winner(v), let strength = v[t] else { return nil }
        return (t, strength)
    }

    /// An uppercase letter after two lowercase ASCII letters, not a surname's Mc/Mac/O' prefix ("McDonald").
    static func isCamelCase(_ w: String) -> Bool {
        let u = Array(w.utf8)
        guard u.count >= 4, !w.hasPrefix("Mc"), !w.hasPrefix("Mac") else { return false }
        var lower = 0
        for c in u {
            if c >= 0x61 && c <= 0x7A { lower += 1; continue }
            if c >= 0x41 && c <= 0x5A, lower >= 2 { return true }
            if !(c >= 0x41 && c <= 0x5A) { return false }
            lower = 0
        }
        return false
    }

    /// A known surname within a small edit distance (same first letter, long enough to be safe).
    func nearSurname(_ w: String, _ surnames: [SurnameForm]) -> String? {
        guard let limit = SurnameForm.limit(w) else { return nil }
        let x = Array(w.lowercased().unicodeScalars)
        var best: (String, Int)?
        for s in surnames where s.name.first == w.first && s.name != w {
            let d = EditDistance.distance(x, s.scalars, limit: limit)
            if d <= limit, d < (best?.1 ?? Int.max) { best = (s.name, d) }
        }
        return best?.0
    }
}
