/// Datelines (`TOKYO, Feb 27 -`, `SAN JOSE, Calif. -`, `AUSTIN, Texas —`): the city is a place whatever
/// its casing (`LONDON` is `London`), a known region after it is a place too; the rest is not text.
extension EntityRecognizer {
    /// Mentions of the dateline sentence `toks[r]`.
    func datelineMentions(doc: Int, bytes: [UInt8], toks: [TextToken], _ r: Range<Int>) -> [RawMention] {
        var out: [RawMention] = []
        var chunks: [Range<Int>] = []
        var a = r.lowerBound
        for k in r {
            let t = toks[k]
            let stop = t.kind == .number || (t.kind == .punct && t.text != ".") || ExtractionLexicon.month(t.text) != nil
            if stop {
                if k > a { chunks.append(a..<k) }
                a = k + 1
                if t.kind != .punct || t.text != "," { break }
            }
        }
        for (n, c) in chunks.enumerated() {
            let words = c.filter { toks[$0].kind == .word }
            guard !words.isEmpty, words.allSatisfy({ toks[$0].isCapitalized }) else { break }
            let titled = words.map { i -> String in
                let w = toks[i].text
                return toks[i].isAllCaps && w.count > 1 && !w.contains(".") ? w.prefix(1) + w.dropFirst().lowercased() : w
            }.joined(separator: " ")
            let plain = titled.hasSuffix(".") ? String(titled.dropLast()) : titled
            let g = gazetteer.lookup(titled) ?? gazetteer.lookup(plain)
            if n == 0 {
                let type = g?.type == .place || g == nil ? EntityType.place : g?.type
                out.append(mention(doc, bytes, toks, c, type, g?.canonical ?? plain))
            } else if let g, g.type == .place {
                out.append(mention(doc, bytes, toks, c, .place, g.canonical))
            }
        }
        return out
    }
}
