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
        var tally = Tally<String>()
        if let m = matches {
            var d = 0
            for (i, s) in m.starts.enumerated() {
                let k = Int(s)
                while d + 1 < c.documents.count, c.docTokenStart[d + 1] <= k { d += 1 }
                guard mask[d] else { continue }
                tally.add((k..<(k + m.length(at: i))).map(name).joined(separator: " "), doc: d)
            }
        } else {
            let skip = (call.bool("stop") ?? true) && key == .lemma
            let stop = c.stopMask()
            for d in c.scopedDocuments(call.scope) {
                for k in c.docTokenStart[d]..<c.docTokenStart[d + 1] {
                    if skip, stop[Int(c.tokenTerm[k])] { continue }
                    tally.add(name(k), doc: d)
                }
            }
        }
        let minimum = matches == nil ? try CorpusVerbSupport.positiveInt(call, "min", default: 1) : 1
        return Table(
            columns: [Column(key.rawValue, .string), Column("count", .number), Column("docs", .number)],
            rows: tally.rows(minimum: minimum) { $0 }, unit: key == .lemma ? "lemmas" : "tags")
    }

    /// The matches of a token query grouped by their case-folded words, most frequent first.
    static func forms(_ m: MatchList, mask: [Bool], corpus c: Corpus) -> [[Value]] {
        var tally = Tally<[UInt32]>()
        var d = 0
        for (i, s) in m.starts.enumerated() {
            let k = Int(s)
            while d + 1 < c.documents.count, c.docTokenStart[d + 1] <= k { d += 1 }
            guard mask[d] else { continue }
            tally.add(Array(c.tokenTerm[k..<(k + m.length(at: i))]), doc: d)
        }
        return tally.rows { key in key.map { c.lexicon.term(Int($0)) }.joined(separator: " ") }
    }

    /// Occurrences and documents per key, added in document order.
    struct Tally<Key: Hashable> {
        private var counts: [Key: (count: Int, docs: Int, last: Int)] = [:]

        mutating func add(_ key: Key, doc d: Int) {
            var e = counts[key] ?? (0, 0, -1)
            e.count += 1
            if e.last != d { e.docs += 1; e.last = d }
            counts[key] = e
        }

        /// [label, count, docs] rows of the keys counted at least `minimum` times, most frequent first, ties by label.
        func rows(minimum: Int = 1, label: (Key) -> String) -> [[Value]] {
            var rows = counts.filter { $0.value.count >= minimum }.map { (label($0.key), $0.value.count, $0.value.docs) }
            rows.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            return rows.map { [.string($0.0), .number(Double($0.1)), .number(Double($0.2))] }
        }
    }
}
