import DossierModel

extension QuoteFinder {
    static let pronouns: WordSet = ["he", "she", "He", "She"]
    static let closingMarks: WordSet = ["\"", "\u{201D}"]

    /// The quotes of one document with speakers and cues.
    static func find(_ ctx: DocumentContext) -> [Quote] {
        let b = ctx.bytes
        var quotes: [Quote] = []
        var spanRanges: [Range<Int>] = []
        for sp in spans(b, paragraphs: ctx.paragraphs) where ctx.isText(at: sp.open) {
            var text = sp.segments.map { trim(ctx.text($0)) }.filter { !$0.isEmpty }.joined(separator: " ")
            text = collapseSpaces(trim(text))
            guard !text.isEmpty else { continue }
            let words = text.split(whereSeparator: { $0 == " " }).count
            let last = text.unicodeScalars.last
            let punctuated = text.unicodeScalars.contains { [".", ",", "!", "?", ";", ":"].contains($0) }
            let kind: Quote.Kind = words <= 3 && !punctuated && last != nil ? .scare : .speech
            let lo = sp.segments.first?.lowerBound ?? sp.open
            let hi = sp.segments.last?.upperBound ?? sp.close
            quotes.append(Quote(doc: ctx.index, sentence: ctx.sentence(at: lo), range: lo..<hi, text: text, kind: kind, speaker: nil, cue: nil))
            spanRanges.append(sp.open..<min(b.count, sp.close + 1))
        }
        func insideQuote(_ pos: Int) -> Bool { spanRanges.contains { $0.contains(pos) } }

        // 1. Cues in the quote's own sentence.
        for q in quotes.indices {
            let sp = spanRanges[q]
            if quotes[q].kind == .scare {
                (quotes[q].speaker, quotes[q].cue) = scareSpeaker(ctx, before: sp.lowerBound)
                continue
            }
            if let (s, c) = cueAfter(ctx, from: sp.upperBound, insideQuote: insideQuote) ?? cueBefore(ctx, to: sp.lowerBound, insideQuote: insideQuote) {
                quotes[q].speaker = s
                quotes[q].cue = c
            }
        }
        // 2. Unattributed: same words attributed elsewhere, continuation of the previous quote, next sentence.
        // each quote's words normalised once (the search below compares every pair)
        var keys: [String?] = Array(repeating: nil, count: quotes.count)
        func key(_ i: Int) -> String {
            if let k = keys[i] { return k }
            let k = normalized(quotes[i].text)
            keys[i] = k
            return k
        }
        for q in quotes.indices where quotes[q].kind == .speech && quotes[q].speaker == nil && quotes[q].cue == nil {
            let own = key(q)
            if let o = quotes.indices.first(where: { quotes[$0].speaker != nil && quotes[$0].kind == .speech && key($0) == own }) {
                quotes[q].speaker = quotes[o].speaker
                continue
            }
            if q > 0, let prev = quotes[..<q].last(where: { $0.kind == .speech }), prev.speaker != nil {
                let prevEnd = ctx.sentence(at: max(prev.range.upperBound - 1, 0))
                if quotes[q].sentence - prevEnd <= 2 {
                    quotes[q].speaker = prev.speaker
                    continue
                }
            }
            let endSentence = ctx.sentence(at: max(quotes[q].range.upperBound - 1, 0))
            if endSentence + 1 < ctx.sentences.count {
                let next = ctx.sentences[endSentence + 1]
                if let (s, c) = cueAfter(ctx, from: next.lowerBound, insideQuote: insideQuote, limit: 5, crossLines: true) {
                    quotes[q].speaker = s
                    quotes[q].cue = c
                }
            }
        }
        // A speaker is a person or an organisation of the model, or none.
        for q in quotes.indices {
            if let s = quotes[q].speaker, s < ctx.entityTypes.count, ctx.entityTypes[s] != .person, ctx.entityTypes[s] != .organization {
                quotes[q].speaker = nil
            }
        }
        return quotes
    }

