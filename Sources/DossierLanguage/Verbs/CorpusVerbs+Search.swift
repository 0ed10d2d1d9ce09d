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
            parameters: [ParameterSpec("query", .string, required: true, help: "words, \"phrases\", AND / OR / NOT, ( ), prefix*")],
            options: [OptionSpec("stem", .bool, default: .bool(false), help: "match English word forms (Porter2 stems)")],
            columns: cols,
            details: """
                Words are case-folded; juxtaposed words must all occur (implicit AND). "A phrase" matches consecutive \
                words; OR, NOT and parentheses combine; word* matches every word with that prefix. Scores are BM25: \
                Σ idf·tf·(k1+1)/(tf + k1·(1−b+b·len/avglen)), idf = ln(1 + (N−df+0.5)/(df+0.5)), over the query's \
                positive words and phrases. Ties are broken by document order.
                """,
            example: "search '\"humanitarian pauses\" OR truce NOT Rafah'",
            evaluate: { call, state throws(Diagnostic) -> Value in
                let c = state.corpus
                guard let text = call.string("query") else { throw call.error("search needs a query", at: "query") }
                let query: Query
                do throws(QueryError) { query = try QueryParser.parse(text) } catch { throw call.error(error.message, at: "query") }
                let stem = call.bool("stem") ?? false
                let hits = c.search(query, scope: call.scope, stem: stem)
                let rows: [[Value]] = hits.map {
                    [CorpusVerbSupport.docColumn(c, $0.document), CorpusVerbSupport.rounded($0.score),
                     .string(c.snippet(document: $0.document, query: query, stem: stem))]
                }
                return .table(CorpusVerbSupport.table(cols, roles: ["snippet": .snippet], rows: rows, unit: "documents"))
            })
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
                OptionSpec("width", .integer, default: .number(40), help: "characters of context on each side"),
                OptionSpec("sort", .choice(["text", "left", "right"]), default: .string("text"),
                           help: "order: text order, or by the Nth word to the left/right (AntConc-style)"),
                OptionSpec("word", .integer, default: .number(1), help: "which context word `sort` uses (1 = nearest)"),
                OptionSpec("stem", .bool, default: .bool(false), help: "match English word forms (Porter2 stems)"),
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
                var hits: [(Int, Int)] = []  // token, doc
                var d = 0
                for s in m.starts {
                    let k = Int(s)
                    while d + 1 < c.documents.count, c.docTokenStart[d + 1] <= k { d += 1 }
                    if mask[d] { hits.append((k, d)) }
                }
                let order = call.string("sort") ?? "text"
                if order != "text" {
                    func key(_ h: (Int, Int)) -> String {
                        let k = order == "left" ? h.0 - nth : h.0 + m.length + nth - 1
                        guard k >= c.docTokenStart[h.1], k < c.docTokenStart[h.1 + 1] else { return "" }
                        return c.lexicon.term(Int(c.tokenTerm[k]))
                    }
                    let keyed = hits.map { (key($0), $0) }
                    hits = keyed.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.0 < $1.1.0 }.map(\.1)
                }
                var rows: [[Value]] = []
                rows.reserveCapacity(hits.count)
                for (k, d) in hits {
                    var text = c.documents[d].text
                    let last = min(k + m.length - 1, c.tokenCount - 1)
                    let lo = Int(c.tokenStart[k]), hi = Int(c.tokenEnd[last])
                    let row: [Value] = text.withUTF8 { b in
                        let left = CorpusVerbSupport.context(b, from: 0, to: lo, width: width, left: true)
                        let right = CorpusVerbSupport.context(b, from: hi, to: b.count, width: width, left: false)
                        let match = CorpusVerbSupport.collapse(Array(b[lo..<hi]))
                        let sentence = c.sentence(ofToken: k) - c.docSentenceStart[d] + 1
                        return [.string(c.documents[d].id), .number(Double(sentence)), .string(left), .string(match), .string(right)]
                    }
                    rows.append(row)
                }
                return .table(CorpusVerbSupport.table(
                    cols, roles: ["left": .leftContext, "match": .match, "right": .rightContext], rows: rows, unit: "hits"))
            })
    }
}
