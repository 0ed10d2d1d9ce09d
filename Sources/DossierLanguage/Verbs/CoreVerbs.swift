import DossierModel
import DossierExtraction

extension Registry {
    /// Verbs every session has whatever the corpus: none yet beyond the corpus family.
    static var coreVerbs: [VerbSpec] { [] }

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
                    (text, numbers, dates YYYY-MM-DD, true/false/null, [lists]).
                    """,
                example: "docs | where date >= 2024-03-01 and words > 300", evaluate: nil),
            VerbSpec(
                name: "sort", category: .table, summary: "Order rows by one or more columns; ties keep their order.",
                input: .required(.table),
                parameters: [ParameterSpec("columns", .column, required: true, variadic: true, help: "COL [desc], …; COL:N sorts a kwic context on its Nth word")],
                details: "Text sorts case-insensitively; nulls sort last. On kwic's left/right columns the key is the Nth word from the match (1 by default).",
                example: "kwic \"Gantz\" | sort right, doc", evaluate: nil),
            VerbSpec(
                name: "top", category: .table, summary: "Keep the first N rows.", input: .required(.table),
                parameters: [ParameterSpec("n", .integer, required: true, help: "how many rows")],
                example: "freq | top 20", evaluate: nil),
            VerbSpec(
                name: "select", category: .table, summary: "Keep some columns, in the order given.", input: .required(.table),
                parameters: [ParameterSpec("columns", .column, required: true, variadic: true, help: "COL, COL, …")],
                example: "docs | select id, date", evaluate: nil),
            VerbSpec(
                name: "group", category: .table, summary: "Count rows per distinct value of some columns.", input: .required(.table),
                parameters: [ParameterSpec("columns", .column, required: true, variadic: true, help: "COL, COL, …")],
                columns: [ColumnSpec("count", .number, "rows with that key")],
                example: "kwic \"Hamas\" | group doc", evaluate: nil),
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
                parameters: [ParameterSpec("topic", .word, help: "a verb or stage name")],
                example: "help kwic",
                evaluate: { call, _ throws(Diagnostic) in
                    guard let topic = call.string("topic") else { return .string(Help.overview(Registry.standard)) }
                    guard let spec = Registry.standard.verb(topic) else {
                        let hint = NearestName.suggest(topic, among: Registry.standard.names + Registry.keywords)
                        if topic == "let" || topic == "def" { return .string(Help.bindings) }
                        throw call.error("no help for '\(topic)'", at: "topic", suggestion: hint.map { "did you mean '\($0)'?" })
                    }
                    return .string(Help.page(spec))
                }),
        ]
    }
}