    /// Runs of spaces and line breaks (a wrapped quote) as one space.
    static func collapseSpaces(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) || s.contains("  ") else { return s }
        return WhitespaceRuns.collapsed(s.utf8)
    }

    static func trim(_ s: String) -> String {
        var t = Substring(s)
        while let f = t.unicodeScalars.first, f == " " || f == "\n" || f == "\t" { t = t.dropFirst() }
        while let l = t.unicodeScalars.last, l == " " || l == "\n" || l == "\t" { t = t.dropLast() }
        return String(t)
    }

    static func normalized(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0 == " " })
    }

    static func isSentenceEnd(_ t: TextToken) -> Bool {
        t.kind == .punct && (t.text == "." || t.text == "!" || t.text == "?")
    }

    /// The entity of the mention starting at token `i`, if any.
    static func entity(_ ctx: DocumentContext, token i: Int) -> Int? {
        ctx.mention(startingAt: ctx.tokens[i].start).map { ctx.mentions[$0].entity }
    }

    /// Nouns that name an organisation's body: "the ministry said".
    static let orgBodies: Set<String> = CuratedData.words("organization-bodies.tsv")
    /// Nouns that refer back to an organisation: its bodies and its voices ("the spokesman said", "the statement said").
    static let orgNominals: Set<String> = orgBodies.union(["spokesman", "spokeswoman", "spokesperson", "statement"])

    /// The last entity of `type` mentioned before `pos`, outside quotes.
    static func inFocus(_ ctx: DocumentContext, before pos: Int, type: EntityType, insideQuote: (Int) -> Bool) -> Int? {
        for (k, m) in ctx.mentions.enumerated().reversed() where m.range.lowerBound < pos {
            if ctx.types[k] == type, !insideQuote(m.range.lowerBound), !isListener(ctx, mention: k) { return m.entity }
        }
        return nil
    }

    /// The last person mentioned before `pos`, outside quotes.
    static func personInFocus(_ ctx: DocumentContext, before pos: Int, insideQuote: (Int) -> Bool) -> Int? {
        // the pronoun at `pos` ("he"/"she") skips people of the other gender when names tell
        var want: Int8 = 0
        let t = ctx.token(atOrAfter: pos)
        if t < ctx.tokens.count, ctx.tokens[t].start == pos {
            let w = ctx.tokens[t].lower
            want = w == "she" || w == "her" ? 1 : (w == "he" || w == "his" ? -1 : 0)
        }
        var fallback: Int?
        for (k, m) in ctx.mentions.enumerated().reversed() where m.range.lowerBound < pos {
            guard ctx.types[k] == .person, !insideQuote(m.range.lowerBound), !isListener(ctx, mention: k) else { continue }
            // "... a USDA analyst said. "...," he said": the pronoun is the unnamed source who spoke last
            if fallback == nil, anonymousSpeaker(ctx, from: m.range.upperBound, to: pos, insideQuote: insideQuote) { return nil }
            let g = k < ctx.genders.count ? ctx.genders[k] : 0
            if want == 0 || g == 0 || g == want { return m.entity }
            if fallback == nil { fallback = m.entity }
        }
        return fallback
    }

    /// Whether an unnamed source speaks between bytes `lo` and `hi`: an anonymous-source noun next to a
    /// reporting verb ("one analyst said", "said a trader"), outside quotes.
    static func anonymousSpeaker(_ ctx: DocumentContext, from lo: Int, to hi: Int, insideQuote: (Int) -> Bool) -> Bool {
        let toks = ctx.tokens
        var j = ctx.token(atOrAfter: lo)
        while j < toks.count, toks[j].start < hi {
            // "the analyst said" refers back to someone already introduced (a plural stays unnamed)
            if isAnonymousSource(toks, j), !insideQuote(toks[j].start), !refersToRoleHolder(ctx, nounAt: j, insideQuote: insideQuote) {
                if j + 1 < toks.count, isCueWord(toks, j + 1) { return true }
                // "said one analyst." (not "Smith said analysts expect")
                let closes = j + 1 >= toks.count || toks[j + 1].kind == .punct
                if j >= 2, closes, isCueWord(toks, j - 2) || isCueWord(toks, j - 1) { return true }
            }
            j += 1
        }
        return false
    }

    /// `the analyst` at `k - 1...k` naming the person in focus, when the text gave that person the role
    /// ("Shearson analyst Jack Glantz", "Glantz, an analyst at"); nil for an unnamed source ("said an
    /// analyst. ... the analyst said") or a plural ("the analysts").
    /// Without such a role, "the analyst" is the person in focus when that person has spoken ("Glantz
    /// said ...") and the text introduced no unnamed analyst ("a source said. ... the source told").
    static func rolePerson(_ ctx: DocumentContext, nounAt k: Int, insideQuote: (Int) -> Bool) -> Int? {
        let toks = ctx.tokens
        // "the source" is unnamed by definition
        guard isDefiniteRole(toks, k), toks[k].text != "source", let p = personInFocus(ctx, before: toks[k - 1].start, insideQuote: insideQuote) else { return nil }
        let noun = toks[k].text
        if let holder = roleHolder(ctx, noun: noun, before: toks[k - 1].start, insideQuote: insideQuote) { return holder == p ? p : nil }
        guard !introducesUnnamed(ctx, noun: noun, before: k), hasSpoken(ctx, entity: p, before: toks[k - 1].start, insideQuote: insideQuote) else {
            return nil
        }
        return p
    }

    /// Whether tokens before `k` introduce an unnamed `noun`: "a trader", "one Japanese dealer".
    static func introducesUnnamed(_ ctx: DocumentContext, noun: String, before k: Int) -> Bool {
        let toks = ctx.tokens
        for j in 0..<min(k, toks.count) where toks[j].text == noun {
            // "a trader", "a senior Marine official": an article, then up to three modifiers
            var i = j - 1
            while i >= 0, j - i <= 4 {
                if indefinites.contains(toks[i].lower) { return true }
                guard toks[i].kind == .word, toks[i].lower != "the" else { break }
                i -= 1
            }
        }
        return false
    }

    /// Whether a mention of `entity` before `pos` (outside quotes) is next to a reporting verb: "Glantz
    /// said", "said Glantz".
    static func hasSpoken(_ ctx: DocumentContext, entity: Int, before pos: Int, insideQuote: (Int) -> Bool) -> Bool {
        let toks = ctx.tokens
        for mention in ctx.mentions where mention.entity == entity && mention.range.upperBound <= pos {
            guard !insideQuote(mention.range.lowerBound) else { continue }
            let span = ctx.tokens(of: mention), lo = span.lowerBound, hi = span.upperBound
            if lo >= 1, isCueWord(toks, lo - 1) { return true }
            // "Glantz said", "Ronald Glantz of Montgomery Securities said"
            var j = hi
            if j < toks.count, toks[j].text == "of" {
                j += 1
                while j < toks.count, j - hi < 6, toks[j].kind == .word, toks[j].isCapitalized || toks[j].text == "&" { j += 1 }
            }
            if j < toks.count, isCueWord(toks, j) { return true }
        }
        return false
    }

    /// "the analyst": a singular noun after "the".
    static func isDefiniteRole(_ toks: [TextToken], _ k: Int) -> Bool {
        k >= 1 && toks[k - 1].lower == "the" && !toks[k].text.hasSuffix("s")
    }

    /// Whether "the analyst" at `k - 1...k` refers back to a person the text gave that role.
    static func refersToRoleHolder(_ ctx: DocumentContext, nounAt k: Int, insideQuote: (Int) -> Bool) -> Bool {
        isDefiniteRole(ctx.tokens, k) && roleHolder(ctx, noun: ctx.tokens[k].text, before: ctx.tokens[k].start, insideQuote: insideQuote) != nil
    }

    /// Words that introduce someone new: "a trader", "one dealer", "another said".
    static let indefinites: WordSet = ["a", "an", "one", "another"]
    /// Words that open an apposition giving a role: "Glantz, an analyst", "Glantz, the analyst".
    static let appositionArticles: WordSet = ["a", "an", "the"]

    /// The last person before `pos` (outside quotes) given the role `noun` in their own phrase: right
    /// before the name ("analyst Jack Glantz") or in an apposition after it ("Glantz, an auto analyst").
    static func roleHolder(_ ctx: DocumentContext, noun: String, before pos: Int, insideQuote: (Int) -> Bool) -> Int? {
        let toks = ctx.tokens
        for (m, mention) in ctx.mentions.enumerated().reversed() where mention.range.upperBound <= pos {
            guard ctx.types[m] == .person, !insideQuote(mention.range.lowerBound) else { continue }
            let span = ctx.tokens(of: mention), lo = span.lowerBound, hi = span.upperBound
            if lo >= 1, toks[lo - 1].text == noun { return mention.entity }
            if hi + 2 < toks.count, toks[hi].text == ",", appositionArticles.contains(toks[hi + 1].lower),
                toks[hi + 2].text == noun || (hi + 3 < toks.count && toks[hi + 3].text == noun)
            {
                return mention.entity
            }
        }
        return nil
    }

    /// The first person mention starting in tokens `r`.
    static func firstPerson(_ ctx: DocumentContext, _ r: Range<Int>) -> Int? {
        for k in r { if let m = ctx.mention(startingAt: ctx.tokens[k].start), ctx.types[m] == .person { return m } }
        return nil
    }

    /// A lowercase noun for an unnamed source at token `k` ("analyst", "officials").
    static func isAnonymousSource(_ toks: [TextToken], _ k: Int) -> Bool {
        toks[k].kind == .word && !toks[k].isCapitalized && ExtractionLexicon.anonymousSources.contains(toks[k].text)
    }

    static func cue(_ ctx: DocumentContext, verbAt v: Int) -> String {
        let toks = ctx.tokens
        var c = toks[v].text
        if c == "according", v + 1 < toks.count, toks[v + 1].text == "to" { c = "according to" }
        if (c == "told" || c == "tells"), v + 1 < toks.count, toks[v + 1].kind == .word, !toks[v + 1].isCapitalized,
            !ExtractionLexicon.functionWords.contains(toks[v + 1].text)
        {
            c += " " + toks[v + 1].text
        }
        return c
    }

    static func isCueWord(_ toks: [TextToken], _ i: Int) -> Bool {
        toks[i].kind == .word && (ExtractionLexicon.reportingVerbs.contains(toks[i].text)
            || (toks[i].text == "according" && i + 1 < toks.count && toks[i + 1].text == "to"))
    }

    /// `," he said` / `," said Turk` / `," Blinken noted`.
    static func cueAfter(
        _ ctx: DocumentContext, from pos: Int, insideQuote: (Int) -> Bool, limit: Int = 16, crossLines: Bool = false
    ) -> (Int?, String)? {
        let toks = ctx.tokens
        var i = ctx.token(atOrAfter: pos)
        while i < toks.count, toks[i].kind == .punct, [",", "\u{2014}", "\u{2013}", "-", "\u{201D}", "\u{2019}"].contains(toks[i].text) { i += 1 }
        guard i < toks.count else { return nil }
        if !crossLines, ctx.paragraph(at: min(pos, toks[i].start)) != ctx.paragraph(at: toks[i].start) { return nil }
        // the cue belongs to the quote's own sentence
        if !crossLines, pos > 0, toks[i].sentence != ctx.sentence(at: pos - 1) { return nil }
        let first = i
        var v = -1
        while i < toks.count, i - first < limit {
            let t = toks[i]
            if isSentenceEnd(t) || t.text == "\"" || t.text == "\u{201C}" || t.text == "\u{201D}" { break }
            if isCueWord(toks, i) { v = i; break }
            i += 1
        }
        guard v >= 0 else { return nil }
        let c = cue(ctx, verbAt: v)
        // speaker before the verb: the first person (or pronoun) after the quote, else the first name
        var firstName: Int?
        var anonymous = false
        for k in first..<v {
            if pronouns.contains(toks[k].text) { return (personInFocus(ctx, before: toks[k].start, insideQuote: insideQuote), c) }
            if let m = ctx.mention(startingAt: toks[k].start), !ownsRole(ctx, mention: m) {
                if ctx.types[m] == .person { return (ctx.mentions[m].entity, c) }
                if firstName == nil { firstName = ctx.mentions[m].entity }
            }
            if isAnonymousSource(toks, k) { anonymous = true }
        }
        // `," the analyst told Reuters` after "Shearson analyst Jack Glantz": the person the text gave that role
        if anonymous, v - first == 2, let p = rolePerson(ctx, nounAt: first + 1, insideQuote: insideQuote) { return (p, c) }
        // `," one analyst said`, `," officials at the bank said`: an unnamed source is nobody of the model
        if anonymous { return (nil, c) }
        // `," the Texas Democrat said`, `," the planning minister said`: an epithet for the person in focus
        if toks[first].lower == "the", v - first >= 2, v - first <= 4, firstPerson(ctx, first..<v) == nil,
            GazetteerTitles.roleNouns.contains(toks[v - 1].lower) || GazetteerTitles.titleWords.contains(toks[v - 1].text)
                || (ctx.mention(startingAt: toks[v - 1].start).map { ctx.types[$0] == .group } ?? false)
        {
            return (personInFocus(ctx, before: toks[first].start, insideQuote: insideQuote), c)
        }
        if let f = firstName { return (f, c) }
        // `," it said`: the organisation last named
        if v - first == 1, toks[first].lower == "it" {
            return (inFocus(ctx, before: toks[first].start, type: .organization, insideQuote: insideQuote), c)
        }
        // "the league said", "a spokesman said": the organisation last named
        for k in first..<v where orgNominals.contains(toks[k].text) && k > first && ["the", "a", "an"].contains(toks[k - 1].lower) {
            return (organisation(ctx, called: toks[k].text, before: toks[k].start, insideQuote: insideQuote), c)
        }
        // or after it: "asserted Blinken", "said Celtics coach Joe Mazzulla", "according to officials"
        var k = v + 1
        if c == "according to" { k += 1 }
        var firstEntity: Int?
        anonymous = false
        // `," said the company.`: the organisation last named
        if k + 1 < toks.count, toks[k].lower == "the", orgBodies.contains(toks[k + 1].text),
            k + 2 >= toks.count || toks[k + 2].kind == .punct
        {
            return (organisation(ctx, called: toks[k + 1].text, before: toks[k].start, insideQuote: insideQuote), c)
        }
        // `," a source told Radar`, `," he told CBS's Face the Nation`: after "told" comes the listener
        if tellVerbs.contains(toks[v].lower) { return (nil, c) }
        while k < toks.count, k - v < 8, !isSentenceEnd(toks[k]), toks[k].text != "," {
            if let m = ctx.mention(startingAt: toks[k].start), !ownsRole(ctx, mention: m) {
                if ctx.types[m] == .person { return (ctx.mentions[m].entity, c) }
                if firstEntity == nil { firstEntity = ctx.mentions[m].entity }
            }
            if isAnonymousSource(toks, k) {
                // "said Salomon Brothers (Asia) Ltd analyst Carole Ryavec": the role noun of the named person after it
                if k + 1 < toks.count, let m = ctx.mention(startingAt: toks[k + 1].start), ctx.types[m] == .person {
                    return (ctx.mentions[m].entity, c)
                }
                anonymous = true
            }
            if pronouns.contains(toks[k].text) { return (personInFocus(ctx, before: toks[k].start, insideQuote: insideQuote), c) }
            k += 1
        }
        return (anonymous ? nil : firstEntity, c)
    }

    /// `Hamdan said, "...` / `X told reporters that Palestinians should "...`.
    static func cueBefore(_ ctx: DocumentContext, to pos: Int, insideQuote: (Int) -> Bool) -> (Int?, String)? {
        let toks = ctx.tokens
        let s = ctx.sentence(at: pos)
        let start = ctx.sentences.isEmpty ? 0 : ctx.sentences[s].lowerBound
        let end = ctx.token(atOrAfter: pos)
        var v = -1
        var i = end - 1
        while i >= 0, toks[i].start >= start {
            if insideQuote(toks[i].start) { i -= 1; continue }
            if isCueWord(toks, i) { v = i; break }
            i -= 1
        }
        if v < 0 {
            // `Her neighbor, Tom Wiebe, disagreed: "...`: a colon introduces the subject's words
            guard end >= 1, toks[end - 1].text == ":", end >= 2, toks[end - 2].start >= start else { return nil }
            let c = toks[end - 2].kind == .word && !toks[end - 2].isCapitalized ? toks[end - 2].text : nil
            return (subject(ctx, verb: end - 1, sentenceStart: start, insideQuote: insideQuote), c ?? ":")
        }
        let c = cue(ctx, verbAt: v)
        if c == "according to" {
            var k = v + 2
            while k < end { if let e = entity(ctx, token: k) { return (e, c) }; k += 1 }
        }
        let who = subject(ctx, verb: v, sentenceStart: start, insideQuote: insideQuote)
        // `"...," said Anne Parker Mills, currency analyst with Shearson Lehman Brothers Inc. "...`: a verb
        // with no subject before it, right after a quote, is that quote's inverted cue, so this quote is
        // uncued and continues the speaker before it
        if who == nil, v >= 1, v + 1 < end, toks[v - 1].kind == .punct,
            insideQuote(toks[v - 1].start) || closingMarks.contains(toks[v - 1].text)
        {
            return nil
        }
        return (who, c)
    }

    /// The speaker of the cue verb at `v`: the nearest person before it when adjacent ("Netanyahu
    /// vociferously declared", "Hamdan, a spokesman for Hamas, told"), else the subject of an earlier
    /// reporting verb whose clause contains it ("Torres said Klein had shown ... and described").
    static func subject(_ ctx: DocumentContext, verb v: Int, sentenceStart start: Int, insideQuote: (Int) -> Bool) -> Int? {
        let toks = ctx.tokens
        var fallback: Int?
        var k = v - 1
        while k >= 0, toks[k].start >= start {
            if pronouns.contains(toks[k].text), fallback == nil {
                return personInFocus(ctx, before: toks[k].start, insideQuote: insideQuote)
            }
            // "The company said", "the ministry added": the organisation last named
            // (not the end of an apposition: "David Steel, representing the government, told")
            if fallback == nil, v - k <= 2, k >= 1, orgBodies.contains(toks[k].lower), toks[k - 1].lower == "the",
                toks[v - 1].text != ","
            {
                return organisation(ctx, called: toks[k].text, before: toks[k].start, insideQuote: insideQuote)
            }
            // "It said", "it added": the organisation last named; "Analysts said": an unnamed source
            if fallback == nil, v - k == 1, toks[k].lower == "it" {
                return inFocus(ctx, before: toks[k].start, type: .organization, insideQuote: insideQuote)
            }
            if fallback == nil, v - k <= 2, isAnonymousSource(toks, k) {
                return v - k == 1 ? rolePerson(ctx, nounAt: k, insideQuote: insideQuote) : nil
            }
            if let m = ctx.mention(startingAt: toks[k].start), !insideQuote(toks[k].start) {
                if ctx.types[m] == .person {
                    let endTok = ctx.token(atOrAfter: ctx.mentions[m].range.upperBound)
                    let gap = v - endTok
                    let appositive = endTok < toks.count && toks[endTok].text == "," && v > 0 && toks[v - 1].text == ","
                    if gap <= 2 || appositive { return ctx.mentions[m].entity }
                    // an earlier reporting verb before this person governs the clause
                    var u = k - 1
                    while u >= 0, toks[u].start >= start, !isCueWord(toks, u) { u -= 1 }
                    if u >= 0, toks[u].start >= start, u < k, let s = subject(ctx, verb: u, sentenceStart: start, insideQuote: insideQuote) {
                        return s
                    }
                    return ctx.mentions[m].entity
                }
                if fallback == nil, ctx.types[m] != .group { fallback = ctx.mentions[m].entity }
            }
            k -= 1
        }
        return fallback
    }

    /// The speaker of a scare quote: the subject of a reporting verb before it in its sentence,
    /// else the nearest named entity before it.
    static func scareSpeaker(_ ctx: DocumentContext, before pos: Int) -> (Int?, String?) {
        let toks = ctx.tokens
        let s = ctx.sentence(at: pos)
        let start = ctx.sentences.isEmpty ? 0 : ctx.sentences[s].lowerBound
        var k = ctx.token(atOrAfter: pos) - 1
        var nearest: Int?
        while k >= 0, toks[k].start >= start {
            if isCueWord(toks, k) {
                return (subject(ctx, verb: k, sentenceStart: start, insideQuote: { _ in false }) ?? nearest, toks[k].text)
            }
            if nearest == nil, let m = ctx.mention(startingAt: toks[k].start), ctx.types[m] != .group {
                nearest = ctx.mentions[m].entity
            }
            k -= 1
        }
        return (nearest, nil)
    }
}
