import DossierModel
import DossierExtraction

extension Registry {
    static var corpusStatisticsVerbs: [VerbSpec] {
        [freqVerb, ngramsVerb, collocatesVerb, keywordsVerb, similarVerb, summaryVerb]
    }

    static var freqVerb: VerbSpec {
        let cols = [
            ColumnSpec("term", .string, "the word, case-folded"),
            ColumnSpec("count", .number, "occurrences"),
            ColumnSpec("docs", .number, "documents it occurs in"),
        ]
        return VerbSpec(
            name: "freq", category: .statistics, summary: "Word frequencies, or the frequency of one word or phrase.",
            input: .scope,
            parameters: [
                ParameterSpec("term", .pattern, help: "count only this word, phrase, prefix* or r\"regex\""),
                ParameterSpec(
                    "by", .choice(["doc", "date", "lemma", "pos"]), keyword: "by",
                    help: "per document [doc, count], per date [date, count], per lemma or per part of speech [lemma|pos, count, docs]"),
            ],
            options: [
                OptionSpec("stop", .bool, default: .bool(true), help: "leave out English stop words (word and lemma lists only)"),
                OptionSpec("min", .integer, default: .number(1), help: "smallest count listed (word and lemma lists only)"),
                OptionSpec("stem", .bool, default: .bool(false), help: "match English word forms (Porter2 stems)"),
                withinOption,
            ],
            columns: cols,
            details: """
                Without a term: the word list, by count (ties by term). With a term: one row for a word or phrase, one \
                row per matching word for a prefix* or regex, one row per matched sequence of words for a token query. \
                `by lemma` and `by pos` count lemmas or part-of-speech tags (of every word, or of the term's matches). `by doc` lists every document in scope in corpus order \
                (zeros included) with columns [doc, count]; `by date` sums per publication date [date, count] \
                (undated documents left out). Parts of hyphenated words count (Hamas in Israel-Hamas).
                """,
            example: "freq \"Hamas\" by doc",
            evaluate: { call, state throws(Diagnostic) -> Value in try freq(call, state.corpus) })
    }

    static func freq(_ call: VerbCall, _ c: Corpus) throws(Diagnostic) -> Value {
        let stem = call.bool("stem") ?? false
        let docs = c.scopedDocuments(call.scope)
        let mask = CorpusVerbSupport.inScope(call, c)
        let by = call.string("by")
        // Per-document counts of the term (or of all words).
        var perDoc = [Int](repeating: 0, count: c.documents.count)
        var termRows: [[Value]] = []
        if by == "lemma" || by == "pos" {
            let m = call.has("term") ? try CorpusVerbSupport.matches(call, "term", in: c, stem: stem).0 : nil
            return .table(try FreqBy.table(by == "lemma" ? .lemma : .pos, matches: m, call: call, corpus: c))
        }
        if call.has("term") {
            let (m, label) = try CorpusVerbSupport.matches(call, "term", in: c, stem: stem)
            var d = 0
            for s in m.starts {
                while d + 1 < c.documents.count, c.docTokenStart[d + 1] <= Int(s) { d += 1 }
                if mask[d] { perDoc[d] += 1 }
            }
            var groups: [UInt32: (Int, Set<Int>)] = [:]
            let isMulti: Bool
            if case .regex = call.arguments["term"] { isMulti = true } else { isMulti = label.hasSuffix("*") }
            if m.lengths != nil {
                termRows = FreqBy.forms(m, mask: mask, corpus: c)
            } else if isMulti, m.length == 1 {
                for s in m.starts {
                    let d = c.document(ofToken: Int(s))
                    guard mask[d] else { continue }
                    let t = c.tokenTerm[Int(s)]
                    groups[t, default: (0, [])].0 += 1
                    groups[t, default: (0, [])].1.insert(d)
                }
                termRows = groups.map { [.string(c.lexicon.term(Int($0.key))), .number(Double($0.value.0)), .number(Double($0.value.1.count))] }
                termRows.sort {
                    let a = $0[1].number ?? 0, b = $1[1].number ?? 0
                    return a != b ? a > b : ($0[0].string ?? "") < ($1[0].string ?? "")
                }
            } else {
                let name: String
                if case .string(let s)? = call.arguments["term"] { name = QueryParser.words(of: s).joined(separator: " ") } else { name = label }
                let total = perDoc.reduce(0, +)
                let docCount = perDoc.filter { $0 > 0 }.count
                termRows = [[.string(name), .number(Double(total)), .number(Double(docCount))]]
            }
        } else {
            for d in docs { perDoc[d] = c.documents[d].wordCount }
        }
        switch by {
        case "doc":
            let rows: [[Value]] = docs.map { [.string(c.documents[$0].id), .number(Double(perDoc[$0]))] }
            return .table(Table(columns: [Column("doc", .string), Column("count", .number)], rows: rows, unit: "documents"))
        case "date":
            var byDay: [Day: Int] = [:]
            for d in docs { if let day = c.documents[d].date { byDay[day, default: 0] += perDoc[d] } }
            let rows: [[Value]] = byDay.keys.sorted().map { [.date($0), .number(Double(byDay[$0] ?? 0))] }
            return .table(Table(columns: [Column("date", .date), Column("count", .number)], rows: rows, unit: "dates"))
        default:
            break
        }
        let spec = [Column("term", .string), Column("count", .number), Column("docs", .number)]
        if call.has("term") { return .table(Table(columns: spec, rows: termRows, unit: "terms")) }
        let minimum = try CorpusVerbSupport.positiveInt(call, "min", default: 1)
        let skip = call.bool("stop") ?? true
        let stop = c.stopMask()
        let (counts, dfs) = c.termCounts(scope: call.scope)
        // Sort keys: count descending, then the term in code-point order (a precomputed rank).
        let rank = c.alphabeticalRank
        var keys: [UInt64] = []
        for t in 0..<counts.count where counts[t] > 0 && Int(counts[t]) >= minimum && !(skip && stop[t]) {
            keys.append(UInt64(UInt32.max - counts[t]) << 32 | UInt64(rank[t]))
        }
        keys.sort()
        var byRank = [UInt32](repeating: 0, count: rank.count)
        for (t, r) in rank.enumerated() { byRank[Int(r)] = UInt32(t) }
        let rows: [[Value]] = keys.map { key in
            let t = Int(byRank[Int(key & 0xFFFF_FFFF)])
            return [.string(c.lexicon.term(t)), .number(Double(counts[t])), .number(Double(dfs[t]))]
        }
        return .table(Table(columns: spec, rows: rows, unit: "terms"))
    }

