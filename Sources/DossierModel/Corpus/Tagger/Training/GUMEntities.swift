/// Named entities from GUM's CoNLL-U entity annotation (MISC `Entity=(3-person-…` opening, `3)` closing),
/// mapped to UniversalNER's scheme: person → PER, organization → ORG, place → LOC, kept only as the run
/// of proper nouns inside the mention (allowing "of", "and", "the", "for", "&" between two of them), the
/// outermost mention first. Mentions without a proper noun (the man, the city) are not names.
enum GUMEntities {
    struct Open {
        var eid: Substring
        var type: Substring
        var start: Int
    }

    /// BIO labels per word ("" = none) from the MISC column of each word.
    static func labels(misc: [Substring], upos: [Substring], forms: [Substring]) -> [Substring] {
        var spans: [(Int, Int, Substring)] = []
        var open: [Open] = []
        for (i, m) in misc.enumerated() {
            guard let field = m.split(separator: "|").first(where: { $0.hasPrefix("Entity=") }) else { continue }
            var v = field.dropFirst(7)
            while !v.isEmpty {
                if v.first == "(" {
                    v = v.dropFirst()
                    let end = v.firstIndex { $0 == "(" || $0 == ")" } ?? v.endIndex
                    let body = v[..<end]
                    let parts = body.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
                    if parts.count >= 2 { open.append(Open(eid: parts[0], type: parts[1], start: i)) }
                    v = v[end...]
                    if v.first == ")" {
                        if let o = open.popLast() { spans.append((o.start, i, o.type)) }
                        v = v.dropFirst()
                    }
                } else {
                    let end = v.firstIndex { $0 == "(" || $0 == ")" } ?? v.endIndex
                    let eid = v[..<end]
                    v = v[end...]
                    if v.first == ")" {
                        v = v.dropFirst()
                        if let k = open.lastIndex(where: { $0.eid == eid }) {
                            spans.append((open[k].start, i, open[k].type))
                            open.remove(at: k)
                        }
                    } else if !v.isEmpty, v.first != "(" {
                        v = v.dropFirst()
                    }
                }
            }
        }
        var labels = [Substring](repeating: "", count: misc.count)
        let glue: Set<Substring> = ["of", "and", "the", "for", "&", "de", "du"]
        for (lo, hi, type) in spans.sorted(by: { ($0.1 - $0.0, $1.0) > ($1.1 - $1.0, $0.0) }) {
            let tag: Substring
            switch type {
            case "person": tag = "PER"
            case "organization": tag = "ORG"
            case "place": tag = "LOC"
            default: continue
            }
            // The longest run of proper nouns, glue words allowed between two of them.
            var best: (Int, Int)? = nil
            var i = lo
            while i <= hi {
                guard upos[i] == "PROPN" else {
                    i += 1
                    continue
                }
                var j = i
                while j + 1 <= hi {
                    if upos[j + 1] == "PROPN" {
                        j += 1
                    } else if j + 2 <= hi, glue.contains(forms[j + 1]), upos[j + 2] == "PROPN" {
                        j += 2
                    } else {
                        break
                    }
                }
                if best.map({ j - i > $0.1 - $0.0 }) ?? true { best = (i, j) }
                i = j + 1
            }
            // The name must open the mention: only determiners, adjectives, numbers or punctuation before it.
            let lead: Set<Substring> = ["DET", "ADJ", "NUM", "PUNCT"]
            guard let (a, b) = best, (lo..<a).allSatisfy({ lead.contains(upos[$0]) }),
                (a...b).allSatisfy({ labels[$0].isEmpty })
            else { continue }
            labels[a] = "B-" + tag
            if b > a { for k in (a + 1)...b { labels[k] = "I-" + tag } }
        }
        return labels
    }
}
