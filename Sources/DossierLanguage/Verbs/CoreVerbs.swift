import DossierModel
import DossierExtraction

extension Registry {
    /// The table stages. Their syntax (expressions, sort keys) is parsed by the parser; these
    /// entries document them for help, completion and the docs.
    static var stageVerbs: [VerbSpec] {
        [
            VerbSpec(
                name: "where", category: .table, summary: "Keep the rows for which a condition holds.",
                input: .required(.table), parameters: [ParameterSpec("condition", .any, required: true, help: "an expression over the columns")],
                details: """
                    Expressions: comparisons (== != < <= > >=), and/or/not, ~ (case-insensitive substring, or regex r"…"),
                    !~, in (a list, a text or a table's doc column), + - * / %, column names, variables, literals
                    (text, numbers, dates YYYY-MM-DD, true/false/null, [lists]) and functions (`help functions`).
                    Types are strict: "a" + 1 is an error (text + text joins texts; date ± days; date − date is days).
                    """,
                example: "docs | where date >= 2024-03-01 and words > 300", evaluate: nil),
            VerbSpec(
                name: "sort", category: .table, summary: "Order rows by columns or expressions; ties keep their order.",
                input: .required(.table),
                parameters: [ParameterSpec("keys", .column, required: true, variadic: true, help: "COL|EXPR [asc|desc], …; COL:N sorts a kwic context on its Nth word")],
                details: "Text sorts case-insensitively; nulls sort last. On kwic's left/right columns the key is the Nth word from the match (1 by default). A key may be any expression: sort count * 10000 / words desc.",
                example: "kwic \"Gantz\" | sort right, doc", evaluate: nil),
            VerbSpec(
                name: "top", category: .table, summary: "Keep the first N rows, or the N rows with the largest EXPR.", input: .required(.table),
                parameters: [
                    ParameterSpec("n", .integer, required: true, help: "how many rows"),
                    ParameterSpec("expr", .any, keyword: "by", help: "sort by this expression first (largest first; add asc for smallest)"),
                ],
                details: "top N by EXPR sorts by EXPR, largest first (stable), then keeps N: docs | top 2 by words.",
                example: "freq | top 20", evaluate: nil),
            VerbSpec(
                name: "select", category: .table, summary: "Keep, rename and compute columns.", input: .required(.table),
                parameters: [ParameterSpec("columns", .column, required: true, variadic: true, help: "COL or EXPR [as NAME], …")],
                details: """
                    A computed column is named by `as NAME` (else by its text). It is typed from its values; round(X, N)
                    declares N decimals, printed exactly (round(x, 2) shows 3.10).
                    """,
                example: "freq \"Hamas\" by doc | join docs on doc = id | select doc, count * 10000 / words as per10k", evaluate: nil),
            VerbSpec(
                name: "group", category: .table, summary: "One row per distinct key: counts, or aggregates.", input: .required(.table),
                parameters: [
                    ParameterSpec("keys", .column, required: true, variadic: true, help: "COL or EXPR [as NAME], …"),
                    ParameterSpec("aggregates", .any, keyword: "agg", help: "[NAME =] count() | sum(X) | mean(X) | min(X) | max(X) | median(X), …"),
                ],
                columns: [ColumnSpec("count", .number, "rows with that key (without agg)")],
                details: """
                    Without agg: a count column, most frequent first, ties by key. With agg: the named aggregates, one
                    row per key in key order. Aggregates skip nulls; sum/mean/median of text is an error.
                    """,
                example: "docs | group month(date) as month agg n = count(), words = sum(words)", evaluate: nil),
            VerbSpec(
                name: "distinct", category: .table, summary: "Drop repeated rows (of some columns).", input: .required(.table),
                parameters: [ParameterSpec("columns", .column, variadic: true, help: "COL, …: keep only these columns, once per value")],
                example: "kwic \"Hamas\" | distinct doc", evaluate: nil),
            VerbSpec(
                name: "join", category: .table, summary: "Add the columns of another table whose key matches.", input: .required(.table),
                parameters: [
                    ParameterSpec("table", .any, required: true, help: "[left] TABLE: a variable, a verb such as docs, or a (pipeline)"),
                    ParameterSpec("key", .column, keyword: "on", required: true, help: "COL, or COL = OTHER when the names differ"),
                ],
                details: """
                    Inner by default: each row once per matching row of TABLE (in its order); `join left TABLE` keeps
                    rows without a match, with nulls. The other table's key column is dropped; a clashing name gets _2.
                    """,
                example: "freq \"Gantz\" by doc | join docs on doc = id | select doc, count, date", evaluate: nil),
            VerbSpec(
                name: "count", category: .table, summary: "The number of rows.", input: .required(.table),
                example: "kwic \"Gantz\" | count", evaluate: nil),
        ]
    }

    /// `help` and the words of the language itself.
    static var languageVerbs: [VerbSpec] {
        [
            VerbSpec(
                name: "help", category: .language, summary: "List the verbs, or explain one.",
                parameters: [ParameterSpec("topic", .word, help: "a verb or stage name, functions, or queries (the pattern and token-query grammar)")],
                example: "help kwic",
                evaluate: { call, _ throws(Diagnostic) in
                    guard let topic = call.string("topic") else { return .string(Help.overview(Registry.standard)) }
                    guard let spec = Registry.standard.verb(topic) else {
                        let hint = NearestName.suggest(topic, among: Registry.standard.names + Registry.keywords + ["functions", "queries"])
                        if topic == "let" || topic == "def" { return .string(Help.bindings) }
                        if topic == "functions" { return .string(Functions.reference) }
                        if topic == "queries" || topic == "patterns" { return .string(Help.patterns) }
                        throw call.error("no help for '\(topic)'", at: "topic", suggestion: hint.map { "did you mean '\($0)'?" })
                    }
                    return .string(Help.page(spec))
                }),
        ]
    }
}
