/// Learns the lemmatizer from gold (form, POS, lemma) triples: suffix rules per POS from the word types,
/// then exceptions for the forms the rules get wrong. Ties break on the smaller strip, then the string.
enum LemmaLearner {
    static func learn(_ data: [TreebankSentence]) -> Lemmatizer {
        // Most frequent lemma per (form, pos).
        var counts: [Lemmatizer.Key: [String: Int]] = [:]
        for s in data {
            for (k, p) in s.pos.enumerated() {
                let form = Lexicon.fold(String(decoding: s.text[Int(s.starts[k])..<Int(s.ends[k])], as: UTF8.self))
                counts[Lemmatizer.Key(form: form, pos: p), default: [:]][s.lemmas[k], default: 0] += 1
            }
        }
        var best: [Lemmatizer.Key: String] = [:]
        for (key, lemmas) in counts {
            best[key] = lemmas.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
        }
        // Rule candidates from word types.
        var ruleCounts: [[String: [Lemmatizer.Rule: Int]]] = Array(repeating: [:], count: 17)
        for (key, lemma) in best {
            let f = Array(key.form), l = Array(lemma)
            var common = 0
            while common < f.count, common < l.count, f[common] == l[common] { common += 1 }
            let rule = Lemmatizer.Rule(strip: f.count - common, append: String(l[common...]))
            for n in 1...Lemmatizer.maxSuffix where n < f.count && n >= rule.strip {
                ruleCounts[Int(key.pos)][String(f[(f.count - n)...]), default: [:]][rule, default: 0] += 1
            }
        }
        var l = Lemmatizer()
        for pos in 0..<17 {
            // Shorter suffixes first, so a longer one is kept only when it changes the outcome.
            let keys = ruleCounts[pos].keys.sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
            for suffix in keys {
                let cands = ruleCounts[pos][suffix]!
                guard cands.values.reduce(0, +) >= 3 else { continue }
                let top = cands.max { a, b in
                    if a.value != b.value { return a.value < b.value }
                    if a.key.strip != b.key.strip { return a.key.strip > b.key.strip }
                    return a.key.append > b.key.append
                }!
                guard top.value >= 2 else { continue }
                var fallback = Lemmatizer.Rule(strip: 0, append: "")
                var n = suffix.count - 1
                while n >= 1 {
                    if let r = l.rules[pos][String(suffix.suffix(n))] {
                        fallback = r
                        break
                    }
                    n -= 1
                }
                if top.key != fallback { l.rules[pos][suffix] = top.key }
            }
        }
        for (key, lemma) in best where l.ruleLemma(key.form, UniversalPOS(rawValue: key.pos) ?? .x) != lemma {
            l.exceptions[key] = lemma
        }
        return l
    }

    /// The lemmatizer as the two TSV files (sorted rows, with headers).
    static func files(_ l: Lemmatizer) -> (exceptions: String, rules: String) {
        var ex = [
            "# lemma exceptions: forms whose lemma the suffix rules get wrong, learnt by dossier-train",
            "# source: UD English-EWT dev (CC BY-SA 4.0), UD English-PUD (CC BY-SA 3.0), GUM (annotations CC BY 4.0; texts CC BY / CC BY-SA)",
            "# columns: lowercased form<TAB>UPOS<TAB>lemma",
            "# key: 2 columns (form, UPOS)",
        ]
        let rows = l.exceptions.map { k, v in "\(k.form)\t\((UniversalPOS(rawValue: k.pos) ?? .x).name)\t\(v)" }
        ex += rows.filter { !$0.contains("\n") && $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 }
            .sorted()
        var ru = [
            "# lemma suffix rules per UPOS (longest matching suffix wins), learnt by dossier-train",
            "# columns: UPOS<TAB>suffix<TAB>characters to strip<TAB>string to append (may be empty)",
            "# key: 2 columns (UPOS, suffix)",
        ]
        for pos in 0..<17 {
            for (s, r) in l.rules[pos].sorted(by: { $0.key < $1.key }) {
                ru.append("\(UniversalPOS(rawValue: UInt8(pos))!.name)\t\(s)\t\(r.strip)\t\(r.append)")
            }
        }
        return (ex.joined(separator: "\n") + "\n", ru.joined(separator: "\n") + "\n")
    }
}
