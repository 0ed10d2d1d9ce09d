/// When "and" inside a capitalised run joins two names instead of making one ("Standard and Poor's
/// Corp", "Merrill Lynch and Co" are one organisation; "Texaco Inc and Pennzoil Co" two, "Asher
/// Edelman and Dominion Textile Inc" a person and an organisation).
extension EntityRecognizer {
    /// Whether the "and" at `j` ends the span `i..<j` rather than continuing it to the legal suffix
    /// that closes at `z`: the span already ends with a legal suffix (a company is complete), or it is
    /// a person's two-word name and a company of two or more words follows ("Jefferies Group Inc", not
    /// "Merrill Lynch and Co").
    func andSeparatesNames(_ toks: [TextToken], span i: Int, and j: Int, suffixEnd z: Int) -> Bool {
        if ExtractionLexicon.corporateSuffixes.contains(toks[j - 1].text) { return true }
        return j - i == 2 && z - (j + 1) >= 2 && looksLikeGivenAndSurname(toks[i], toks[i + 1])
    }

    /// "Asher Edelman", "Boyd Jefferies": a census given name then a census surname, neither a title,
    /// a place or an organisation word ("Chase Manhattan", "Davis Water" stay company words).
    private func looksLikeGivenAndSurname(_ g: TextToken, _ s: TextToken) -> Bool {
        guard g.kind == .word, s.kind == .word, !g.isAllCaps, !s.isAllCaps, !g.possessive else { return false }
        for t in [g, s] {
            if isTitleWord(t) || gazetteer.lookup(t.text) != nil || ExtractionLexicon.organizationHeads.contains(t.text)
                || ExtractionLexicon.organizationNouns.contains(t.lower)
            {
                return false
            }
        }
        return CensusNames.given.contains(g.lower) && CensusNames.surnames.contains(s.lower)
    }
}

extension EntityRecognizer {
    /// Whether the month word at `j` is the surname of the given name that makes the span `i..<j`
    /// ("analyst Rick May", "said Jean August"): a common census surname (`CensusNames.monthSurnames`)
    /// after a plain given name, not followed by a number ("Rick May 5" would be a date).
    func isMonthSurname(_ toks: [TextToken], _ j: Int, span i: Int, before e: Int) -> Bool {
        let t = toks[j]
        guard j == i + 1, t.kind == .word, t.isCapitalized, !t.isAllCaps, t.spaceBefore,
            CensusNames.monthSurnames.contains(t.text), isPlainGivenName(toks[i])
        else { return false }
        return j + 1 >= e || toks[j + 1].kind != .number
    }
}
