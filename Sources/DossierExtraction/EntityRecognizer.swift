import DossierModel

/// Finds proper-name mentions in one document: capitalised spans split at titles, gazetteer
/// prefixes and connectors, typed by gazetteer, title, given name and head word.
struct EntityRecognizer {
    let gazetteer: GazetteerIndex
    let evidence: WordEvidence
    /// Surfaces known from body text, for headline lines.
    var knownSurfaces: [String: EntityType] = [:]
    /// Surfaces known from body text whose type is still undecided.
    var knownUntyped: Set<String> = []
    /// Last words of full person names found in body text ("Kirby" for "John Kirby").
    var knownSurnames: Set<String> = []

    static let particles: WordSet = ["al", "el", "ad", "ash", "as", "an", "ar", "az"]
    static let connectors: WordSet = ["of", "de", "al", "bin", "ibn", "del", "da", "van", "von", "der", "du", "la", "le", "dos", "di"]

    func isExcluded(_ t: TextToken) -> Bool {
        let w = t.text.hasSuffix(".") && !t.text.dropLast().contains(".") ? String(t.text.dropLast()) : t.text
        return ExtractionLexicon.months[w] != nil || ExtractionLexicon.weekdays[w] != nil || ExtractionLexicon.holidays.contains(w) || w == "I"
            || EntityRecognizer.isFirstPersonContraction(w)
    }

    /// "I'm", "I’ve", "I'll", "I'd": the pronoun I with a contraction, never a name.
    static func isFirstPersonContraction(_ w: String) -> Bool {
        let u = Array(w.utf8)
        guard u.count >= 3, u[0] == 0x49 else { return false }
        if u[1] == 0x27 { return u.count <= 4 }
        return u.count >= 5 && u.count <= 6 && u[1] == 0xE2 && u[2] == 0x80 && u[3] == 0x99
    }

    /// A line of one word and a day of a month, nothing else ("Pay April 15", "Record March 31",
    /// "Payable May One", "Pay 1 April"): a schedule line of a wire table.
    static func isScheduleLine(_ toks: ArraySlice<TextToken>) -> Bool {
        func isMark(_ t: TextToken) -> Bool { t.kind == .punct && (t.text == "," || t.text == "." || t.text == ":") }
        // counted first, stopping at a fourth: most sentences are rejected without a copy
        var n = 0
        for tok in toks where !isMark(tok) {
            n += 1
            if n > 3 { return false }
        }
        guard n == 3 else { return false }
        let t = toks.filter { !isMark($0) }
        guard t[0].kind == .word, t[0].isCapitalized else { return false }
        func day(_ d: TextToken) -> Bool {
            DateFinder.dayNumber(d) != nil || (d.kind == .word && ExtractionLexicon.numberWords[d.lower] != nil)
        }
        // "Pay April 15" and "Pay 15 April"
        return (DateFinder.monthOf(t[1]) != nil && day(t[2])) || (DateFinder.dayNumber(t[1]) != nil && DateFinder.monthOf(t[2]) != nil)
    }

    /// Whether a line of tokens reads as a headline (no final stop, most words capitalised).
    static func isHeadline(_ toks: ArraySlice<TextToken>) -> Bool {
        var last = toks.last
        var idx = toks.endIndex - 1
        while let l = last, l.kind == .punct, l.text == "\"" || l.text == "\u{201D}" || l.text == "\u{201C}" || l.text == ":" {
            idx -= 1
            last = idx >= toks.startIndex ? toks[idx] : nil
        }
        if let l = last, l.kind == .punct, [".", "!", "?"].contains(l.text) { return false }
        // "... against Jefferies Group Inc.": an abbreviation's full stop ends a sentence of running
        // text too (not a table row of "N.A."s)
        if let l = last, l.kind == .word, l.text.utf8.count > 2, l.text.utf8.last == UInt8(ascii: "."),
            toks.lazy.filter({ $0.kind == .word && $0.text.utf8.count > 3 && !$0.isCapitalized }).prefix(2).count == 2
        {
            return false
        }
        var words = 0
        var caps = 0
        for t in toks where t.kind == .word && t.text.count > 3 {
            words += 1
            if t.isCapitalized { caps += 1 }
        }
        return words > 0 && Double(caps) >= 0.6 * Double(words) && toks.count < 25
    }

