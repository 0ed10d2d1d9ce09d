import DossierModel

/// Step 4 of clustering: each mention's cluster key (name and type) from the corpus tables alone, so
/// mentions are keyed independently (and in parallel).
extension EntityClusterer {
    struct Assignment: Sendable {
        var key: Key
        var guessed: Bool
        var misspelt: Bool
    }

    /// The keys of all `raw` mentions, in order, computed in parallel chunks.
    func assignKeys(_ raw: [RawMention], _ t: KeyTables) -> [Assignment] {
        let chunks = min(raw.count, 64)
        guard chunks > 0 else { return [] }
        let me = self
        return Parallel.map(chunks) { c -> [Assignment] in
            var near: [String: String?] = [:]
            return (c * raw.count / chunks..<(c + 1) * raw.count / chunks).map { me.assign(raw[$0], t, near: &near) }
        }.flatMap { $0 }
    }

    /// The key of one mention; `near` memoises near-spelling lookups.
    func assign(_ m: RawMention, _ t: KeyTables, near: inout [String: String?]) -> Assignment {
        let surnameHere = m.words == 1 && m.type != .person && t.surnamesByDoc[m.doc]?.contains(m.surface) == true
        switch surnameHere ? .person : m.type {
        case .person:
            if m.words == 1, let f = t.names.fullName(for: m.surface, doc: m.doc) {
                return Assignment(key: Key(name: f, type: .person), guessed: m.guessed, misspelt: false)
            }
            if m.words >= 2, let f = t.names.fullName(for: m.surface, doc: m.doc), f != m.surface,
                m.words == 2, t.surnameSet.contains(m.surface)
            {
                return Assignment(key: Key(name: f, type: .person), guessed: m.guessed, misspelt: false)
            }
            return Assignment(key: Key(name: m.surface, type: .person), guessed: m.guessed, misspelt: false)
        case .organization:
            let name = m.canonical ?? m.surface
            return Assignment(key: Key(name: t.orgCanonical[orgKey(name)] ?? name, type: .organization), guessed: m.guessed, misspelt: false)
        case .place, .group:
            return Assignment(key: Key(name: m.canonical ?? m.surface, type: m.type ?? .place), guessed: m.guessed, misspelt: false)
        case nil:
            var a = untypedKey(m, t, near: &near)
            a.guessed = a.guessed || m.guessed
            return a
        }
    }

    /// The key of a mention the recognizer left untyped (a single word, in practice).
    func untypedKey(_ m: RawMention, _ t: KeyTables, near: inout [String: String?]) -> Assignment {
        func person(_ n: String, misspelt: Bool = false) -> Assignment { Assignment(key: Key(name: n, type: .person), guessed: false, misspelt: misspelt) }
        func organisation(_ o: String) -> Assignment {
            Assignment(key: Key(name: t.orgCanonical[orgKey(o)] ?? o, type: .organization), guessed: false, misspelt: false)
        }
        let w = m.surface
        if m.words >= 2, t.fullCount[w] != nil { return person(w) }
        // a lone word is a person's surname where the document names that person, or after an honorific
        // somewhere: not because some person elsewhere in the corpus has it ("Hughes")
        if t.surnamesByDoc[m.doc]?.contains(w) == true || t.evidence.honorific[w, default: 0] > 0,
            let f = t.names.fullName(for: w, doc: m.doc)
        {
            return person(f)
        }
        // "Jasmine Tridevil ... Jasmine said": a given name alone stands for the one person of the same
        // document who has it
        if let f = t.firstNames[m.doc]?[w] { return person(f) }
        if let o = t.edgeWordOrgs[m.doc]?[w] { return organisation(o) }
        if let o = t.singleOrgs[w] ?? t.firstWordOrgs[w] ?? t.lastWordOrgs[w] { return organisation(o) }
        // a surname known from another document, when no organisation's name starts or ends with it
        if !t.orgFirstWords.contains(w), !t.orgLastWords.contains(w), let f = t.names.fullName(for: w, doc: m.doc) {
            return person(f)
        }
        // a misspelling only with evidence: a rarer form close to a surname of the same document
        if hasNearSurname(w, in: t.surnamesByDoc[m.doc]), let n = nearSurname(w, t, cache: &near),
            t.surnamesByDoc[m.doc]?.contains(n) == true,
            (t.surnameCount[n] ?? 0) > (t.singleCount[w] ?? 0), let f = t.names.fullName(for: n, doc: m.doc)
        {
            return person(f, misspelt: true)
        }
        if t.orgEvidence.contains(w) { return Assignment(key: Key(name: w, type: .organization), guessed: false, misspelt: false) }
        // a lone word that is no full name's surname is a person's only after an honorific ("Mr Hughes"):
        // "X said" is no evidence, companies and banks say things too
        if t.evidence.honorific[w, default: 0] > 0 { return person(w) }
        // "BuzzFeed", "WikiLeaks", "PayPal": an inner capital after lowercase letters spells a brand
        if EntityClusterer.isCamelCase(w) { return Assignment(key: Key(name: w, type: .organization), guessed: false, misspelt: false) }
        // place contexts and the learned tagger's reading across the corpus, weighed together
        if let (type, strength) = singleWordVote(w, places: t.placeEvidence[w, default: 0], evidence: t.evidence) {
            return Assignment(key: Key(name: w, type: type), guessed: strength < 2, misspelt: false)
        }
        return Assignment(key: Key(name: w, type: .organization), guessed: true, misspelt: false)
    }

    /// Whether some one-word surname of `here` is near `w` in spelling: without one, the corpus-wide
    /// nearest surname cannot be of this document, and the search over all surnames is skipped.
    func hasNearSurname(_ w: String, in here: Set<String>?) -> Bool {
        guard let here, SurnameForm.limit(w) != nil else { return false }
        return nearSurname(w, here.compactMap(SurnameForm.init)) != nil
    }

    /// A known one-word surname near `w` in spelling (see `nearSurname(_:_:)`), memoised in `cache`.
    func nearSurname(_ w: String, _ t: KeyTables, cache: inout [String: String?]) -> String? {
        if let c = cache[w] { return c }
        let r = w.first.flatMap { t.surnamesByLetter[$0] }.flatMap { nearSurname(w, $0) }
        cache[w] = r
        return r
    }
}
