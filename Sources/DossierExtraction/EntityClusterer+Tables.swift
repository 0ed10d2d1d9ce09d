import DossierModel

/// What assigning a mention its cluster key consults, built once from all the raw mentions, so the
/// keys themselves can be assigned in parallel.
extension EntityClusterer {
    struct KeyTables: Sendable {
        /// Per document, the surnames (last word; last two words) of the full person names it mentions.
        var surnamesByDoc: [Int: Set<String>] = [:]
        var names: FullNames
        /// Surnames (one or two words) of the corpus's full person names.
        var surnameSet: Set<String> = []
        /// Lowercase organisation key → the canonical spelling of that organisation.
        var orgCanonical: [String: String] = [:]
        /// How often each full person name is mentioned.
        var fullCount: [String: Int]
        var evidence: ContextEvidence
        /// Per document, first words of its full person names that belong to one name only.
        var firstNames: [Int: [String: String]] = [:]
        /// Per document, a word that starts (or ends) exactly one of its organisations' names.
        var edgeWordOrgs: [Int: [String: String]] = [:]
        /// Single words typed organisation, and first or last words of exactly one organisation's name.
        var singleOrgs: [String: String] = [:]
        var firstWordOrgs: [String: String] = [:]
        var lastWordOrgs: [String: String] = [:]
        /// Words that start, or end (not a generic head), some organisation's name.
        var orgFirstWords: Set<String> = []
        var orgLastWords: Set<String> = []
        /// One-word surnames by first letter, for near spellings.
        var surnamesByLetter: [Character: [SurnameForm]] = [:]
        /// Mentions of each surname (in full names or alone) and of each single word.
        var surnameCount: [String: Int] = [:]
        var singleCount: [String: Int] = [:]
        /// Untyped single words followed by an organisation noun somewhere.
        var orgEvidence: Set<String> = []
        /// Untyped single words in place contexts, with how many.
        var placeEvidence: [String: Int] = [:]
    }

    /// The surnames a full name offers: its last word, and its last two words when it has three or more
    /// ("Jr.", "Sr.", "II", "III" dropped first).
    static func surnames(_ full: String) -> [String] {
        var w = full.split(separator: " ").map(String.init)
        if let l = w.last, ["Jr.", "Sr.", "II", "III"].contains(l) { w.removeLast() }
        guard w.count >= 2 else { return [] }
        var out = [w[w.count - 1]]
        if w.count >= 3 { out.append(w[(w.count - 2)...].joined(separator: " ")) }
        return out
    }

    func keyTables(_ raw: [RawMention], tokens: [[TextToken]], acronymNames: Set<String>, evidence: ContextEvidence) -> KeyTables {
        var fullCount: [String: Int] = [:]
        var fullByDoc: [Int: [String: Int]] = [:]
        for m in raw where m.type == .person && m.words >= 2 {
            fullCount[m.surface, default: 0] += 1
            fullByDoc[m.doc, default: [:]][m.surface, default: 0] += 1
        }
        var surnamesOf: [String: [String]] = [:]
        for f in fullCount.keys { surnamesOf[f] = EntityClusterer.surnames(f) }
        // the five parts read only `raw` and the counts above: built side by side, then put together
        let base = KeyTables(names: FullNames(), fullCount: fullCount, evidence: evidence)
        let (counts, byDoc, surnamesOfFull) = (fullCount, fullByDoc, surnamesOf)
        let me = self
        let parts = Parallel.map(5) { part -> KeyTables in
            var t = base
            switch part {
            case 0: t.names = FullNames(fullCount: counts, fullByDoc: byDoc, surnamesOf: surnamesOfFull)
            case 1: me.addPersonTables(&t, fullByDoc: byDoc, surnamesOf: surnamesOfFull, raw: raw)
            case 2: me.addOrganisationWords(&t, raw)
            case 3: me.addSingleWordEvidence(&t, raw, tokens: tokens)
            default: t.orgCanonical = me.organisationCanonicals(raw, acronymNames: acronymNames)
            }
            return t
        }
        var t = parts[1]
        t.names = parts[0].names
        (t.singleOrgs, t.firstWordOrgs, t.lastWordOrgs) = (parts[2].singleOrgs, parts[2].firstWordOrgs, parts[2].lastWordOrgs)
        (t.orgFirstWords, t.orgLastWords, t.edgeWordOrgs) = (parts[2].orgFirstWords, parts[2].orgLastWords, parts[2].edgeWordOrgs)
        (t.orgEvidence, t.placeEvidence) = (parts[3].orgEvidence, parts[3].placeEvidence)
        t.orgCanonical = parts[4].orgCanonical
        return t
    }

    /// Organisation variants: per lowercase key, the gazetteer's or an acronym's spelling, else the most
    /// frequent, without a final stop, longest, first in order.
    func organisationCanonicals(_ raw: [RawMention], acronymNames: Set<String>) -> [String: String] {
        var orgForms: [String: [String: Int]] = [:]
        for m in raw where m.type == .organization {
            let name = m.canonical ?? m.surface
            orgForms[orgKey(name), default: [:]][name, default: 0] += 1
        }
        var out: [String: String] = [:]
        for (k, forms) in orgForms {
            out[k] = forms.sorted { a, b in
                let ga = gazetteer.canonicalTypes[a.key] != nil || acronymNames.contains(a.key)
                let gb = gazetteer.canonicalTypes[b.key] != nil || acronymNames.contains(b.key)
                if ga != gb { return ga }
                if a.value != b.value { return a.value > b.value }
                // "Fruehauf Corp" before "Fruehauf Corp.": the stop is no part of the name
                if a.key.hasSuffix(".") != b.key.hasSuffix(".") { return !a.key.hasSuffix(".") }
                if a.key.count != b.key.count { return a.key.count > b.key.count }
                return a.key < b.key
            }[0].key
        }
        return out
    }

