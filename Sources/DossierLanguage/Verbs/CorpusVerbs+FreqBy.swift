import DossierModel
/// `freq by lemma` and `freq by pos`, and the per-form rows of a token query.
enum FreqBy {
    enum Key: String { case lemma, pos }

    /// Counts per lemma or tag: of every token in scope (stop words left out with `stop`), or of the
    /// matches of a pattern (a multi-token match is keyed by its lemmas or tags joined with spaces).
    static func table(_ key: Key, matches: MatchList?, call: VerbCall, corpus c: Corpus) throws(Diagnostic) -> Table {
        let attributes = CorpusTokenAttributes(c)
        if key == .pos, attributes.posTags == nil {
            throw call.error("this corpus model has no part-of-speech tags", at: "by", suggestion: "freq by lemma works on every corpus")
        }
        let mask = CorpusVerbSupport.inScope(call, c)
        let vocabulary = key == .lemma ? attributes.lemmaVocabulary : attributes.posTags ?? []
        func name(_ k: Int) -> String {
            if key == .lemma { return vocabulary[Int(attributes.lemmaID(k))] }
            return attributes.posID(k).map { vocabulary[Int($0)] } ?? "—"
        }
        var counts: [String: (count: Int, docs: Int, last: Int)] = [:]
        func add(_ label: String, _ d: Int) {
            var e = counts[label] ?? (0, 0, -1)
            e.count += 1
            if e.last != d { e.docs += 1; e.last = d }
            counts[label] = e
        }
        if let m = matches {
            var d = 0
            for (i, s) in m.starts.enumerated() {
                let k = Int(s)
                while d + 1 < c.documents.count, c.docTokenStart[d + 1] <= k { d += 1 }
                guard mask[d] else { continue }
                add((k..<(k + m.length(at: i))).map(name).joined(separator: " "), d)
            }
        } else {
            let skip = (call.bool("stop") ?? true) && key == .lemma
            let stop = c.stopMask()
            for d in c.scopedDocuments(call.scope) {
                for k in c.docTokenStart[d]..<c.docTokenStart[d + 1] {
                    if skip, stop[Int(c.tokenTerm[k])] { continue }
                    add(name(k), d)
                }
            }
        }
        let minimum = matches == nil ? try CorpusVerbSupport.positiveInt(call, "min", default: 1) : 1
        var rows = counts.filter { $0.value.count >= minimum }.map { ($0.key, $0.value.count, $0.value.docs) }
        rows.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return Table(
            columns: [Column(key.rawValue, .string), Column("count", .number), Column("docs", .number)],
            rows: rows.map { [.string($0.0), .number(Double($0.1)), .number(Double($0.2))] }, unit: key == .lemma ? "lemmas" : "tags")
    }

    /// The matches of a token query grouped by their case-folded words, most frequent first.
    static func forms(_ m: MatchList, mask: [Bool], corpus c: Corpus) -> [[Value]] {
        var counts: [[UInt32]: (count: Int, docs: Int, last: Int)] = [:]
        var d = 0
        for (i, s) in m.starts.enumerated() {
            let k = Int(s)
            while d + 1 < c.documents.count, c.docTokenStart[d + 1] <= k { d += 1 }
            guard mask[d] else { continue }
            let key = Array(c.tokenTerm[k..<(k + m.length(at: i))])
            var e = counts[key] ?? (0, 0, -1)
            e.count += 1
            if e.last != d { e.docs += 1; e.last = d }
            counts[key] = e
        }
        var rows = counts.map { key, e in (key.map { c.lexicon.term(Int($0)) }.joined(separator: " "), e.count, e.docs) }
        rows.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return rows.map { [.string($0.0), .number(Double($0.1)), .number(Double($0.2))] }
    }
}
