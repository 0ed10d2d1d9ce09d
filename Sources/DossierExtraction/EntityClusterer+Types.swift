/// Corpus-level type decisions: a name has one type, decided from all its mentions; a name the
/// recognizer could not type is typed from the evidence of its contexts across the corpus, never by default.
extension EntityClusterer {
    /// Types every undecided multi-word mention, one decision per surface.
    func decideUndecided(_ raw: inout [RawMention], evidence: ContextEvidence) {
        var persons: Set<String> = []
        var surnamesByDoc: [Int: Set<String>] = [:]
        for m in raw where m.type == .person && m.words >= 2 {
            persons.insert(m.surface)
            if let l = m.surface.split(separator: " ").last { surnamesByDoc[m.doc, default: []].insert(String(l)) }
        }
        // a person's surname counts only in the documents that name that person (not corpus-wide: "Baker
        // Hughes" is no person because some Hughes is one elsewhere)
        var docsOf: [String: Set<Int>] = [:]
        for m in raw where m.type == nil && m.words >= 2 { docsOf[m.surface, default: []].insert(m.doc) }
        let shortForms = EntityClusterer.suffixedShortForms(raw)
        var decided: [String: EntityType] = [:]
        var guesses: Set<String> = []
        for m in raw where m.type == nil && m.words >= 2 && decided[m.surface] == nil {
            let docs = docsOf[m.surface] ?? []
            if shortForms.contains(m.surface), !persons.contains(m.surface) {
                decided[m.surface] = .organization
                continue
            }
            let (t, guess) = undecidedType(m, persons: persons, evidence: evidence) { last in
                docs.contains { surnamesByDoc[$0]?.contains(last) == true }
            }
            decided[m.surface] = t
            if guess { guesses.insert(m.surface) }
        }
        // "West German" beside the place "West Germany": a name ending in a demonym whose country-form is a
        // place of the corpus is that place's people (a group)
        var places = Set(raw.lazy.filter { $0.type == .place }.map(\.surface))
        for (surface, t) in decided where t == .place { places.insert(surface) }
        for surface in decided.keys.sorted() {
            var parts = surface.split(separator: " ").map(String.init)
            guard parts.count >= 2, let country = gazetteer.countryOfDemonym[parts[parts.count - 1]] else { continue }
            parts[parts.count - 1] = country
            if places.contains(parts.joined(separator: " ")) {
                decided[surface] = .group
                guesses.remove(surface)
            }
        }
        for i in raw.indices where raw[i].type == nil && raw[i].words >= 2 {
            raw[i].type = decided[raw[i].surface]
            raw[i].guessed = guesses.contains(raw[i].surface)
        }
    }

    /// The multi-word names the corpus also writes with a corporate suffix ("Reynolds Metals" beside
    /// "Reynolds Metals Co", "Dean Witter Reynolds" beside "Dean Witter Reynolds Inc."): each is that
    /// organisation's short form.
    static func suffixedShortForms(_ raw: [RawMention]) -> Set<String> {
        var out: Set<String> = []
        for m in raw where m.type == .organization && m.words >= 3 {
            let parts = m.surface.split(separator: " ")
            guard let last = parts.last, ExtractionLexicon.corporateSuffixes.contains(String(last)) else { continue }
            out.insert(parts.dropLast().joined(separator: " "))
        }
        return out
    }

    /// The type of an undecided multi-word name from evidence: a legal suffix or organisation head
    /// (organization), a given name first or a known surname last (person), then the contexts across the
    /// corpus (an organisation noun after it, a place preposition before it, a reporting verb, an age, "Mr."),
    /// then its spelling: words never written in lowercase in the corpus are a person's name ("Jayson
    /// Tatum"), common words an organisation's ("Computer Terminal", "Motor Sales"). Never person by default.
    /// `isSurname` tells whether a word is the surname of a person named in a document of the mention's surface.
    func undecidedType(
        _ m: RawMention, persons: Set<String>, evidence: ContextEvidence, isSurname: (String) -> Bool
    ) -> (EntityType, Bool) {
        let parts = m.surface.split(separator: " ").map(String.init)
        guard let first = parts.first, let last = parts.last else { return (.organization, true) }
        if persons.contains(m.surface) { return (.person, false) }
        let org = evidence.organization[m.surface, default: 0]
        let place = evidence.place[m.surface, default: 0]
        let person = evidence.person[m.surface, default: 0]
        if ExtractionLexicon.corporateSuffixes.contains(last) || ExtractionLexicon.organizationHeads.contains(last) {
            return (.organization, false)
        }
        let tagged = evidence.taggedType(m.surface)
        // "Breitbart Texas", "ActionAid Nigeria", "Agence France": a name ending in a place is an organisation's,
        // unless the tagger reads it as a place across the corpus ("West Germany", "North Carolina")
        if gazetteer.lookup(last)?.type == .place, parts.count >= 2 {
            if parts.count == 2, let t = tagged, t.type == .place, t.count >= 2, org == 0,
                !ExtractionLexicon.organizationHeads.contains(first)
            {
                return (.place, false)
            }
            return (.organization, false)
        }
        if GazetteerGivenNames.names.contains(first) && org == 0 { return (.person, false) }
        if parts.count == 2, org == 0, isSurname(last) { return (.person, false) }
        // "LeBron James ... James said": the last word alone in the same document is a surname
        if parts.count <= 3, org == 0, let alone = evidence.singles[m.doc], alone.contains(last), !alone.contains(first),
            gazetteer.lookup(last) == nil
        {
            return (.person, false)
        }
        if org > 0, org >= person { return (.organization, false) }
        if place > 0, place >= person { return (.place, false) }
        // `," said Salo Mitor`: who speaks after a quotation is a person, when nothing points elsewhere
        if evidence.invertedCue[m.surface, default: 0] > 0, org == 0, place == 0 {
            return (.person, false)
        }
        // the learned tagger's reading of the name across the corpus, before any spelling guess
        if let t = tagged { return (t.type, t.count < 2) }
        let common = parts.filter { words.lowercase.contains($0.lowercased()) }.count
        if common == 0 { return (.person, true) }
        // a surname is no word the corpus writes in lowercase: "Reynolds Metals said" is a company
        if person > 0, common < parts.count,
            !words.lowercase.contains(last.lowercased()) || CensusNames.given.contains(first.lowercased())
        {
            return (.person, true)
        }
        return (.organization, true)
    }
}