    static var ngramsVerb: VerbSpec {
        let cols = [
            ColumnSpec("ngram", .string, "the words, case-folded"),
            ColumnSpec("count", .number, "occurrences"),
            ColumnSpec("docs", .number, "documents it occurs in"),
        ]
        return VerbSpec(
            name: "ngrams", category: .statistics, summary: "Frequent sequences of N words.", input: .scope,
            parameters: [ParameterSpec("n", .integer, help: "words per sequence, 1 to 6 (default 2)")],
            options: [
                OptionSpec("min", .integer, default: .number(2), help: "smallest count listed"),
                OptionSpec("stop", .bool, default: .bool(false), help: "leave out sequences that start or end with a stop word"),
            ],
            columns: cols,
            details: "Sequences stay within a sentence. Sorted by count, then alphabetically.",
            example: "ngrams 2 | top 10",
            evaluate: { call, state throws(Diagnostic) -> Value in
                let c = state.corpus
                let n = call.has("n") ? (call.int("n") ?? 0) : 2
                guard (1...6).contains(n) else { throw call.error("n must be from 1 to 6", at: "n") }
                let minimum = try CorpusVerbSupport.positiveInt(call, "min", default: 2)
                let skip = call.bool("stop") ?? false
                let stop = c.stopMask()
                struct Key: Hashable { var t: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
                    static func == (a: Key, b: Key) -> Bool { a.t == b.t }
                    func hash(into h: inout Hasher) { h.combine(t.0); h.combine(t.1); h.combine(t.2); h.combine(t.3); h.combine(t.4); h.combine(t.5) }
                }
                var counts: [Key: (count: Int, docs: Int, last: Int)] = [:]
                for d in c.scopedDocuments(call.scope) {
                    if d & 255 == 255 { try Evaluator.checkCancelled(state, at: call.range) }
                    for s in c.docSentenceStart[d]..<c.docSentenceStart[d + 1] {
                        let lo = Int(c.sentenceTokenStart[s]), hi = Int(c.sentenceTokenStart[s + 1])
                        guard hi - lo >= n else { continue }
                        for k in lo...(hi - n) {
                            if skip, stop[Int(c.tokenTerm[k])] || stop[Int(c.tokenTerm[k + n - 1])] { continue }
                            var a = [UInt32](repeating: UInt32.max, count: 6)
                            for i in 0..<n { a[i] = c.tokenTerm[k + i] }
                            let key = Key(t: (a[0], a[1], a[2], a[3], a[4], a[5]))
                            var e = counts[key] ?? (0, 0, -1)
                            e.count += 1
                            if e.last != d { e.docs += 1; e.last = d }
                            counts[key] = e
                        }
                    }
                }
                var rows: [(String, Int, Int)] = []
                for (key, e) in counts where e.count >= minimum {
                    let ids = [key.t.0, key.t.1, key.t.2, key.t.3, key.t.4, key.t.5].prefix(n)
                    var text = ""
                    for id in ids {
                        let w = c.lexicon.term(Int(id))
                        if !text.isEmpty, !w.hasPrefix("'") { text += " " }
                        text += w
                    }
                    rows.append((text, e.count, e.docs))
                }
                rows.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                return .table(CorpusVerbSupport.table(
                    cols, rows: rows.map { [.string($0.0), .number(Double($0.1)), .number(Double($0.2))] }, unit: "n-grams"))
            })
    }

