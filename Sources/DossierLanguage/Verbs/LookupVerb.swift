import DossierModel
import Foundation

extension Registry {
    static let lookupColumns = [
            ColumnSpec("doc", .string, "the document (by doc)"),
            ColumnSpec("category", .string, "the dictionary category (nested ones as parent.child)"),
            ColumnSpec("count", .number, "occurrences of the category's patterns"),
            ColumnSpec("words", .number, "the document's words"),
        ]

    static var lookupVerb: VerbSpec {
        VerbSpec(
            name: "lookup", category: .coverage,
            summary: "Count a dictionary's categories (quanteda YAML, glob patterns) per document or per period.",
            input: .scope,
            parameters: [
                ParameterSpec("file", .string, required: true, help: "the dictionary: a YAML file of categories and patterns"),
                ParameterSpec("by", .choice(["doc", "auto", "day", "week", "month", "year"]), keyword: "by", help: "per document (default) or per period"),
            ],
            options: [OptionSpec("per", .number, default: .number(10000), help: "per period: normalise per this many words")],
            columns: lookupColumns,
            details: """
                The dictionary is YAML in quanteda's layout: `category: [pattern, …]`, or a mapping of \
                subcategories (named parent.child). A pattern is a word, a glob (`terror*`, `colo?r`: * any \
                letters, ? one) or a phrase of such words; matching is case-insensitive on whole words. A \
                token matched by several one-word patterns of a category counts once. By doc: one row per \
                document in scope and category (zeros included), in corpus then dictionary order. By a period: \
                the layout of `trend` (one series per category, rate per `per` words), which `chart` draws \
                as lines; `lookup FILE | trend` gives the same. A file that is not such a dictionary is an \
                error naming its line and column.
                """,
            example: "lookup \"frames.yml\" by month | chart",
            evaluate: { call, state throws(Diagnostic) -> Value in try LookupVerb.evaluate(call, state) })
    }
}

enum LookupVerb {
    /// Glob patterns × word types one lookup may match (a few seconds).
    static let maxGlobWork = 300_000_000.0

    static func evaluate(_ call: VerbCall, _ state: SessionState) throws(Diagnostic) -> Value {
        let c = state.corpus
        let dictionary = try load(call, state)
        // Each glob scans the lexicon: bound the work a dictionary file can ask for.
        guard Double(dictionary.globCount) * Double(c.lexicon.count) <= maxGlobWork else {
            throw call.error(
                "the dictionary has \(dictionary.globCount) glob patterns, too many for \(c.lexicon.count) word types", at: "file",
                suggestion: "at most \(Int(maxGlobWork) / max(1, c.lexicon.count)) globs on this corpus")
        }
        let docs = c.scopedDocuments(call.scope)
        let counts = dictionary.counts(in: c, documents: docs)
        let by = call.string("by") ?? "doc"
        if by != "doc" {
            let series = dictionary.categories.enumerated().map { k, category in
                TrendVerb.Series(label: category.name, weights: counts[k].mapValues(Double.init))
            }
            var trendCall = call
            trendCall.arguments["by"] = .string(by)
            let dated = docs.filter { c.documents[$0].date != nil }
            return .table(try TrendVerb.table(series, docs: dated, groupOf: [:], per: try TrendVerb.per(call), call: trendCall, c))
        }
        var rows: [[Value]] = []
        for d in docs {
            for (k, category) in dictionary.categories.enumerated() {
                rows.append([
                    .string(c.documents[d].id), .string(category.name), .number(Double(counts[k][d] ?? 0)),
                    .number(Double(c.documents[d].wordCount)),
                ])
            }
        }
        return .table(CorpusVerbSupport.table(Registry.lookupColumns, rows: rows, unit: "rows"))
    }

    /// Reads and parses the dictionary file; problems name the file, line and column.
    static func load(_ call: VerbCall, _ state: SessionState) throws(Diagnostic) -> WordDictionary {
        guard let path = call.string("file") else { throw call.error("lookup needs a dictionary file", at: "file") }
        let resolved = try state.files.resolve(path, writing: false, at: call.argumentRanges["file"] ?? call.range)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: resolved),
            let type = attributes[.type] as? FileAttributeType, type == .typeRegular
        else { throw call.error("no dictionary file '\(path)'", at: "file") }
        if let size = attributes[.size] as? Int, size > WordDictionary.maxBytes {
            throw call.error("'\(path)' is larger than 8 MB", at: "file")
        }
        guard let data = FileManager.default.contents(atPath: resolved), let text = String(data: data, encoding: .utf8) else {
            throw call.error("cannot read '\(path)' as UTF-8 text", at: "file")
        }
        do throws(WordDictionary.Problem) {
            return try WordDictionary.parse(yaml: text)
        } catch {
            throw call.error("\(path):\(error.line):\(error.column): \(error.message)", at: "file")
        }
    }
}
