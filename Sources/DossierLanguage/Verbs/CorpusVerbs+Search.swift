import DossierModel
import DossierExtraction

extension Registry {
    static var corpusSearchVerbs: [VerbSpec] { [searchVerb, kwicVerb] }

    static var searchVerb: VerbSpec {
        let cols = [
            ColumnSpec("doc", .string, "document id"),
            ColumnSpec("score", .number, "BM25 score (k1 1.2, b 0.75), 3 decimals"),
            ColumnSpec("snippet", .string, "the best matching sentence, matches marked «like this»"),
        ]
        return VerbSpec(
            name: "search", category: .search, summary: "Rank documents for a query by BM25.", input: .scope,
            parameters: [ParameterSpec("query", .string, required: true, help: "words, \"phrases\", \"a b\"~N, field:word, AND / OR / NOT, ( ), prefix*")],
            options: [OptionSpec("stem", .bool, default: .bool(false), help: "match English word forms (Porter2 stems)")],
            columns: cols,
            details: """
                Words are case-folded; juxtaposed words must all occur (implicit AND). "A phrase" matches consecutive \
                words; OR, NOT and parentheses combine; word* matches every word with that prefix. "a b"~N finds the \
                words in any order with at most N other words between the first and the last (proximity). field:word or \
                field:"some words" keeps documents whose metadata field holds them (title, id, date, and the corpus's \
                own fields such as source); fields filter and do not score. Syntax of other engines (NEAR/5, word~, \
                a lone *, ?, ^, [ ], { }) is an error, not ignored. Scores are BM25: \
                Σ idf·tf·(k1+1)/(tf + k1·(1−b+b·len/avglen)), idf = ln(1 + (N−df+0.5)/(df+0.5)), over the query's \
                positive words and phrases. Ties are broken by document order.
                """,
            example: "search '\"humanitarian pauses\" OR truce NOT Rafah'",
            evaluate: { call, state throws(Diagnostic) -> Value in
                let c = state.corpus
                guard let text = call.string("query") else { throw call.error("search needs a query", at: "query") }
                let query: Query
                do throws(QueryError) { query = try QueryParser.parse(text) } catch {
                    throw CorpusVerbSupport.queryError(error, text: text, call, "query")
                }
                let stem = call.bool("stem") ?? false
                let known = c.searchableFields
                for f in query.fields where !known.contains(f) {
                    let hint = NearestName.suggest(f, among: known)
                    throw call.error(
                        "no field '\(f)' in this corpus", at: "query",
                        suggestion: hint.map { "did you mean '\($0):'?" } ?? "fields: " + known.joined(separator: ", "))
                }
                let hits = c.search(query, scope: call.scope, stem: stem)
                let rows: [[Value]] = hits.map {
                    [CorpusVerbSupport.docColumn(c, $0.document), CorpusVerbSupport.rounded($0.score),
                     .string(c.snippet(document: $0.document, query: query, stem: stem))]
                }
                return .table(CorpusVerbSupport.table(cols, roles: ["snippet": .snippet], rows: rows, unit: "documents"))
            })
    }

    /// `within=sentence|doc`: where phrase and token-query matches may extend.
    static var withinOption: OptionSpec {
        OptionSpec(
            "within", .choice(["sentence", "doc"]), default: .string("sentence"),
            help: "phrases and token queries match inside one sentence, or anywhere in one document")
    }

