import DossierModel
extension Registry {
    static let duplicateDetails = """
        MinHash over 5-word shingles (case-folded words, one-permutation hashing into 128 bins with a fixed \
        seed, LSH bands of 4 rows): two documents are near copies when their sketches agree on at least \
        threshold of the bins (the estimated Jaccard similarity of their shingle sets); exact copies score 1. \
        Near-copy pairs join into clusters. In each cluster the kept document is the earliest (by date; \
        undated after dated; ties by id); the others are its copies. Thresholds below 0.5 miss pairs (the \
        bands are tuned for 0.8).
        """

    static var duplicatesVerb: VerbSpec {
        let cols = [
            ColumnSpec("cluster", .number, "the story cluster, numbered from 1 in the order of their kept documents"),
            ColumnSpec("doc", .string, "the document"),
            ColumnSpec("date", .date, "its date"),
            ColumnSpec("title", .string, "its title"),
            ColumnSpec("similarity", .number, "estimated Jaccard similarity to the kept document, 3 decimals"),
            ColumnSpec("kept", .bool, "true for the one document `dedupe` keeps"),
        ]
        return VerbSpec(
            name: "duplicates", category: .coverage, summary: "Near-duplicate documents as story clusters with their members.",
            input: .scope,
            options: [OptionSpec("threshold", .number, default: .number(0.8), help: "least similarity of near copies, 0.5 to 1")],
            columns: cols, details: duplicateDetails,
            example: "duplicates threshold=0.8",
            evaluate: { call, state throws(Diagnostic) -> Value in
                let c = state.corpus
                let threshold = try DuplicateSupport.threshold(call)
                var rows: [[Value]] = []
                for (k, cluster) in NearDuplicates.clusters(c, documents: c.scopedDocuments(call.scope), threshold: threshold).enumerated() {
                    for (i, d) in cluster.members.enumerated() {
                        let doc = c.documents[d]
                        rows.append([
                            .number(Double(k + 1)), .string(doc.id), doc.date.map(Value.date) ?? .null, .string(doc.title),
                            CorpusVerbSupport.rounded(cluster.similarity[i]), .bool(i == 0),
                        ])
                    }
                }
                return .table(CorpusVerbSupport.table(cols, rows: rows, unit: "documents"))
            })
    }

    static var dedupeVerb: VerbSpec {
        VerbSpec(
            name: "dedupe", category: .coverage,
            summary: "Keep one document per story cluster (the earliest) in a piped table of documents.",
            input: .required(.table),
            options: [OptionSpec("threshold", .number, default: .number(0.8), help: "least similarity of near copies, 0.5 to 1")],
            details: duplicateDetails + " The rows of the piped table (with a doc or id column) keep their order; a row "
                + "whose document is a copy of another document in the table is dropped, so `docs | dedupe | kwic …` "
                + "runs any verb on the deduplicated corpus.",
            example: "docs | dedupe | kwic \"ceasefire\"",
            evaluate: { call, state throws(Diagnostic) -> Value in
                let c = state.corpus
                guard var table = call.input?.table else { throw call.error("'dedupe' needs a table of documents piped in") }
                guard let column = table.columnIndex("doc") ?? table.columnIndex("id") else {
                    throw call.error("'dedupe' needs a table with a doc or id column", suggestion: "e.g. docs | dedupe")
                }
                let threshold = try DuplicateSupport.threshold(call)
                var docs: [Int] = []
                for row in table.rows { if case .string(let id) = row[column], let d = c.documentIndex(id: id) { docs.append(d) } }
                var dropped = Set<Int>()
                for cluster in NearDuplicates.clusters(c, documents: Array(Set(docs)).sorted(), threshold: threshold) {
                    dropped.formUnion(cluster.members.dropFirst())
                }
                table.rows = table.rows.filter { row in
                    guard case .string(let id) = row[column], let d = c.documentIndex(id: id) else { return true }
                    return !dropped.contains(d)
                }
                table.total = nil
                return .table(table)
            })
    }
}

enum DuplicateSupport {
    static func threshold(_ call: VerbCall) throws(Diagnostic) -> Double {
        let t = call.number("threshold") ?? 0.8
        guard t.isFinite, t >= 0.5, t <= 1 else { throw call.error("threshold must be from 0.5 to 1", at: "threshold") }
        return t
    }
}
