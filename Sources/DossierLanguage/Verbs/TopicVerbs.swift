import DossierModel
extension Registry {
    static var topicsVerb: VerbSpec {
        let cols = [
            ColumnSpec("topic", .string, "t1 … tK, by share of the corpus (largest first)"),
            ColumnSpec("share", .number, "topics table: share of the modelled words; documents table: θ, the topic's share of the document"),
            ColumnSpec("words", .string, "topics table: the most probable words, most probable first"),
            ColumnSpec("doc", .string, "documents table: the document"),
        ]
        return VerbSpec(
            name: "topics", category: .coverage,
            summary: "Topic model (LDA, collapsed Gibbs sampling): top words per topic and each document's topic shares.",
            input: .scope,
            parameters: [
                ParameterSpec("k", .integer, required: true, help: "number of topics, 2 to \(TopicModel.maxTopics)"),
                ParameterSpec("by", .choice(["topic", "doc"]), keyword: "by", help: "only the topics table, or only the documents table"),
            ],
            options: [
                OptionSpec("seed", .integer, default: .number(1), help: "the random seed: the same seed gives the same topics"),
                OptionSpec("iterations", .integer, default: .number(200), help: "Gibbs sweeps, 1 to \(TopicModel.maxIterations)"),
                OptionSpec("words", .integer, default: .number(8), help: "top words listed per topic, 1 to 50"),
                OptionSpec("min", .integer, default: .number(2), help: "words in fewer documents are left out of the model"),
            ],
            columns: cols,
            details: """
                LDA with α = 0.1, β = 0.01, fitted by collapsed Gibbs sampling: a seeded SplitMix64 draws the \
                initial topics and every sample, tokens are visited in corpus order for exactly `iterations` sweeps, \
                so the same corpus, K and seed give the same tables byte for byte. The vocabulary is the words with \
                a letter, not English stop words, in at least min= documents of the scope. Topics are numbered by \
                their share of the modelled words (ties by the sampler's index); words by probability (ties by \
                term). Returns two tables: topics [topic, share, words] and documents [doc, topic, share] (every \
                document in scope × every topic). `topics K | trend` charts each topic's words per period. The \
                work (tokens × K × iterations) is capped at 3·10¹⁰ steps, and Ctrl-C stops the sampler between sweeps.
                """,
            example: "topics 5 seed=1 | trend by month | chart",
            evaluate: { call, state throws(Diagnostic) -> Value in
                try TopicsVerb.evaluate(call, state.corpus, cancellation: state.cancellation)
            })
    }
}

enum TopicsVerb {
    static func evaluate(_ call: VerbCall, _ c: Corpus, cancellation: Cancellation? = nil) throws(Diagnostic) -> Value {
        guard let k = call.int("k"), (2...TopicModel.maxTopics).contains(k) else {
            throw call.error("K must be a whole number from 2 to \(TopicModel.maxTopics)", at: "k")
        }
        let iterations = try CorpusVerbSupport.positiveInt(call, "iterations", default: 200, max: TopicModel.maxIterations)
        guard iterations >= 1 else { throw call.error("iterations must be from 1 to \(TopicModel.maxIterations)", at: "iterations") }
        let top = try CorpusVerbSupport.positiveInt(call, "words", default: 8, max: 50)
        let minDocs = try CorpusVerbSupport.positiveInt(call, "min", default: 2)
        guard let seed = call.int("seed"), seed >= 0 else { throw call.error("seed must be a whole number from 0", at: "seed") }
        let docs = c.scopedDocuments(call.scope)
        let (vocabulary, tokens) = TopicModel.vocabulary(c, documents: docs, minDocs: minDocs)
        guard !vocabulary.isEmpty else {
            throw call.error("no words to model: every word is a stop word or in fewer than \(minDocs) documents", at: "k",
                suggestion: "lower min=, or widen the scope")
        }
        let work = Double(tokens) * Double(k) * Double(iterations)
        guard work <= TopicModel.maxWork else {
            throw call.error(
                "topics \(k) over \(tokens) words × \(iterations) iterations is too much work", at: "k",
                suggestion: "fewer topics or iterations, or a smaller scope (docs | where … | topics …)")
        }
        guard
            let model = TopicModel.fit(
                c, documents: docs, k: k, iterations: iterations, seed: UInt64(seed), minDocs: minDocs, cancellation: cancellation)
        else {
            throw Evaluator.interrupted(at: call.range)
        }
        let order = model.topicOrder
        var topicRows: [[Value]] = []
        for (rank, t) in order.enumerated() {
            let words = model.topWords(t, top).map { c.lexicon.term(Int($0)) }.joined(separator: ", ")
            topicRows.append([.string("t\(rank + 1)"), CorpusVerbSupport.rounded(model.share(of: t)), .string(words)])
        }
        var docRows: [[Value]] = []
        for (j, d) in docs.enumerated() {
            for (rank, t) in order.enumerated() {
                docRows.append([.string(c.documents[d].id), .string("t\(rank + 1)"), CorpusVerbSupport.rounded(model.documentShare(j, t))])
            }
        }
        let topics = Table(
            columns: [Column("topic", .string), Column("share", .number), Column("words", .string)], rows: topicRows, unit: "topics")
        let documents = Table(
            columns: [Column("doc", .string), Column("topic", .string), Column("share", .number)], rows: docRows, unit: "rows")
        switch call.string("by") {
        case "topic": return .table(topics)
        case "doc": return .table(documents)
        default: return .list([.table(topics), .table(documents)])
        }
    }
}