    static var kwicVerb: VerbSpec {
        let cols = [
            ColumnSpec("doc", .string, "document id"),
            ColumnSpec("sentence", .number, "sentence number in the document (from 1)"),
            ColumnSpec("left", .string, "context before the match"),
            ColumnSpec("match", .string, "the matched words as written"),
            ColumnSpec("right", .string, "context after the match"),
        ]
        return VerbSpec(
            name: "kwic", category: .search, summary: "Concordance: every match with its context.", input: .scope,
            parameters: [ParameterSpec("pattern", .pattern, required: true, help: "a word, a phrase, a prefix*, or r\"regex\" over words")],
            options: [
                OptionSpec("width", .integer, default: .number(40), help: "characters of context shown on each side (the value, exports and --json carry whole sentences)"),
                OptionSpec("sort", .choice(["text", "left", "right"]), default: .string("text"),
                           help: "order: text order, or by the Nth word to the left/right (AntConc-style)"),
                OptionSpec("word", .integer, default: .number(1), help: "which context word `sort` uses (1 = nearest)"),
                OptionSpec("stem", .bool, default: .bool(false), help: "match English word forms (Porter2 stems)"),
                withinOption,
            ],
            columns: cols,
            details: """
                Matching is case-insensitive; a word also matches inside hyphenated words (Hamas in Israel-Hamas), \
                and possessives are split (Gaza's is Gaza + 's). A regex must match a whole word. Context stays \
                within the document.
                """,
            example: "kwic \"Gantz\" width=32 | top 4",
            evaluate: { call, state throws(Diagnostic) -> Value in
                let c = state.corpus
                let stem = call.bool("stem") ?? false
                let width = try CorpusVerbSupport.positiveInt(call, "width", default: 40, max: 1000)
                let nth = max(1, try CorpusVerbSupport.positiveInt(call, "word", default: 1, max: 100))
                let (m, _) = try CorpusVerbSupport.matches(call, "pattern", in: c, stem: stem)
                let mask = CorpusVerbSupport.inScope(call, c)
                var hits: [(Int, Int, Int)] = []  // token, doc, span
                var d = 0
                for (i, s) in m.starts.enumerated() {
                    if i & 4095 == 4095 { try Evaluator.checkCancelled(state, at: call.range) }
                    let k = Int(s)
                    while d + 1 < c.documents.count, c.docTokenStart[d + 1] <= k { d += 1 }
                    if mask[d] { hits.append((k, d, m.length(at: i))) }
                }
                let order = call.string("sort") ?? "text"
                if order != "text" {
                    func key(_ h: (Int, Int, Int)) -> String {
                        let k = order == "left" ? h.0 - nth : h.0 + h.2 + nth - 1
                        guard k >= c.docTokenStart[h.1], k < c.docTokenStart[h.1 + 1] else { return "" }
                        return c.lexicon.term(Int(c.tokenTerm[k]))
                    }
                    let keyed = hits.map { (key($0), $0) }
                    hits = keyed.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.0 < $1.1.0 }.map(\.1)
                }
                var rows: [[Value]] = []
                rows.reserveCapacity(hits.count)
                for (n, (k, d, span)) in hits.enumerated() {
                    if n & 1023 == 1023 { try Evaluator.checkCancelled(state, at: call.range) }
                    var text = c.documents[d].text
                    let last = min(k + span - 1, c.tokenCount - 1)
                    let lo = Int(c.tokenStart[k]), hi = Int(c.tokenEnd[last])
                    let sentences = c.documents[d].sentences
                    let si = c.sentence(ofToken: k) - c.docSentenceStart[d]
                    let row: [Value] = text.withUTF8 { b in
                        // The value keeps whole sentences: the match's own, and more on each side until there
                        // are `width` characters; the table view cuts them to `width` with "…".
                        var from = 0, to = b.count
                        if sentences.indices.contains(si) {
                            var first = si
                            while first > 0, lo - sentences[first].lowerBound < width { first -= 1 }
                            from = first == 0 && lo - sentences[0].lowerBound < width ? 0 : min(lo, sentences[first].lowerBound)
                            var last = si
                            while last + 1 < sentences.count, sentences[last].upperBound - hi < width { last += 1 }
                            to = last + 1 == sentences.count && sentences[last].upperBound - hi < width ? b.count : max(hi, sentences[last].upperBound)
                        }
                        let left = CorpusVerbSupport.context(b, from: from, to: lo, width: Int.max, left: true)
                        let right = CorpusVerbSupport.context(b, from: hi, to: to, width: Int.max, left: false)
                        let match = CorpusVerbSupport.collapse(Array(b[lo..<hi]))
                        let sentence = c.sentence(ofToken: k) - c.docSentenceStart[d] + 1
                        return [.string(c.documents[d].id), .number(Double(sentence)), .string(left), .string(match), .string(right)]
                    }
                    rows.append(row)
                }
                var table = CorpusVerbSupport.table(
                    cols, roles: ["left": .leftContext, "match": .match, "right": .rightContext], rows: rows, unit: "hits")
                table.columns[2].maxWidth = width
                table.columns[4].maxWidth = width
                return .table(table)
            })
    }
}