    func addPersonTables(_ t: inout KeyTables, fullByDoc: [Int: [String: Int]], surnamesOf: [String: [String]], raw: [RawMention]) {
        for (_, ss) in surnamesOf { t.surnameSet.formUnion(ss) }
        for sn in t.surnameSet.sorted() where !sn.contains(" ") {
            if let f = sn.first, let form = SurnameForm(sn) { t.surnamesByLetter[f, default: []].append(form) }
        }
        for m in raw where m.words == 1 { t.singleCount[m.surface, default: 0] += 1 }
        for (f, c) in t.fullCount { for sn in surnamesOf[f] ?? [] { t.surnameCount[sn, default: 0] += c } }
        for (w, c) in t.singleCount where t.surnameCount[w] != nil { t.surnameCount[w, default: 0] += c }
        for (d, names) in fullByDoc {
            var byFirst: [String: Set<String>] = [:]
            var here: Set<String> = []
            for n in names.keys {
                if let f = n.split(separator: " ").first { byFirst[String(f), default: []].insert(n) }
                here.formUnion(surnamesOf[n] ?? [])
            }
            t.firstNames[d] = byFirst.compactMapValues { $0.count == 1 ? $0.first : nil }
            t.surnamesByDoc[d] = here
        }
    }

    /// First, last and edge words of organisation names ("Acme" for "Acme Robotics Inc.", "Celtics" for
    /// "Boston Celtics"; not a generic head such as "Council").
    func addOrganisationWords(_ t: inout KeyTables, _ raw: [RawMention]) {
        var firstWordCands: [String: Set<String>] = [:]
        var lastWordCands: [String: Set<String>] = [:]
        var edgeWordCands: [Int: [String: Set<String>]] = [:]
        for m in raw where m.type == .organization {
            if m.words == 1 { t.singleOrgs[m.surface] = m.canonical ?? m.surface }
            guard m.words >= 2 else { continue }
            let name = m.canonical ?? m.surface
            let w = m.surface.split(separator: " ")
            if let f = w.first, f != "The" {
                firstWordCands[String(f), default: []].insert(name)
                edgeWordCands[m.doc, default: [:]][String(f), default: []].insert(name)
            }
            if let l = w.last, !ExtractionLexicon.organizationHeads.contains(String(l)) {
                lastWordCands[String(l), default: []].insert(name)
                if !ExtractionLexicon.corporateSuffixes.contains(String(l)) {
                    edgeWordCands[m.doc, default: [:]][String(l), default: []].insert(name)
                }
            }
        }
        t.firstWordOrgs = firstWordCands.compactMapValues { $0.count == 1 ? $0.first : nil }
        t.lastWordOrgs = lastWordCands.compactMapValues { $0.count == 1 ? $0.first : nil }
        t.orgFirstWords = Set(firstWordCands.keys)
        t.orgLastWords = Set(lastWordCands.keys)
        t.edgeWordOrgs = edgeWordCands.mapValues { $0.compactMapValues { $0.count == 1 ? $0.first : nil } }
    }

    /// Single words with corpus-wide context evidence: an organisation noun after, a place context around.
    func addSingleWordEvidence(_ t: inout KeyTables, _ raw: [RawMention], tokens: [[TextToken]]) {
        for m in raw where m.type == nil {
            let toks = tokens[m.doc]
            let e = m.tokens.upperBound
            if e < toks.count, toks[e].kind == .word, ExtractionLexicon.organizationNouns.contains(toks[e].text) { t.orgEvidence.insert(m.surface) }
            let b = m.tokens.lowerBound - 1
            var places = 0
            if b >= 0, toks[b].text == "to" || ContextEvidence.placePrepositions.contains(toks[b].text) { places += 1 }
            // "governor of Sonora", "Arizona and Sonora"
            if b >= 1, toks[b].text == "of", EntityClusterer.placeHolders.contains(toks[b - 1].text) { places += 1 }
            if b >= 1, ["and", "or", ","].contains(toks[b].text), gazetteer.lookup(toks[b - 1].text)?.type == .place { places += 1 }
            // "Redmond, Washington", "Springfield, Illinois"
            if e + 1 < toks.count, toks[e].text == ",", gazetteer.lookup(toks[e + 1].text)?.type == .place { places += 1 }
            if e + 1 < toks.count, ["and", "or"].contains(toks[e].text), gazetteer.lookup(toks[e + 1].text)?.type == .place { places += 1 }
            if places > 0 { t.placeEvidence[m.surface, default: 0] += places }
        }
    }

    /// Words before "of" that make the next name a place: "governor of Sonora".
    static let placeHolders: WordSet = ["governor", "mayor", "president", "capital", "city", "province", "state", "region", "prime"]
}
