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
    func orgKey(_ s: String) -> String {
        var words = s.split(separator: " ").map(String.init)
        if words.first == "The" { words.removeFirst() }
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
        // 2. Organisation variants.
        var orgCanonical: [String: String] = [:]
        var orgForms: [String: [String: Int]] = [:]
        for m in raw where m.type == .organization {
            let name = m.canonical ?? m.surface
            orgForms[orgKey(name), default: [:]][name, default: 0] += 1
        }
        for (k, forms) in orgForms {
            let best = forms.sorted { a, b in
                let ga = gazetteer.canonicalTypes[a.key] != nil || acronyms.values.contains { $0.0 == a.key }
                let gb = gazetteer.canonicalTypes[b.key] != nil || acronyms.values.contains { $0.0 == b.key }
                if ga != gb { return ga }
                if a.value != b.value { return a.value > b.value }
                if a.key.count != b.key.count { return a.key.count > b.key.count }
                return a.key < b.key
            }[0].key
            orgCanonical[k] = best
        }
        // 3. Person full names and surnames.
        var fullCount: [String: Int] = [:]
        var fullByDoc: [Int: [String: Int]] = [:]
        for m in raw where m.type == .person && m.words >= 2 {
            fullCount[m.surface, default: 0] += 1
            fullByDoc[m.doc, default: [:]][m.surface, default: 0] += 1
        }
        func surnames(_ full: String) -> [String] {
            var w = full.split(separator: " ").map(String.init)
            if let l = w.last, ["Jr.", "Sr.", "II", "III"].contains(l) { w.removeLast() }
            guard w.count >= 2 else { return [] }
            var out = [w[w.count - 1]]
            if w.count >= 3 { out.append(w[(w.count - 2)...].joined(separator: " ")) }
            return out
        }
        var bySurname: [String: [String]] = [:]
        for f in fullCount.keys.sorted() { for s in surnames(f) { bySurname[s, default: []].append(f) } }
        func fullName(for surname: String, doc: Int) -> String? {
            guard let cands = bySurname[surname], !cands.isEmpty else { return nil }
            return cands.max { a, b in
                let da = fullByDoc[doc]?[a] ?? 0, db = fullByDoc[doc]?[b] ?? 0
                if da != db { return da < db }
                let ca = fullCount[a] ?? 0, cb = fullCount[b] ?? 0
                if ca != cb { return ca < cb }
                return a > b
            }
        }
        // Single words with corpus-wide context evidence.
        var orgEvidence: Set<String> = []
        var placeEvidence: [String: Int] = [:]
        for m in raw where m.type == nil {
            let toks = tokens[m.doc]
            let e = m.tokens.upperBound
            if e < toks.count, toks[e].kind == .word, ExtractionLexicon.organizationNouns.contains(toks[e].text) { orgEvidence.insert(m.surface) }
            let b = m.tokens.lowerBound - 1
            if b >= 0, toks[b].text == "to" || ContextEvidence.placePrepositions.contains(toks[b].text) {
                placeEvidence[m.surface, default: 0] += 1
            }
            // "governor of Sonora", "Arizona and Sonora"
            if b >= 1, toks[b].text == "of", ["governor", "mayor", "president", "capital", "city", "province", "state", "region", "prime"].contains(toks[b - 1].text) {
                placeEvidence[m.surface, default: 0] += 1
            }
            if b >= 1, ["and", "or", ","].contains(toks[b].text), gazetteer.lookup(toks[b - 1].text)?.type == .place {
                placeEvidence[m.surface, default: 0] += 1
            }
            // "Redmond, Washington", "Springfield, Illinois"
            if e + 1 < toks.count, toks[e].text == ",", gazetteer.lookup(toks[e + 1].text)?.type == .place {
                placeEvidence[m.surface, default: 0] += 1
            }
            if e + 1 < toks.count, ["and", "or"].contains(toks[e].text), gazetteer.lookup(toks[e + 1].text)?.type == .place {
                placeEvidence[m.surface, default: 0] += 1
            }
        }
        let singleOrgs: [String: String] = {
            var d: [String: String] = [:]
            for m in raw where m.type == .organization { d[m.surface] = m.canonical ?? m.surface }
            return d
        }()
        var surnamesByLetter: [Character: [String]] = [:]
        for sn in bySurname.keys.sorted() where !sn.contains(" ") { if let f = sn.first { surnamesByLetter[f, default: []].append(sn) } }
        var nearCache: [String: String?] = [:]
        func near(_ w: String) -> String? {
            if let c = nearCache[w] { return c }
            let r = w.first.flatMap { surnamesByLetter[$0] }.flatMap { nearSurname(w, $0) }
            nearCache[w] = r
            return r
        }
        // How often each single word and each surname (in full names or alone) is mentioned.
        var singleCount: [String: Int] = [:]
        for m in raw where m.words == 1 { singleCount[m.surface, default: 0] += 1 }
        var surnameCount: [String: Int] = [:]
        for (f, c) in fullCount { for sn in surnames(f) { surnameCount[sn, default: 0] += c } }
        for (w, c) in singleCount where surnameCount[w] != nil { surnameCount[w, default: 0] += c }
        // Per document, first words of its full person names that belong to one name only.
        var firstNames: [Int: [String: String]] = [:]
        for (d, names) in fullByDoc {
            var byFirst: [String: Set<String>] = [:]
            for n in names.keys { if let f = n.split(separator: " ").first { byFirst[String(f), default: []].insert(n) } }
            firstNames[d] = byFirst.compactMapValues { $0.count == 1 ? $0.first : nil }
        }
        var surnamesByDoc: [Int: Set<String>] = [:]
        for (d, names) in fullByDoc { surnamesByDoc[d] = Set(names.keys.flatMap { surnames($0) }) }
        // "Acme" for "Acme Robotics Inc." when that is the only organisation starting so
        var firstWordCands: [String: Set<String>] = [:]
        for m in raw where m.type == .organization && m.words >= 2 {
            let name = m.canonical ?? m.surface
            if let f = m.surface.split(separator: " ").first, f != "The" { firstWordCands[String(f), default: []].insert(name) }
        }
        let firstWordOrgs = firstWordCands.compactMapValues { $0.count == 1 ? $0.first : nil }
        // per document: "Texaco" for the one organisation of the document whose name starts (or, not with a
        // generic head, ends) with the word
        var edgeWordCands: [Int: [String: Set<String>]] = [:]
        for m in raw where m.type == .organization && m.words >= 2 {
            let name = m.canonical ?? m.surface
            let w = m.surface.split(separator: " ")
            if let f = w.first, f != "The" { edgeWordCands[m.doc, default: [:]][String(f), default: []].insert(name) }
            if let l = w.last, !ExtractionLexicon.organizationHeads.contains(String(l)),
                !ExtractionLexicon.corporateSuffixes.contains(String(l))
            {
                edgeWordCands[m.doc, default: [:]][String(l), default: []].insert(name)
            }
        }
        let edgeWordOrgs = edgeWordCands.mapValues { $0.compactMapValues { $0.count == 1 ? $0.first : nil } }
        // "Celtics" for "Boston Celtics" (not a generic head such as "Council")
        var lastWordCands: [String: Set<String>] = [:]
        for m in raw where m.type == .organization && m.words >= 2 {
            let name = m.canonical ?? m.surface
            if let l = m.surface.split(separator: " ").last, !ExtractionLexicon.organizationHeads.contains(String(l)) {
                lastWordCands[String(l), default: []].insert(name)
            }
        }
        let lastWordOrgs = lastWordCands.compactMapValues { $0.count == 1 ? $0.first : nil }

        // 4. Assign keys.
        var keys: [Key] = []
        var misspelt: [Bool] = []
        var guessed: [Bool] = []
        for m in raw {
            var miss = false
            var guess = false
            var key: Key
            let surnameHere = m.words == 1 && m.type != .person
                && surnamesByDoc[m.doc]?.contains(m.surface) == true
            switch surnameHere ? .person : m.type {
            case .person:
                if m.words == 1, let f = fullName(for: m.surface, doc: m.doc) { key = Key(name: f, type: .person) }
                else if m.words >= 2, let f = fullName(for: m.surface, doc: m.doc), f != m.surface,
                    m.surface.split(separator: " ").count == 2, bySurname[m.surface] != nil
                {
                    key = Key(name: f, type: .person)
                } else {
                    key = Key(name: m.surface, type: .person)
                }
            case .organization:
                let name = m.canonical ?? m.surface
                key = Key(name: orgCanonical[orgKey(name)] ?? name, type: .organization)
            case .place, .group:
                key = Key(name: m.canonical ?? m.surface, type: m.type ?? .place)
            case nil:
                let w = m.surface
                if m.words >= 2, fullCount[w] != nil {
                    key = Key(name: w, type: .person)
                } else if surnamesByDoc[m.doc]?.contains(w) == true || contextEvidence.honorific[w, default: 0] > 0,
                    let f = fullName(for: w, doc: m.doc)
                {
                    // a lone word is a person's surname where the document names that person, or after an
                    // honorific somewhere: not because some person elsewhere in the corpus has it ("Hughes")
                    key = Key(name: f, type: .person)
                } else if let f = firstNames[m.doc]?[w] {
                    // "Jasmine Tridevil ... Jasmine said": a given name alone stands for the one person of the
                    // same document who has it
                    key = Key(name: f, type: .person)
                } else if let o = edgeWordOrgs[m.doc]?[w] {
                    key = Key(name: orgCanonical[orgKey(o)] ?? o, type: .organization)
                } else if let o = singleOrgs[w] ?? firstWordOrgs[w] ?? lastWordOrgs[w] {
                    key = Key(name: orgCanonical[orgKey(o)] ?? o, type: .organization)
                } else if firstWordCands[w] == nil, lastWordCands[w] == nil, let f = fullName(for: w, doc: m.doc) {
                    // a surname known from another document, when no organisation's name starts or ends with it
                    key = Key(name: f, type: .person)
                } else if let near = near(w), surnamesByDoc[m.doc]?.contains(near) == true,
                    (surnameCount[near] ?? 0) > (singleCount[w] ?? 0), let f = fullName(for: near, doc: m.doc)
                {
                    // a misspelling only with evidence: a rarer form close to a surname of the same document
                    key = Key(name: f, type: .person)
                    miss = true
                } else if orgEvidence.contains(w) {
                    key = Key(name: w, type: .organization)
                } else if contextEvidence.honorific[w, default: 0] > 0 {
                    // a lone word that is no full name's surname is a person's only after an honorific
                    // ("Mr Hughes"): "X said" is no evidence, companies and banks say things too
                    key = Key(name: w, type: .person)
                } else if EntityClusterer.isCamelCase(w) {
                    // "BuzzFeed", "WikiLeaks", "PayPal": an inner capital after lowercase letters spells a brand
                    key = Key(name: w, type: .organization)
                } else if let (t, strength) = singleWordVote(w, places: placeEvidence[w, default: 0], evidence: contextEvidence) {
                    // place contexts and the learned tagger's reading across the corpus, weighed together
                    key = Key(name: w, type: t)
                    guess = strength < 2
                } else {
                    key = Key(name: w, type: .organization)
                    guess = true
                }
            }
            keys.append(key)
            guessed.append(guess || m.guessed)
            misspelt.append(miss)
        }
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
    func nearSurname(_ w: String, _ surnames: [String]) -> String? {
        guard w.count >= 5, !w.contains(" ") else { return nil }
        let limit = w.count >= 7 ? 2 : 1
        var best: (String, Int)?
        for s in surnames where s.first == w.first && s.count >= 5 && s != w {
            let d = EditDistance.distance(w, s, limit: limit)
            if d <= limit, d < (best?.1 ?? Int.max) { best = (s, d) }
        }
        return best?.0
    }
}