/// Per surface, how many of its contexts across the corpus point to each type.
struct ContextEvidence {
    var person: [String: Int] = [:]
    var organization: [String: Int] = [:]
    var place: [String: Int] = [:]
    /// Mentions right after a quotation's inverted cue (`," said X`).
    var invertedCue: [String: Int] = [:]
    /// Mentions after an honorific (Mr., Mrs., Dr.).
    var honorific: [String: Int] = [:]
    /// Per document, the single-word names mentioned in it.
    var singles: [Int: Set<String>] = [:]
    /// Per surface, how many of its mentions the learned tagger reads as each type.
    var tagged: [String: [EntityType: Int]] = [:]

    /// The type the tagger gives most of the surface's mentions (two thirds of those it types, ties: none),
    /// with how many mentions it read so.
    func taggedType(_ surface: String) -> (type: EntityType, count: Int)? {
        guard let v = tagged[surface] else { return nil }
        let total = v.values.reduce(0, +)
        guard let best = v.max(by: { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }),
            best.value * 3 >= total * 2, v.values.filter({ $0 == best.value }).count == 1
        else { return nil }
        return (best.key, best.value)
    }

    static let placePrepositions: WordSet = ["in", "at", "near", "from", "across", "into", "outside", "inside", "toward", "towards"]
    static let honorifics: WordSet = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."]
    static let personPronouns: WordSet = ["he", "she"]

    static func collect(_ raw: [RawMention], tokens: [[TextToken]]) -> ContextEvidence {
        var e = ContextEvidence()
        for m in raw where m.words == 1 { e.singles[m.doc, default: []].insert(m.surface) }
        for m in raw { if let t = m.tagged { e.tagged[m.surface, default: [:]][t, default: 0] += 1 } }
        for m in raw where m.type == nil {
            let toks = tokens[m.doc]
            let a = m.tokens.lowerBound, z = m.tokens.upperBound
            if z < toks.count {
                let next = toks[z]
                if next.kind == .word, ExtractionLexicon.organizationNouns.contains(next.text) || ExtractionLexicon.corporateSuffixes.contains(next.text) {
                    e.organization[m.surface, default: 0] += 1
                }
                if ExtractionLexicon.reportingVerbs.contains(next.text) { e.person[m.surface, default: 0] += 1 }
                // "X, 45,": an age after a comma; "X, who"
                if next.text == ",", z + 1 < toks.count,
                    (toks[z + 1].kind == .number && toks[z + 1].text.count <= 2) || toks[z + 1].lower == "who"
                {
                    e.person[m.surface, default: 0] += 2
                }
            }
            if a >= 1 {
                let prev = toks[a - 1]
                if placePrepositions.contains(prev.text) { e.place[m.surface, default: 0] += 1 }
                // `," said Lawrence Mills`: the inverted cue after a quotation names who spoke
                if a >= 2, ExtractionLexicon.reportingVerbs.contains(prev.text), toks[a - 2].kind == .punct,
                    [",", "\u{201D}", "\""].contains(toks[a - 2].text)
                {
                    e.person[m.surface, default: 0] += 1
                    e.invertedCue[m.surface, default: 0] += 1
                }
                if honorifics.contains(prev.text) {
                    e.person[m.surface, default: 0] += 3
                    e.honorific[m.surface, default: 0] += 1
                }
                if prev.lower == "shares" || prev.lower == "subsidiary" || prev.lower == "unit" { e.organization[m.surface, default: 0] += 1 }
            }
            if m.tokens.last.map({ toks[$0].possessive }) == true, z < toks.count,
                ["shares", "stock", "board", "subsidiary", "unit", "earnings", "profit"].contains(toks[z].lower)
            {
                e.organization[m.surface, default: 0] += 2
            }
        }
        return e
    }
}
