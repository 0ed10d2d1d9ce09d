/// Names next to a quote that are not its speaker: the one spoken to, and the owner of a role.
extension QuoteFinder {
    /// Verbs whose object is the listener: "told Mawtani", "told CNN".
    static let tellVerbs: WordSet = ["told", "tells", "tell", "telling"]

    /// Whether mention `m` is the one spoken to ("ministry spokesman Mohammed al-Askari told Mawtani"):
    /// never the person or organisation in focus as a speaker.
    static func isListener(_ ctx: DocumentContext, mention m: Int) -> Bool {
        let s = ctx.token(atOrAfter: ctx.mentions[m].range.lowerBound)
        return s > 0 && tellVerbs.contains(ctx.tokens[s - 1].lower)
    }

    /// Whether person mention `m` owns the role that follows it ("Bonet's manager Jillian Neal told The
    /// Wrap", "Smith's lawyer said"): the role's holder speaks, not the owner. A spokesman speaks for
    /// the one who has him ("Hunter's spokesperson said"), and a company's officers are not skipped.
    static func ownsRole(_ ctx: DocumentContext, mention m: Int) -> Bool {
        guard ctx.types[m] == .person else { return false }
        let e = ctx.token(atOrAfter: ctx.mentions[m].range.upperBound)
        guard e > 0, e < ctx.tokens.count, ctx.tokens[e - 1].possessive, !orgNominals.contains(ctx.tokens[e].lower) else { return false }
        return GazetteerTitles.roleNouns.contains(ctx.tokens[e].lower) || GazetteerTitles.titleWords.contains(ctx.tokens[e].text)
    }
}

extension QuoteFinder {
    /// The organisation "the NOUN" refers back to (`," the association said`): the last one named before
    /// `pos` whose name ends with the noun ("Securities Industry Association", "New York Stock Exchange"
    /// but not "Securities and Exchange Commission"), else the last one named.
    static func organisation(_ ctx: DocumentContext, called noun: String, before pos: Int, insideQuote: (Int) -> Bool) -> Int? {
        let word = noun.lowercased()
        var last: Int?  // the organisation `inFocus` would give: the fallback, found in the same pass
        for (k, m) in ctx.mentions.enumerated().reversed() where m.range.lowerBound < pos {
            guard ctx.types[k] == .organization, !insideQuote(m.range.lowerBound), !isListener(ctx, mention: k) else { continue }
            if last == nil { last = m.entity }
            let head = m.surface.split(separator: " ").last(where: { !ExtractionLexicon.corporateSuffixes.contains(String($0)) })
            if head?.lowercased() == word { return m.entity }
        }
        return last
    }
}
