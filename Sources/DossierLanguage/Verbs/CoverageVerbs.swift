import DossierModel
extension Registry {
    /// Coverage over time, story clusters, dictionaries and topics (issue 13).
    static var coverageVerbs: [VerbSpec] {
        [trendVerb, duplicatesVerb, dedupeVerb, lookupVerb, topicsVerb]
    }

    static let trendColumns = [
        ColumnSpec("period", .string, "the period: YYYY-MM-DD (day, week's Monday), YYYY-MM or YYYY; the column is named by= (day, week, month, year)"),
        ColumnSpec("series", .string, "the term, the split value, both (term · value), or the topic or category piped in"),
        ColumnSpec("docs", .number, "documents of the series in the period"),
        ColumnSpec("words", .number, "words of those documents"),
        ColumnSpec("count", .number, "raw occurrences (for piped topic shares: Σ share × words)"),
        ColumnSpec("rate", .number, "count per `per` words, 3 decimals; — (a gap) when the period has no documents"),
    ]

    static var trendVerb: VerbSpec {
        VerbSpec(
            name: "trend", category: .coverage,
            summary: "Occurrences per 10,000 words in each day, week, month or year, for several terms or split by a metadata field.",
            input: .scope,
            parameters: [
                ParameterSpec("terms", .pattern, variadic: true, help: "words, \"phrases\", prefix* or r\"regex\" (one series each)"),
                ParameterSpec("by", .choice(["auto", "day", "week", "month", "year"]), keyword: "by", help: "the period (auto: by the span of dates)"),
            ],
            options: [
                OptionSpec("per", .number, default: .number(10000), help: "normalise per this many words"),
                OptionSpec("split", .column, default: .null, help: "a metadata field (source, …): one series per value"),
                OptionSpec("stem", .bool, default: .bool(false), help: "match English word forms (Porter2 stems)"),
            ],
            columns: trendColumns,
            details: """
                Periods run from the first to the last dated document in scope (undated documents are left out); \
                weeks start on Monday; auto picks days up to two months, weeks up to a year, months up to ten \
                years, then years. rate = count / words × per. A period without documents has words 0 and rate — \
                (drawn as a gap, not a zero). Rows are by period, then series (terms in the order given, split \
                values in code-point order; a document without the field counts as (none)). Piped `topics K` \
                (or any table with doc, topic or category, and share or count columns) gives one series per \
                topic or category instead of terms: shares count as share × the document's words. \
                `trend … | chart` draws the rates as lines (text at the prompt, SVG with `to`).
                """,
            example: "trend \"ceasefire\" \"hostages\" by week | chart",
            evaluate: { call, state throws(Diagnostic) -> Value in try TrendVerb.evaluate(call, state.corpus) })
    }
}
