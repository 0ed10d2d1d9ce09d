import Testing
import DossierKit
import DossierShell

private let testRegistry: Registry = {
    let run: VerbSpec.Evaluate = { _, _ in .null }
    return Registry(verbs: [
        VerbSpec(name: "docs", category: .corpus, summary: "documents", input: .scope,
                 columns: [ColumnSpec("id", .string, "id"), ColumnSpec("date", .date, "date"),
                           ColumnSpec("title", .string, "title"), ColumnSpec("words", .number, "words")],
                 example: "docs", evaluate: run),
        VerbSpec(name: "kwic", category: .search, summary: "concordance", input: .scope,
                 parameters: [ParameterSpec("pattern", .pattern, required: true, help: "what")],
                 options: [OptionSpec("width", .integer, default: .number(40), help: "context"),
                           OptionSpec("sort", .choice(["left", "right", "doc"]), default: .string("doc"), help: "order")],
                 columns: [ColumnSpec("doc", .string, "doc"), ColumnSpec("left", .string, "left")],
                 example: "kwic \"Gantz\"", evaluate: run),
        VerbSpec(name: "freq", category: .statistics, summary: "frequencies", input: .scope,
                 parameters: [ParameterSpec("term", .pattern, help: "term"),
                              ParameterSpec("by", .choice(["doc", "date"]), keyword: "by", help: "split")],
                 example: "freq \"Hamas\" by doc", evaluate: run),
        VerbSpec(name: "quotes", category: .extraction, summary: "quotes", input: .scope,
                 parameters: [ParameterSpec("speaker", .entity, keyword: "by", help: "who")],
                 example: "quotes by Gantz", evaluate: run),
        VerbSpec(name: "where", category: .table, summary: "filter", input: .required(.table), example: "where x > 1",
                 evaluate: nil),
        VerbSpec(name: "sort", category: .table, summary: "order", input: .required(.table), example: "sort x desc",
                 evaluate: nil),
        VerbSpec(name: "select", category: .table, summary: "columns", input: .required(.table), example: "select a",
                 evaluate: nil),
        VerbSpec(name: "help", category: .language, summary: "help", example: "help kwic", evaluate: run),
    ])
}()

private let completer = RegistryCompleter(
    registry: testRegistry, variables: ["hits", "hamas_docs"], variableColumns: ["hits": ["doc", "match", "right"]],
    functions: ["quotes_on"], directives: [":save", ":open", ":quit"], entities: ["Benny Gantz", "Hamas"])

/// What Tab would insert or list for `line`.
private func tab(_ line: String) -> CompletionAction {
    Completion.action(lineBeforeCursor: line, candidates: completer.candidates(line: line))
}

@Suite struct RegistryCompleterTests {
    @Test func verbsAtStatementStart() {
        #expect(tab("he") == .replace(deleting: 2, text: "help "))
        #expect(tab("kw") == .replace(deleting: 2, text: "kwic "))
        #expect(tab("le") == .replace(deleting: 2, text: "let "))
        #expect(tab("quotes_") == .replace(deleting: 7, text: "quotes_on "))
        // Stages that need input do not start statements.
        #expect(tab("wh") == .none)
        #expect(tab("docs; wh") == .none)
        #expect(tab("docs; kw") == .replace(deleting: 2, text: "kwic "))
    }

    @Test func stagesAfterAPipe() {
        #expect(tab("docs | wh") == .replace(deleting: 2, text: "where "))
        #expect(tab("docs | se") == .replace(deleting: 2, text: "select "))
        #expect(tab("docs | s") == .list(["select", "sort"]))
        #expect(tab("let x = docs | so") == .replace(deleting: 2, text: "sort "))
        #expect(tab("let x = do") == .replace(deleting: 2, text: "docs "))
    }

    @Test func columnsOfTheInputTable() {
        #expect(tab("docs | where wo") == .replace(deleting: 2, text: "words "))
        #expect(tab("docs | where words > 10 | sort ti") == .replace(deleting: 2, text: "title "))
        #expect(tab("docs | sort words de") == .replace(deleting: 2, text: "desc "))
        #expect(tab("hits | where ma") == .replace(deleting: 2, text: "match "))
        #expect(tab("docs | select id, title | where ti") == .replace(deleting: 2, text: "title "))
        #expect(tab("docs | select id, title | where wo") == .none)
        #expect(tab("docs | select id, words * 2 as double | where dou") == .replace(deleting: 3, text: "double "))
    }

    @Test func optionsKeywordsAndChoices() {
        #expect(tab("kwic \"Gantz\" wi") == .replace(deleting: 2, text: "width="))
        #expect(tab("kwic \"Gantz\" sort=ri") == .replace(deleting: 2, text: "right "))
        #expect(tab("kwic \"Gantz\" width=50 ") == .list(["hamas_docs", "hits", "sort="]))
        #expect(tab("freq \"Hamas\" b") == .replace(deleting: 1, text: "by "))
        #expect(tab("freq \"Hamas\" by da") == .replace(deleting: 2, text: "date "))
    }

    @Test func entities() {
        #expect(tab("quotes by Ha") == .replace(deleting: 2, text: "Hamas "))
        #expect(completer.candidates(line: "quotes by ").contains("\"Benny Gantz\""))
        #expect(tab("quotes by \"Ben") == .replace(deleting: 3, text: "Benny Gantz "))
    }

    @Test func helpCompletesVerbNames() {
        #expect(tab("help kw") == .replace(deleting: 2, text: "kwic "))
    }

    @Test func directives() {
        #expect(tab(":sa") == .replace(deleting: 3, text: ":save "))
        #expect(tab(":save fi") == .none)
    }

    @Test func nothingInsideCommentsOrPlainStrings() {
        #expect(completer.candidates(line: "docs # wh").isEmpty)
        #expect(completer.candidates(line: "kwic \"ga").isEmpty)
        #expect(tab("kwic \"a|b\" | wh") == .replace(deleting: 2, text: "where "))
    }

    @Test func variablesInArguments() {
        #expect(tab("kwic ha") == .replace(deleting: 2, text: "hamas_docs "))
    }
}