    static let associationDetails = """
        From the 2×2 table of window tokens: O11 = times the word falls in a window, R1 = all window tokens, \
        C1 = the word's frequency, N = tokens in scope, E11 = R1·C1/N. mi = log2(O11/E11); \
        t = (O11−E11)/√O11; llr = signed G² = ±2·Σ Oij·ln(Oij/Eij) over the four cells (negative when O11 < E11); \
        dice = 2·O11/(f(node)+C1); logratio = log2((O11/R1)/(O21/R2)) with 0.5 for a zero count.
        """

    static var collocatesVerb: VerbSpec {
        let cols = [
            ColumnSpec("term", .string, "the co-occurring word"),
            ColumnSpec("observed", .number, "O11: occurrences within the window"),
            ColumnSpec("expected", .number, "E11 = R1·C1/N, 3 decimals"),
            ColumnSpec("score", .number, "the association measure, 3 decimals"),
        ]
        return VerbSpec(
            name: "collocates", category: .statistics, summary: "Words that occur near a word more than chance predicts.",
            input: .scope,
            parameters: [ParameterSpec("term", .pattern, required: true, help: "the node: a word, phrase, prefix* or r\"regex\"")],
            options: [
                OptionSpec("window", .integer, default: .number(5), help: "words on each side"),
                OptionSpec("measure", .choice(["mi", "t", "llr", "dice", "logratio"]), default: .string("llr"), help: "association measure"),
                OptionSpec("min", .integer, default: .number(2), help: "smallest observed count listed"),
                OptionSpec("stop", .bool, default: .bool(true), help: "leave out English stop words"),
                OptionSpec("stem", .bool, default: .bool(false), help: "match the node's English word forms"),
                withinOption,
            ],
            columns: cols, details: associationDetails,
            example: "collocates \"ceasefire\" window=5 measure=llr | top 10",
            evaluate: { call, state throws(Diagnostic) -> Value in
                let c = state.corpus
                let window = try CorpusVerbSupport.positiveInt(call, "window", default: 5, max: 100)
                let minimum = try CorpusVerbSupport.positiveInt(call, "min", default: 2)
                let measure = AssociationMeasure(rawValue: call.string("measure") ?? "llr") ?? .llr
                let (m, _) = try CorpusVerbSupport.matches(call, "term", in: c, stem: call.bool("stem") ?? false)
                let rows: [[Value]] = c.collocates(
                    of: m, window: window, measure: measure, minimum: minimum, skipStopWords: call.bool("stop") ?? true,
                    scope: call.scope
                ).map {
                    [.string($0.term), .number(Double($0.observed)), CorpusVerbSupport.rounded($0.expected), CorpusVerbSupport.rounded($0.score)]
                }
                return .table(CorpusVerbSupport.table(cols, rows: rows, unit: "terms"))
            })
    }

    static var similarVerb: VerbSpec {
        let cols = [
            ColumnSpec("doc", .string, "document id"),
            ColumnSpec("score", .number, "tf-idf cosine similarity, 3 decimals"),
        ]
        return VerbSpec(
            name: "similar", category: .statistics, summary: "Documents most like one document (tf-idf cosine).",
            input: .scope,
            parameters: [ParameterSpec("doc", .document, required: true, help: "document number or id (prefix)")],
            columns: cols,
            details: "Weights are tf·ln(N/df) over all words; the document itself is left out; ties by document order.",
            example: "similar 1 | top 3",
            evaluate: { call, state throws(Diagnostic) -> Value in
                let c = state.corpus
                let d = try CorpusVerbSupport.document(call, "doc", in: c)
                let rows: [[Value]] = c.similar(to: d, scope: call.scope).map {
                    [CorpusVerbSupport.docColumn(c, $0.document), CorpusVerbSupport.rounded($0.score)]
                }
                return .table(CorpusVerbSupport.table(cols, rows: rows, unit: "documents"))
            })
    }

    static var summaryVerb: VerbSpec {
        let cols = [
            ColumnSpec("sentence", .number, "sentence number in the document (from 1)"),
            ColumnSpec("text", .string, "the sentence"),
        ]
        return VerbSpec(
            name: "summary", category: .statistics, summary: "An extractive summary: the most central sentences, in text order.",
            parameters: [ParameterSpec("doc", .document, required: true, help: "document number or id (prefix)")],
            options: [OptionSpec("sentences", .integer, default: .number(3), help: "how many sentences")],
            columns: cols,
            details: "A sentence scores the tf·idf of its distinct content words divided by √length; fragments under 6 words rank last.",
            example: "summary 2 sentences=3",
            evaluate: { call, state throws(Diagnostic) -> Value in
                let c = state.corpus
                let d = try CorpusVerbSupport.document(call, "doc", in: c)
                let n = try CorpusVerbSupport.positiveInt(call, "sentences", default: 3, max: 10_000)
                let rows: [[Value]] = c.summary(of: d, count: n).map {
                    [.number(Double($0 + 1)), .string(c.documents[d].sentenceText($0))]
                }
                return .table(CorpusVerbSupport.table(cols, rows: rows, unit: "sentences"))
            })
    }
}
