import DossierModel
import DossierExtraction

/// `dispersion TERM...`: AntConc's concordance plot, one row per document and term, a mark per hit.
enum OutputDispersion {
    static var spec: VerbSpec {
        VerbSpec(
            name: "dispersion", category: .output,
            summary: "Plot where terms occur along each document (one row per document, a mark per hit)",
            input: .scope,
            parameters: [
                ParameterSpec("terms", .pattern, required: true, variadic: true, help: "words, \"phrases\" or regexes r\"…\""),
                ParameterSpec("file", .string, keyword: "to", help: "also write the plot as SVG to this file (.svg)"),
            ],
            options: [
                OptionSpec("empty", .bool, default: .bool(true), help: "include documents without hits"),
                Registry.withinOption,
            ],
            details: """
                Words and phrases match whole words, ignoring case; a regex matches anywhere, ignoring case. Each \
                row is one document drawn to the same width: a mark at each hit's position as a share of the \
                document's length, labelled with the document id and its number of hits. A piped table with a \
                doc column restricts the plot to those documents.
                """,
            example: "dispersion \"Gantz\" \"Netanyahu\"",
            evaluate: { call, state throws(Diagnostic) in try evaluate(call, &state) })
    }

    static func evaluate(_ call: VerbCall, _ state: inout SessionState) throws(Diagnostic) -> Value {
        let terms = CorpusVerbSupport.values(call, "terms")
        guard !terms.isEmpty else {
            throw call.error("'dispersion' needs at least one term", suggestion: "e.g. dispersion \"Gantz\" \"Netanyahu\"")
        }
        for t in terms where !isUsable(t) {
            throw call.error("'dispersion' needs non-empty terms", at: "terms")
        }
        let includeEmpty = call.bool("empty") ?? true
        let documents = state.corpus.documents
        let indices = (call.scope ?? Array(documents.indices)).filter { documents.indices.contains($0) }
        var tracks: [Chart.Track] = []
        let corpus = state.corpus
        for term in terms {
            let label = term.string ?? term.cellText  // a regex keeps its r"…" form
            // The same matching as kwic and freq: the index, in token positions.
            let (m, _) = try CorpusVerbSupport.matches(term, call, "terms", in: corpus, stem: false)
            var byDoc = [[Int]](repeating: [], count: documents.count)
            for start in m.starts {
                let d = corpus.document(ofToken: Int(start))
                byDoc[d].append(Int(start) - corpus.docTokenStart[d])
            }
            for i in indices {
                let length = corpus.docTokenStart[i + 1] - corpus.docTokenStart[i]
                if !includeEmpty, byDoc[i].isEmpty { continue }
                tracks.append(Chart.Track(label: documents[i].id, term: label, length: length, positions: byDoc[i]))
            }
        }
        let names = terms.map { Chart.quotedTerm($0.string ?? $0.cellText, curly: true) }.joined(separator: ", ")
        var chart = Chart(
            kind: .dispersion, title: "Dispersion of \(names)", xLabel: "position in document", yLabel: "document",
            tracks: tracks)
        try OutputFile.saveSVG(&chart, what: "plots", call: call, state: state)
        return .chart(chart)
    }

    /// A regex, or a string with something besides white space.
    static func isUsable(_ term: Value) -> Bool {
        switch term {
        case .regex(let r): return !r.isEmpty
        case .string(let s): return s.contains { !$0.isWhitespace }
        default: return false
        }
    }
}
