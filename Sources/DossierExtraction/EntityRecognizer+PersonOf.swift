import DossierModel

extension EntityRecognizer {
    /// Where "of" ends a person's name at the start of span `r` ("Lawrence Cohn of Merrill Lynch",
    /// "Ward McCarthy of Merrill Lynch Capital Markets", "McCarthy of Salomon Brothers"), or nil. The
    /// words before it are one to three capitalised words, none a title or an organisation's head, that
    /// read as a person: a curated given name first; or a census given name and a census surname; or
    /// one surname already known from a full name in body text.
    func personBeforeOf(_ bytes: [UInt8], _ toks: [TextToken], _ r: Range<Int>) -> Int? {
        guard let c = r.dropFirst().prefix(3).first(where: { toks[$0].text == "of" }), c + 1 < r.upperBound else { return nil }
        let left = r.lowerBound..<c
        guard
            left.allSatisfy({
                toks[$0].kind == .word && toks[$0].isCapitalized && !isTitleWord(toks[$0])
                    && !ExtractionLexicon.organizationHeads.contains(toks[$0].text)
                    && !ExtractionLexicon.corporateSuffixes.contains(toks[$0].text)
            })
        else { return nil }
        let name = surface(bytes, toks, left)
        guard gazetteer.lookup(name) == nil else { return nil }
        let first = toks[left.lowerBound].text
        if left.count >= 2, GazetteerGivenNames.names.contains(first) { return c }
        // the wider lists only for a surname never written in lowercase ("Milan Chamber", "Bay of Plenty")
        guard !evidence.lowercase.contains(toks[left.upperBound - 1].lower) else { return nil }
        if left.count >= 2, CensusNames.given.contains(toks[left.lowerBound].lower),
            CensusNames.surnames.contains(toks[left.upperBound - 1].lower)
        {
            return c
        }
        if left.count == 1, knownSurnames.contains(first) { return c }
        return nil
    }

    /// Whether token `k` is a surname known from body text followed by "of" and a capitalised word: a
    /// sentence holding one reads differently in the second pass ("said McCarthy of Merrill Lynch").
    func isKnownSurnameBeforeOf(_ toks: [TextToken], _ k: Int) -> Bool {
        k + 2 < toks.count && toks[k + 1].text == "of" && toks[k + 2].isCapitalized && toks[k].isCapitalized
            && toks[k + 2].sentence == toks[k].sentence && knownSurnames.contains(toks[k].text)
    }

    /// Whether token `k` is a known surname whose reading depends on the second pass: capitalised at
    /// a sentence start, before "of" and a capitalised word, or a common word before a reporting verb
    /// ("Cook said").
    func usesKnownSurname(_ toks: [TextToken], _ k: Int) -> Bool {
        let t = toks[k]
        guard t.isCapitalized, knownSurnames.contains(t.text) else { return false }
        return t.sentenceInitial || isKnownSurnameBeforeOf(toks, k)
            || (k + 1 < toks.count && ExtractionLexicon.reportingVerbs.contains(toks[k + 1].text) && evidence.lowercase.contains(t.lower))
    }

    /// The mentions of the words after a person's "of" ("of Merrill Lynch", "of Salomon Brothers"): an
    /// affiliation, so one name the gazetteer does not type and nothing marks as a person's is an
    /// organisation.
    func affiliation(doc: Int, bytes: [UInt8], toks: [TextToken], _ r: Range<Int>) -> [RawMention] {
        var out = decompose(doc: doc, bytes: bytes, toks: toks, r)
        if out.count == 1, out[0].tokens == r, out[0].canonical == nil, out[0].role == nil, !out[0].titled,
            out[0].type == nil || out[0].type == .person,
            !GazetteerGivenNames.names.contains(toks[r.lowerBound].text)
        {
            out[0].type = .organization
        }
        return out
    }
}
