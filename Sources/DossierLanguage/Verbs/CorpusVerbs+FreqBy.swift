import DossierModel
/// `freq by lemma` and `freq by pos`, and the per-form rows of a token query.
enum FreqBy {
    enum Key: String { case lemma, pos }

    /// Counts per lemma or tag: of every token in scope (stop words left out with `stop`), or of the
    /// matches of a pattern (a multi-token match is keyed by its lemmas or tags joined with spaces).
    /// Reads the lemma and tag ids the tagger stored per token; counts by id, names only the rows.
    static func table(_ key: Key, matches: MatchList?, call: VerbCall, corpus c: Corpus) throws(Diagnostic) -> Table {
        let attributes = CorpusTokenAttributes(c)
        if let why = attributes.tagging.missing(key == .lemma ? "lemmas" : "part-of-speech tags") {
            throw call.error(why, at: "by", suggestion: attributes.tagging == .untagged ? "plain freq counts words" : nil)
        }
        let lemmas = c.lemmas
        func label(_ id: UInt32) -> String {
            key == .lemma ? lemmas.term(Int(id)) : UniversalPOS(rawValue: UInt8(truncatingIfNeeded: id))?.name ?? "?"
        }
        let rows: [[Value]]
        if let m = matches {
            rows = key == .lemma
                ? matchRows(m, attributes.lemmaIDs, call, c, label: label)
                : matchRows(m, attributes.posIDs, call, c, label: label)
        } else {
            let minimum = try CorpusVerbSupport.positiveInt(call, "min", default: 1)
            let skip = (call.bool("stop") ?? true) && key == .lemma
            rows = key == .lemma
                ? tokenRows(attributes.lemmaIDs, size: lemmas.count, stop: skip ? c.stopMask() : nil, call, c, minimum: minimum, label: label)
                : tokenRows(attributes.posIDs, size: UniversalPOS.allCases.count, stop: nil, call, c, minimum: minimum, label: label)
        }
        return Table(
            columns: [Column(key.rawValue, .string), Column("count", .number), Column("docs", .number)],
            rows: rows, unit: key == .lemma ? "lemmas" : "tags")
    }

    /// Per id, the tokens of the documents in scope (a stop word's token left out when `stop` holds its term).
    static func tokenRows<ID: FixedWidthInteger>(
        _ ids: FlatArray<ID>, size: Int, stop: [Bool]?, _ call: VerbCall, _ c: Corpus, minimum: Int, label: (UInt32) -> String
    ) -> [[Value]] {
        var tally = IDTally(size: size)
        for d in c.scopedDocuments(call.scope) {
            for k in c.docTokenStart[d]..<c.docTokenStart[d + 1] {
                if let stop, stop[Int(c.tokenTerm[k])] { continue }
                tally.add(Int(ids[k]), doc: d)
            }
        }
        return tally.rows(minimum: minimum, label: label)
    }

    /// Per sequence of ids, the matches in the documents in scope.
    static func matchRows<ID: FixedWidthInteger>(
        _ m: MatchList, _ ids: FlatArray<ID>, _ call: VerbCall, _ c: Corpus, label: (UInt32) -> String
    ) -> [[Value]] {
        tallied(m, ids, mask: CorpusVerbSupport.inScope(call, c), c, label: label)
    }

    /// The matches of a token query grouped by their case-folded words, most frequent first.
    static func forms(_ m: MatchList, mask: [Bool], corpus c: Corpus) -> [[Value]] {
        tallied(m, c.tokenTerm, mask: mask, c) { c.lexicon.term(Int($0)) }
    }

    /// The matches in the documents of `mask`, counted per sequence of `ids` and labelled word by word.
    private static func tallied<ID: FixedWidthInteger>(
        _ m: MatchList, _ ids: FlatArray<ID>, mask: [Bool], _ c: Corpus, label: (UInt32) -> String
    ) -> [[Value]] {
        var tally = Tally<[UInt32]>()
        var d = 0
        for (i, s) in m.starts.enumerated() {
            let k = Int(s)
            while d + 1 < c.documents.count, c.docTokenStart[d + 1] <= k { d += 1 }
            guard mask[d] else { continue }
            tally.add(ids[k..<(k + m.length(at: i))].map { UInt32($0) }, doc: d)
        }
        return tally.rows { key in key.map(label).joined(separator: " ") }
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
            FreqBy.ranked(counts.filter { $0.value.count >= minimum }.map { (label($0.key), $0.value.count, $0.value.docs) })
        }
    }

    /// (label, count, docs) as [label, count, docs] rows, most frequent first, ties by label.
    static func ranked(_ rows: [(String, Int, Int)]) -> [[Value]] {
        rows.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map { [.string($0.0), .number(Double($0.1)), .number(Double($0.2))] }
    }
}
