import DossierModel
import Foundation

extension Registry {
    static var keywordsVerb: VerbSpec {
        let cols = [
            ColumnSpec("term", .string, "the word"),
            ColumnSpec("target", .number, "occurrences in the target documents"),
            ColumnSpec("reference", .number, "occurrences in the reference"),
            ColumnSpec("g2", .number, "signed log-likelihood G² (positive: more frequent in the target), 3 decimals"),
            ColumnSpec("logratio", .number, "log2 of the ratio of relative frequencies (effect size), 3 decimals"),
            ColumnSpec("pdiff", .number, "%DIFF: how much more frequent in the target, in percent of the reference rate, 1 decimal"),
        ]
        return VerbSpec(
            name: "keywords", category: .statistics, summary: "Words characteristic of some documents against others or a reference corpus.",
            input: .scope,
            parameters: [
                ParameterSpec("docs", .documents, variadic: true, help: "target documents (default: the piped scope)"),
                ParameterSpec(
                    "against", .documents, keyword: "against",
                    help: "reference: a document, a [list], a table with a doc column, or a corpus folder \"path\" (default: the rest of the corpus)"),
            ],
            options: [
                OptionSpec("measure", .choice(["llr", "logratio", "pdiff"]), default: .string("llr"), help: "the column rows are sorted by"),
                OptionSpec("min", .integer, default: .number(2), help: "smallest count in the target"),
                OptionSpec("stop", .bool, default: .bool(true), help: "leave out English stop words"),
            ],
            columns: cols,
            details: """
                The 2×2 table per word: target and reference rows, this word and all other tokens as columns. \
                g2 = ±2·Σ O·ln(O/E) over the four cells, negative when the word is rarer in the target; \
                logratio = log2((a/Nt)/(b/Nr)) (Hardie's effect size; 0.5 stands in for a zero count); \
                pdiff = (a/Nt − b/Nr)·100/(b/Nr) (Gabrielatos' %DIFF, same 0.5). A reference folder is opened like a \
                corpus and compared word by word. Several reference documents go in a list, `against [0, 3]`: \
                documents written after `against X` are an error rather than silently taken as targets. Sorted by \
                the measure, then term.
                """,
            example: "keywords 3 against [0, 1] | top 10",
            evaluate: { call, state throws(Diagnostic) -> Value in try Keyness.evaluate(call, state) })
    }
}

/// Keyness of target documents against reference documents or a reference corpus.
enum Keyness {
    struct Counts {
        var count: (String) -> Int
        var tokens: Int
    }

    static func evaluate(_ call: VerbCall, _ state: SessionState) throws(Diagnostic) -> Value {
        let c = state.corpus
        if let docsRange = call.argumentRanges["docs"], let againstRange = call.argumentRanges["against"],
            docsRange.end > againstRange.start
        {
            throw Diagnostic.error(
                "documents after 'against …' are ambiguous", at: SourceRange(start: againstRange.end, end: docsRange.end),
                suggestion: "give targets first and several references as a list, e.g. keywords 1 against [0, 3]")
        }
        var target: [Int]
        if let v = call.arguments["docs"], v != .list([]) {
            target = try CorpusVerbSupport.documents(v, call, "docs", in: c)
        } else if let s = call.scope {
            target = s
        } else {
            throw call.error("keywords needs target documents", at: "docs", suggestion: "for example: keywords 3, or docs | where … | keywords")
        }
        target = c.scopedDocuments(target)
        let reference = try referenceCounts(call, state, target: target)
        let measure = call.string("measure") ?? "llr"
        let minimum = try CorpusVerbSupport.positiveInt(call, "min", default: 2)
        let skip = call.bool("stop") ?? true
        let stop = c.stopMask()
        let tc = c.termCounts(scope: target).counts
        let tn = Double(target.reduce(0) { $0 + c.docTokenStart[$1 + 1] - c.docTokenStart[$1] })
        let rn = Double(reference.tokens)
        guard tn > 0, rn > 0 else {
            throw call.error(rn == 0 ? "the reference has no words" : "the target documents have no words", at: rn == 0 ? "against" : "docs")
        }
        var rows: [(String, Int, Int, Double, Double, Double)] = []
        for t in 0..<c.lexicon.count where Int(tc[t]) >= max(1, minimum) {
            if skip, stop[t] { continue }
            let term = c.lexicon.term(t)
            let a = Double(tc[t]), b = Double(reference.count(term))
            let g2 = Corpus.association(.llr, O11: a, R1: tn, R2: rn, C1: a + b, N: tn + rn, nodeFrequency: a)
            let ra = max(a, 0.5) / tn, rb = max(b, 0.5) / rn
            rows.append((term, Int(a), Int(b), g2, log2(ra / rb), (ra - rb) * 100 / rb))
        }
        func key(_ r: (String, Int, Int, Double, Double, Double)) -> Double {
            measure == "logratio" ? r.4 : measure == "pdiff" ? r.5 : r.3
        }
        rows.sort { key($0) != key($1) ? key($0) > key($1) : $0.0 < $1.0 }
        let table = rows.map { r -> [Value] in
            [.string(r.0), .number(Double(r.1)), .number(Double(r.2)), CorpusVerbSupport.rounded(r.3),
             CorpusVerbSupport.rounded(r.4), CorpusVerbSupport.rounded(r.5, 1)]
        }
        let out = Table(
            columns: [Column("term", .string), Column("target", .number), Column("reference", .number), Column("g2", .number),
                      Column("logratio", .number), Column("pdiff", .number, decimals: 1)],
            rows: table, unit: "terms")
        return .table(out)
    }

    /// Word counts of the reference: documents of this corpus (default: all but the target) or a folder.
    static func referenceCounts(_ call: VerbCall, _ state: SessionState, target: [Int]) throws(Diagnostic) -> Counts {
        let c = state.corpus
        guard let v = call.arguments["against"] else {
            let t = Set(target)
            return sameCorpus(c, c.documents.indices.filter { !t.contains($0) })
        }
        if case .string(let path) = v, isFolderReference(path, state) {
            let resolved = try state.files.resolve(path, writing: false, at: call.argumentRanges["against"] ?? call.range)
            // Through the session corpus's model store (when it has one): a reference compared again
            // is served from its stored model, re-read only where its files changed.
            let other: Corpus
            do throws(CorpusError) { other = try Corpus.load(path: resolved, store: c.store) } catch {
                throw call.error("cannot open the reference corpus: \(error.description)", at: "against")
            }
            let counts = other.termCounts(scope: nil).counts
            return Counts(count: { other.lexicon.id(of: $0).map { Int(counts[Int($0)]) } ?? 0 }, tokens: other.tokenCount)
        }
        let reference = c.scopedDocuments(try CorpusVerbSupport.documents(v, call, "against", in: c))
        if !Set(reference).isDisjoint(with: target) {
            throw call.error("the reference shares documents with the target", at: "against")
        }
        return sameCorpus(c, reference)
    }

    static func sameCorpus(_ c: Corpus, _ docs: [Int]) -> Counts {
        let counts = c.termCounts(scope: docs).counts
        let tokens = docs.reduce(0) { $0 + c.docTokenStart[$1 + 1] - c.docTokenStart[$1] }
        return Counts(count: { c.lexicon.id(of: $0).map { Int(counts[Int($0)]) } ?? 0 }, tokens: tokens)
    }

    /// A text names a reference folder (or corpus file) when it exists on disk; otherwise it is a document id.
    static func isFolderReference(_ text: String, _ state: SessionState) -> Bool {
        FileManager.default.fileExists(atPath: state.files.realPath(text))
    }
}