    /// The text of tokens `r`, a hard line break and its indentation inside a wrapped name read as one space.
    func surface(_ bytes: [UInt8], _ toks: [TextToken], _ r: Range<Int>) -> String {
        let span = bytes[toks[r.lowerBound].start..<toks[r.upperBound - 1].end]
        guard span.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return String(decoding: span, as: UTF8.self) }
        return WhitespaceRuns.collapsed(span)
    }

    /// Mentions of one document, given its tokens; with `only`, of those sentences (by token sentence
    /// index) alone, in order.
    func recognize(doc: Int, bytes: [UInt8], tokens toks: [TextToken], only: Set<Int>? = nil) -> [RawMention] {
        var out: [RawMention] = []
        var s = 0
        while s < toks.count {
            var e = s
            while e < toks.count && toks[e].sentence == toks[s].sentence { e += 1 }
            if let only, !only.contains(toks[s].sentence) {
                s = e
                continue
            }
            if toks[s].notText {
                if toks[s].dateline { out += datelineMentions(doc: doc, bytes: bytes, toks: toks, s..<e) }
                s = e
                continue
            }
            // "Pay April 15", "Record March 31": a dividend table's schedule line names nobody
            if EntityRecognizer.isScheduleLine(toks[s..<e]) {
                s = e
                continue
            }
            // lines inside a sentence range (headings split by the placeholder splitter) are handled as one unit
            let headline = EntityRecognizer.isHeadline(toks[s..<e])
            var i = s
            while i < e {
                guard toks[i].isCapitalized, !isExcluded(toks[i]) else { i += 1; continue }
                // a unit glued to a number ("40C") is not a name
                if !toks[i].spaceBefore, i > 0, toks[i - 1].kind == .number { i += 1; continue }
                if toks[i].sentenceInitial, ExtractionLexicon.functionWords.contains(toks[i].lower),
                    gazetteerPrefix(bytes, toks, i..<min(e, i + gazetteer.maxTokens)) == nil
                {
                    i += 1
                    continue
                }
                if !headline, let k = longGazetteerMatch(bytes, toks, i, e) {
                    out.append(mention(doc, bytes, toks, i..<k, gazetteer.lookup(surface(bytes, toks, i..<k))?.type, gazetteer.lookup(surface(bytes, toks, i..<k))?.canonical))
                    i = k
                    continue
                }
                var j = i + 1
                if !toks[i].possessive {
                    while j < e {
                        let t = toks[j]
                        // a capital letter after a name is a label ("Series F", "Peptide T"), not part of it
                        if t.kind == .word, t.isCapitalized, !isExcluded(t), t.spaceBefore, t.text.utf8.count > 1 {
                            j += 1
                            if t.possessive { break }
                            continue
                        }
                        // "analyst Rick May", "Jean August": a month after a lone given name is a surname
                        if isMonthSurname(toks, j, span: i, before: e) {
                            j += 1
                            if t.possessive { break }
                            continue
                        }
                        // "Secretary-General": hyphenated titles stay one phrase
                        if t.kind == .punct, t.text == "-", !t.spaceBefore, j + 1 < e, !toks[j + 1].spaceBefore,
                            GazetteerTitles.titleWords.contains(toks[j - 1].text), GazetteerTitles.titleWords.contains(toks[j + 1].text)
                        {
                            j += 2
                            continue
                        }
                        // "Ocasio-Cortez", "Coca-Cola" (but "Israel-Hamas" and "US-Israeli" split)
                        if t.kind == .punct, t.text == "-", !t.spaceBefore, j + 1 < e, !toks[j + 1].spaceBefore,
                            toks[j + 1].isCapitalized, !isExcluded(toks[j + 1]), toks[j - 1].kind == .word,
                            gazetteer.lookup(toks[j - 1].text) == nil, gazetteer.lookup(toks[j + 1].text) == nil
                        {
                            j += 2
                            if toks[j - 1].possessive { break }
                            continue
                        }
                        // "Bashar al-Assad"
                        if t.kind == .word, EntityRecognizer.particles.contains(t.text), j + 2 < e, toks[j + 1].text == "-",
                            !toks[j + 1].spaceBefore, !toks[j + 2].spaceBefore, toks[j + 2].isCapitalized
                        {
                            j += 3
                            if toks[j - 1].possessive { break }
                            continue
                        }
                        // "Standard and Poor's Corp", "Merrill Lynch and Co": names joined by "and" up to a legal suffix
                        if t.text == "and" || t.text == "&", !headline, let z = legalSuffixEnd(toks, from: j + 1, before: e) {
                            if andSeparatesNames(toks, span: i, and: j, suffixEnd: z) { break }
                            j = z
                            continue
                        }
                        // "Minister of Mines and Energy Subroto": a portfolio of two words
                        if t.text == "and", !headline, j - i >= 3, toks[j - 2].text == "of", GazetteerTitles.takesOf.contains(toks[j - 3].text),
                            j + 2 < e, toks[j + 1].isCapitalized, !isExcluded(toks[j + 1]), toks[j + 2].isCapitalized
                        {
                            j += 2
                            continue
                        }
                        if t.kind == .word, EntityRecognizer.connectors.contains(t.text), j + 1 < e,
                            toks[j + 1].isCapitalized, !isExcluded(toks[j + 1]), !headline
                        {
                            j += 2
                            if toks[j - 1].possessive { break }
                            continue
                        }
                        break
                    }
                }
                // "al-Qaeda", "el-Sisi": a lowercase particle glued before the span
                var s0 = i
                if i >= 2, toks[i - 1].text == "-", !toks[i].spaceBefore, !toks[i - 1].spaceBefore,
                    EntityRecognizer.particles.contains(toks[i - 2].text), toks[i - 2].sentence == toks[i].sentence
                {
                    s0 = i - 2
                }
                if headline {
                    out += matchKnown(doc: doc, bytes: bytes, toks: toks, s0..<j)
                } else {
                    out += decompose(doc: doc, bytes: bytes, toks: toks, s0 < i ? s0..<j : trimInitial(toks, i..<j))
                }
                i = j
            }
            s = e
        }
        // A name is never made only of function words ("Of The", "And In"), whatever the casing, nor
        // of a legal suffix alone ("Co" of "Kidder Peabody and Co", "Co-operation").
        return out.filter { m in
            m.canonical != nil
                || (!ExtractionLexicon.corporateSuffixes.contains(m.surface)
                    && m.surface.split(whereSeparator: { $0 == " " || $0 == "-" }).contains {
                        !ExtractionLexicon.functionWords.contains($0.lowercased())
                    })
        }
    }

    /// The sentences of running text whose mentions depend on the names known from body text (see
    /// `knownSurfaces`, `knownSurnames`): headlines, and sentences with a capitalised known surname at a
    /// sentence start, before "of" or before a reporting verb (`usesKnownSurname`). Every other sentence gives the same mentions in both passes.
    func sentencesUsingKnownNames(_ toks: [TextToken]) -> Set<Int> {
        var out: Set<Int> = []
        var s = 0
        while s < toks.count {
            var e = s
            while e < toks.count && toks[e].sentence == toks[s].sentence { e += 1 }
            if !toks[s].notText,
                EntityRecognizer.isHeadline(toks[s..<e])
                    || (s..<e).contains(where: { usesKnownSurname(toks, $0) })
            {
                out.insert(toks[s].sentence)
            }
            s = e
        }
        return out
    }

    /// A gazetteer name starting at `i` that runs through lowercase words ("Securities and Exchange
    /// Commission"), when longer than two tokens and containing a lowercase connector.
    func longGazetteerMatch(_ bytes: [UInt8], _ toks: [TextToken], _ i: Int, _ e: Int) -> Int? {
        var k = min(e, i + gazetteer.maxTokens)
        while k > i + 2 {
            if toks[k - 1].isCapitalized || toks[k - 1].kind == .punct,
                toks[(i + 1)..<k].contains(where: { $0.kind == .word && !$0.isCapitalized }),
                gazetteer.lookup(surface(bytes, toks, i..<k)) != nil
            {
                return k
            }
            k -= 1
        }
        return nil
    }

    /// Drops a sentence-initial common word from the start of a span.
    func trimInitial(_ toks: [TextToken], _ r: Range<Int>) -> Range<Int> {
        let f = toks[r.lowerBound]
        guard f.sentenceInitial else { return r }
        let w = f.text
        if ExtractionLexicon.functionWords.contains(f.lower) { return (r.lowerBound + 1)..<r.upperBound }
        // "Analyst Sanford Margoshes of Shearson said", "Lawyers for the firm": a role noun that is no
        // title, capitalised only because it starts the sentence
        if GazetteerTitles.roleNouns.contains(f.lower) || GazetteerTitles.roleNouns.contains(String(f.lower.dropLast())),
            !GazetteerTitles.titleWords.contains(w), !f.isAllCaps
        {
            // "Representatives of American Baptist Churches": the connector goes with it
            let skip = r.count > 2 && EntityRecognizer.connectors.contains(toks[r.lowerBound + 1].text) ? 2 : 1
            return (r.lowerBound + skip)..<r.upperBound
        }
        if gazetteer.lookup(w) != nil || GazetteerGivenNames.names.contains(w) || GazetteerTitles.titleWords.contains(w) {
            return r
        }
        if r.count > 1, gazetteer.lookup(spanText(toks, r.lowerBound..<min(r.upperBound, r.lowerBound + 2))) != nil { return r }
        if knownSurnames.contains(w) { return r }
        // a single word that is also written in lowercase is a common word at a sentence start
        if r.count == 1, evidence.lowercase.contains(f.lower), !f.isAllCaps { return (r.lowerBound + 1)..<r.upperBound }
        if evidence.midCapitalized.contains(w) { return r }
        // acronyms and datelines: "ACLU said", "MADRID —"
        if f.isAllCaps, w.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 2 { return r }
        // "Defense Secretary Lloyd Austin", "Finance Minister ..."
        if r.count > 2, isTitleWord(toks[r.lowerBound + 1]) { return r }
        // "Kirby said": a name followed by a reporting verb
        if r.count == 1, r.upperBound < toks.count, ExtractionLexicon.reportingVerbs.contains(toks[r.upperBound].text),
            !evidence.lowercase.contains(f.lower)
        {
            return r
        }
        // "Shares of Acme": an unknown first word joined by a connector
        if r.count > 2, EntityRecognizer.connectors.contains(toks[r.lowerBound + 1].text) {
            return (r.lowerBound + 2)..<r.upperBound
        }
        if r.count == 1 || evidence.lowercase.contains(f.lower) || w.hasSuffix("ing") || w.hasSuffix("ly")
            || w.hasSuffix("ed")
        {
            return (r.lowerBound + 1)..<r.upperBound
        }
        return r
    }

    func spanText(_ toks: [TextToken], _ r: Range<Int>) -> String {
        r.map { toks[$0].text }.joined(separator: " ")
    }

    /// Greedy longest matches of gazetteer and body-text names inside a headline span.
    func matchKnown(doc: Int, bytes: [UInt8], toks: [TextToken], _ r: Range<Int>) -> [RawMention] {
        var out: [RawMention] = []
        var i = r.lowerBound
        while i < r.upperBound {
            var found = false
            var k = min(r.upperBound, i + 6)
            while k > i {
                let text = surface(bytes, toks, i..<k)
                if let g = gazetteer.lookup(text) {
                    out.append(mention(doc, bytes, toks, i..<k, g.type, g.canonical))
                    found = true
                } else if let t = knownSurfaces[text] {
                    out.append(mention(doc, bytes, toks, i..<k, t, nil))
                    found = true
                } else if knownUntyped.contains(text) {
                    out.append(mention(doc, bytes, toks, i..<k, nil, nil))
                    found = true
                }
                if found { i = k; break }
                k -= 1
            }
            if !found { i += 1 }
        }
        return out
    }

    func mention(
        _ doc: Int, _ bytes: [UInt8], _ toks: [TextToken], _ r: Range<Int>, _ type: EntityType?, _ canonical: String?,
        role: String? = nil
    ) -> RawMention {
        RawMention(
            doc: doc, sentence: toks[r.lowerBound].sentence, tokens: r,
            range: toks[r.lowerBound].start..<toks[r.upperBound - 1].end, surface: surface(bytes, toks, r), type: type,
            canonical: canonical, role: role)
    }

    /// The longest gazetteer prefix of a span: its end.
    func gazetteerPrefix(_ bytes: [UInt8], _ toks: [TextToken], _ r: Range<Int>) -> (Int, GazetteerIndex.Entry)? {
        var k = min(r.upperBound, r.lowerBound + gazetteer.maxTokens)
        while k > r.lowerBound {
            if let g = gazetteer.lookup(surface(bytes, toks, r.lowerBound..<k)) { return (k, g) }
            k -= 1
        }
        return nil
    }

    /// After "and": the end of up to three capitalised words closed by a corporate suffix ("Poor's Corp", "Co").
    func legalSuffixEnd(_ toks: [TextToken], from k0: Int, before e: Int) -> Int? {
        var k = k0
        while k < e, k - k0 < 4, toks[k].kind == .word, toks[k].isCapitalized, !isExcluded(toks[k]) {
            if ExtractionLexicon.corporateSuffixes.contains(toks[k].text) { return k + 1 }
            if toks[k].possessive, k + 1 < e, !ExtractionLexicon.corporateSuffixes.contains(toks[k + 1].text) { return nil }
            k += 1
        }
        return nil
    }

    func isTitleWord(_ t: TextToken) -> Bool { GazetteerTitles.titleWords.contains(t.text) }

    /// Whether the title word at `k` is a surname: last in the span, right after a given name that is
    /// neither a title nor a place ("said John Lord, a Mobil spokesman", "John Major"; not "Major General",
    /// "Virginia Governor").
    func isSurnameAfterGivenName(_ toks: [TextToken], _ k: Int, in r: Range<Int>) -> Bool {
        guard k > r.lowerBound, k == r.upperBound - 1, !toks[k].isAllCaps else { return false }
        return isPlainGivenName(toks[k - 1])
    }

    /// A curated given name written as a name, neither a title nor a place, with no possessive: the
    /// first word of "John Lord", "Rick May" (not "Major General", "Virginia Governor").
    func isPlainGivenName(_ g: TextToken) -> Bool {
        g.kind == .word && g.isCapitalized && !g.isAllCaps && !g.possessive && GazetteerGivenNames.names.contains(g.text)
            && !isTitleWord(g) && gazetteer.lookup(g.text) == nil
    }

    /// Whether tokens look like a person's name (after a title).
    func looksLikePersonName(_ bytes: [UInt8], _ toks: [TextToken], _ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.count <= 4 else { return false }
        let last = toks[r.upperBound - 1].text
        if ExtractionLexicon.organizationHeads.contains(last) || ExtractionLexicon.corporateSuffixes.contains(last) { return false }
        if gazetteer.lookup(surface(bytes, toks, r)) != nil { return false }
        if toks[r.lowerBound].isAllCaps && r.count == 1 && toks[r.lowerBound].text.count > 1 { return false }
        return true
    }

    /// Splits a capitalised span into mentions.
    func decompose(doc: Int, bytes: [UInt8], toks: [TextToken], _ span: Range<Int>) -> [RawMention] {
        var r = span
        while !r.isEmpty, toks[r.lowerBound].kind != .word
            || (EntityRecognizer.connectors.contains(toks[r.lowerBound].text)
                && !(r.count > 1 && toks[r.lowerBound + 1].text == "-"))
        {
            r = (r.lowerBound + 1)..<r.upperBound
        }
        guard !r.isEmpty else { return [] }
        let whole = surface(bytes, toks, r)
        if let g = gazetteer.lookup(whole) { return [mention(doc, bytes, toks, r, g.type, g.canonical)] }
        // SHOUTED words (datelines, banners): only a known name, in any case
        if r.allSatisfy({ toks[$0].isAllCaps || toks[$0].kind != .word }), whole.unicodeScalars.filter({ $0.properties.isAlphabetic }).count > 5 {
            let titled = r.map { i -> String in
                let w = toks[i].text
                return w.prefix(1) + w.dropFirst().lowercased()
            }.joined(separator: " ")
            if let g = gazetteer.lookup(titled) { return [mention(doc, bytes, toks, r, g.type, g.canonical)] }
            if r.count > 1 { return [] }
        }
        // "Unfortunately Bart", "Weird Whitstable": a common word capitalised only because it starts the
        // sentence (never capitalised inside one anywhere in the corpus) is not part of the name
        if r.count >= 2, toks[r.lowerBound].sentenceInitial, toks[r.lowerBound].kind == .word,
            evidence.lowercase.contains(toks[r.lowerBound].lower), !evidence.midCapitalized.contains(toks[r.lowerBound].text),
            !isTitleWord(toks[r.lowerBound]), !GazetteerGivenNames.names.contains(toks[r.lowerBound].text),
            gazetteerPrefix(bytes, toks, r) == nil
        {
            return decompose(doc: doc, bytes: bytes, toks: toks, (r.lowerBound + 1)..<r.upperBound)
        }
        // "Volodymyr Zelensky of Ukraine": a place after "of" is a name of its own
        if let c = r.dropFirst().first(where: { toks[$0].text == "of" }), c + 1 < r.upperBound,
            let g = gazetteer.lookup(surface(bytes, toks, (c + 1)..<r.upperBound)), g.type == .place,
            !ExtractionLexicon.organizationHeads.contains(toks[c - 1].text), !GazetteerTitles.titleWords.contains(toks[c - 1].text)
        {
            return decompose(doc: doc, bytes: bytes, toks: toks, r.lowerBound..<c)
                + [mention(doc, bytes, toks, (c + 1)..<r.upperBound, g.type, g.canonical)]
        }
        // "Lawrence Cohn of Merrill Lynch", "McCarthy of Merrill Lynch": a person before "of" is a name of its own
        if let c = personBeforeOf(bytes, toks, r) {
            return [mention(doc, bytes, toks, r.lowerBound..<c, .person, nil)]
                + affiliation(doc: doc, bytes: bytes, toks: toks, (c + 1)..<r.upperBound)
        }

        // Title phrase followed by a name: "U.S. Secretary of State Antony Blinken".
        var t = -1
        for k in r where isTitleWord(toks[k]) && !isSurnameAfterGivenName(toks, k, in: r) {
            var end = k
            if GazetteerTitles.takesOf.contains(toks[k].text), k + 2 < r.upperBound, toks[k + 1].text == "of" {
                end = k + 2
                // "Minister of Mines and Energy Subroto", "Minister of Regional and Industrial Expansion": a
                // portfolio joined by "and" runs over the words the corpus also writes in lowercase (not
                // "Chairman of Reading and Bates Drilling Co.", a company's name)
                if end + 2 < r.upperBound, toks[end + 1].text == "and", toks[end + 2].isCapitalized,
                    !ExtractionLexicon.corporateSuffixes.contains(toks[r.upperBound - 1].text)
                {
                    end += 2
                    while end + 1 < r.upperBound, evidence.lowercase.contains(toks[end + 1].lower),
                        !GazetteerGivenNames.names.contains(toks[end + 1].text)
                    {
                        end += 1
                    }
                }
            }
            if end + 1 < r.upperBound, looksLikePersonName(bytes, toks, (end + 1)..<r.upperBound) {
                t = end
            } else if end == r.upperBound - 1 {
                t = end
            }
        }
        if t >= 0 {
            var out: [RawMention] = []
            var phrase = r.lowerBound..<(t + 1)
            // leading places and demonyms are not part of the role; an organisation is
            var roleStart = phrase.lowerBound
            while let (k, g) = gazetteerPrefix(bytes, toks, phrase), k < phrase.upperBound {
                out.append(mention(doc, bytes, toks, phrase.lowerBound..<k, g.type, g.canonical))
                if g.type == .organization { break }
                phrase = k..<phrase.upperBound
                roleStart = k
            }
            // names inside the title phrase ("Assistant U.S. Attorney")
            var q = out.last.map { $0.tokens.upperBound } ?? phrase.lowerBound
            while q < phrase.upperBound {
                if let (k, g) = gazetteerPrefix(bytes, toks, q..<phrase.upperBound), k <= phrase.upperBound, k > q {
                    out.append(mention(doc, bytes, toks, q..<k, g.type, g.canonical))
                    q = k
                } else {
                    q += 1
                }
            }
            let roleRange = roleStart..<phrase.upperBound
            var role: String? = surface(bytes, toks, roleRange)
            if roleRange.count == 1, GazetteerTitles.honorifics.contains(toks[roleRange.lowerBound].text) { role = nil }
            if t + 1 < r.upperBound {
                // "Analyst Thomas McCrann of Merrill Lynch": the person ends at "of"
                let c = personBeforeOf(bytes, toks, (t + 1)..<r.upperBound)
                var p = mention(doc, bytes, toks, (t + 1)..<(c ?? r.upperBound), .person, nil, role: role)
                p.titled = true
                out.append(p)
                if let c { out += affiliation(doc: doc, bytes: bytes, toks: toks, (c + 1)..<r.upperBound) }
            }
            return out
        }

        // A given name that is also a place: "Jordan Peterson", "Georgia Meloni", "Chad Smith".
        if (2...3).contains(r.count), GazetteerGivenNames.names.contains(toks[r.lowerBound].text),
            gazetteer.lookup(surface(bytes, toks, (r.lowerBound + 1)..<r.upperBound)) == nil,
            !ExtractionLexicon.organizationHeads.contains(toks[r.upperBound - 1].text),
            !ExtractionLexicon.corporateSuffixes.contains(toks[r.upperBound - 1].text),
            !ExtractionLexicon.placeHeads.contains(toks[r.upperBound - 1].text),
            (r.lowerBound + 1..<r.upperBound).allSatisfy({ toks[$0].kind == .word && toks[$0].isCapitalized }),
            !toks[r.lowerBound].possessive,
            // "Charlotte Hornets": a place before a plural is a team
            !(gazetteer.lookup(toks[r.lowerBound].text) != nil && toks[r.upperBound - 1].text.hasSuffix("s"))
        {
            return [mention(doc, bytes, toks, r, .person, nil)]
        }
        // A known prefix: "Hamas Ministry of Health", "U.S. National Security Council", "Gaza War".
        if let (k, g) = gazetteerPrefix(bytes, toks, r), k < r.upperBound {
            let rest = k..<r.upperBound
            let restText = surface(bytes, toks, rest)
            // "Microsoft Corp.", "Apple Inc.": the organisation with its legal suffix
            if g.type == .organization, rest.count == 1, ExtractionLexicon.corporateSuffixes.contains(restText) {
                return [mention(doc, bytes, toks, r, g.type, g.canonical)]
            }
            // a city's team or company: "Boston Celtics", "Miami Heat" (proper words after a place)
            if g.type == .place, rest.count <= 2, gazetteer.lookup(restText) == nil,
                rest.allSatisfy({ !evidence.lowercase.contains(toks[$0].lower) && !isTitleWord(toks[$0]) }),
                !GazetteerGivenNames.names.contains(toks[rest.lowerBound].text), !toks[k - 1].possessive
            {
                return [mention(doc, bytes, toks, r, .organization, nil)]
            }
            if gazetteer.lookup(restText) == nil, rest.count <= 2, ExtractionLexicon.organizationHeads.contains(toks[r.upperBound - 1].text),
                g.type != .organization
            {
                return [mention(doc, bytes, toks, r, .organization, nil)]
            }
            // "U.S. Shoe Corp", "Canadian Pacific Ltd": a company's name with its legal suffix starts with the place
            if g.type == .place || g.type == .group, rest.count >= 2, rest.count <= 4,
                ExtractionLexicon.corporateSuffixes.contains(toks[r.upperBound - 1].text),
                !rest.dropLast().contains(where: { ExtractionLexicon.corporateSuffixes.contains(toks[$0].text) || isTitleWord(toks[$0]) })
            {
                return [mention(doc, bytes, toks, r, .organization, nil)]
            }
            return [mention(doc, bytes, toks, r.lowerBound..<k, g.type, g.canonical)]
                + decompose(doc: doc, bytes: bytes, toks: toks, rest)
        }
        // Unknown span.
        if r.count == 1 {
            let w = toks[r.lowerBound]
            if ExtractionLexicon.functionWords.contains(w.lower) { return [] }
            // a letter glued to a hyphen, slash or ampersand ("B-3", "A/B") or an initial of a dotted
            // abbreviation ("E.F.") is a code, not a name ("X" alone may be one: "a post on X.")
            let next = r.upperBound
            if w.text.utf8.count == 1, next < toks.count, !toks[next].spaceBefore,
                ["-", "/", "&"].contains(toks[next].text)
                    || (toks[next].text == "." && next + 1 < toks.count && !toks[next + 1].spaceBefore)
            {
                return []
            }
            if evidence.lowercase.contains(w.lower) && !evidence.midCapitalized.contains(w.text) { return [] }
            if w.isAllCaps, w.text.count >= 2 { return [mention(doc, bytes, toks, r, .organization, nil)] }
            if evidence.lowercase.contains(w.lower), !w.possessive,
                r.upperBound < toks.count, toks[r.upperBound].kind == .word, !toks[r.upperBound].isCapitalized,
                !ExtractionLexicon.organizationNouns.contains(toks[r.upperBound].text),
                // "Cook said", "Younger said": a known surname before a reporting verb is the person
                !(knownSurnames.contains(w.text) && ExtractionLexicon.reportingVerbs.contains(toks[r.upperBound].text))
            {
                // a capitalised common word ("War", "Coverage") mid-sentence: not a name
                return []
            }
            return [mention(doc, bytes, toks, r, nil, nil)]
        }
        // "Tampa Bay" is a place, "Humane Society of Tampa Bay" an organisation's name
        if ExtractionLexicon.placeHeads.contains(toks[r.upperBound - 1].text), !GazetteerGivenNames.names.contains(toks[r.lowerBound].text),
            !r.contains(where: { ExtractionLexicon.organizationHeads.contains(toks[$0].text) })
        {
            return [mention(doc, bytes, toks, r, .place, nil)]
        }
        if ExtractionLexicon.organizationHeads.contains(toks[r.upperBound - 1].text)
            || ExtractionLexicon.corporateSuffixes.contains(toks[r.upperBound - 1].text)
            || (!GazetteerGivenNames.names.contains(toks[r.lowerBound].text)
                && r.contains { ExtractionLexicon.organizationHeads.contains(toks[$0].text) })
        {
            return [mention(doc, bytes, toks, r, .organization, nil)]
        }
        // "Investor Sumner Redstone": common words before two or more words never written in lowercase
        if r.count >= 3, evidence.lowercase.contains(toks[r.lowerBound].lower), !isTitleWord(toks[r.lowerBound]),
            let k = r.first(where: { !evidence.lowercase.contains(toks[$0].lower) }), k > r.lowerBound, r.upperBound - k >= 2,
            (k..<r.upperBound).allSatisfy({ toks[$0].kind == .word && !evidence.lowercase.contains(toks[$0].lower) })
        {
            return decompose(doc: doc, bytes: bytes, toks: toks, k..<r.upperBound)
        }
        // "Senior James Baker", "Treasury James Baker": common or title words before a given name are not the name
        if let k = r.dropFirst().first(where: { GazetteerGivenNames.names.contains(toks[$0].text) }), k + 1 < r.upperBound,
            (r.lowerBound..<k).allSatisfy({ evidence.lowercase.contains(toks[$0].lower) || isTitleWord(toks[$0]) })
        {
            let prefix = r.lowerBound..<k
            var p = mention(doc, bytes, toks, k..<r.upperBound, .person, nil,
                role: prefix.allSatisfy({ isTitleWord(toks[$0]) }) ? surface(bytes, toks, prefix) : nil)
            p.titled = p.role != nil
            return [p]
        }
        // a given name first: a person; otherwise undecided, typed later from the corpus's evidence
        if GazetteerGivenNames.names.contains(toks[r.lowerBound].text) { return [mention(doc, bytes, toks, r, .person, nil)] }
        return [mention(doc, bytes, toks, r, nil, nil)]
    }
}

