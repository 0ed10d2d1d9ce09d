import DossierModel

/// Attaches roles stated next to a person's name: "Hamas leader Yahya Sinwar",
/// "Egypt's new intelligence chief, Hassan Rashad", "Osama Hamdan, a spokesman for Hamas,".
enum RoleFinder {
    static let droppedModifiers: WordSet = ["new", "then", "current", "incoming", "the", "a", "an", "its", "his", "her", "their"]

    static func attach(_ mentions: inout [RawMention], tokens toks: [TextToken], bytes: [UInt8]) {
        for m in mentions.indices where (mentions[m].type == .person || (mentions[m].type == nil && mentions[m].tokens.count == 1)) && mentions[m].role == nil {
            if let r = before(m, mentions, toks) ?? after(m, mentions, toks, bytes) { mentions[m].role = r }
        }
    }

    static func before(_ m: Int, _ ms: [RawMention], _ toks: [TextToken]) -> String? {
        var p = ms[m].tokens.lowerBound - 1
        if p >= 0, toks[p].text == "," { p -= 1 }
        guard p >= 0, toks[p].kind == .word, GazetteerTitles.roleNouns.contains(toks[p].text),
            toks[p].sentence == ms[m].sentence
        else { return nil }
        var words: [String] = [toks[p].text]
        var q = p - 1
        // "secretary-general"
        while q >= 1, toks[q].text == "-", !toks[q].spaceBefore, !toks[q + 1].spaceBefore, toks[q - 1].kind == .word,
            !toks[q - 1].isCapitalized
        {
            words[0] = toks[q - 1].text + "-" + words[0]
            q -= 2
        }
        while q >= 0, words.count < 3, toks[q].kind == .word, !toks[q].isCapitalized, toks[q].sentence == ms[m].sentence,
            !ExtractionLexicon.functionWords.contains(toks[q].text) || droppedModifiers.contains(toks[q].text)
        {
            words.insert(toks[q].text, at: 0)
            q -= 1
        }
        while let f = words.first, droppedModifiers.contains(f) { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        // an organisation name right before the role belongs to it
        if let org = ms.last(where: { $0.tokens.upperBound == q + 1 && $0.doc == ms[m].doc }), org.type == .organization || org.type == nil,
            !toks[q].possessive
        {
            return org.surface + " " + words.joined(separator: " ")
        }
        return words.joined(separator: " ")
    }

    static func after(_ m: Int, _ ms: [RawMention], _ toks: [TextToken], _ bytes: [UInt8]) -> String? {
        var p = ms[m].tokens.upperBound
        guard p < toks.count, toks[p].text == "," else { return nil }
        p += 1
        if p < toks.count, ["a", "an", "the"].contains(toks[p].text) { p += 1 }
        let start = p
        var sawRole = false
        while p < toks.count, p - start < 7, toks[p].sentence == ms[m].sentence, toks[p].text != ",", toks[p].text != "." {
            if toks[p].kind == .word, GazetteerTitles.roleNouns.contains(toks[p].text) { sawRole = true }
            p += 1
        }
        guard sawRole, p < toks.count, toks[p].text == ",", p > start else { return nil }
        // the role must start with a lowercase word or an organisation
        return String(decoding: bytes[toks[start].start..<toks[p - 1].end], as: UTF8.self)
    }
}
