import DossierModel
import DossierExtraction

extension Registry {
    static var corpusDocumentVerbs: [VerbSpec] { [docsVerb, showVerb, sentencesVerb, statsVerb] }

    static let docsColumns: [ColumnSpec] = [
        ColumnSpec("#", .number, "the document's number (0-based, in id order)"),
        ColumnSpec("id", .string, "the file path without extension, or the record's id"),
        ColumnSpec("date", .date, "publication date, when known"),
        ColumnSpec("title", .string, "front-matter title, else the start of the first sentence"),
        ColumnSpec("words", .number, "word tokens"),
        ColumnSpec("sentences", .number, "sentences"),
    ]

    static var docsVerb: VerbSpec {
        VerbSpec(
            name: "docs", category: .corpus, summary: "List the documents with their metadata.", input: .scope,
            columns: docsColumns,
            details: "Metadata fields from front matter, JSON or CSV follow as extra text columns (source, url, …), in order of first appearance, usable in `where`.",
            example: "docs | where date >= 2024-03-01 | sort date",
            evaluate: { call, state throws(Diagnostic) -> Value in
                let c = state.corpus
                let meta = c.metadataNames
                var cols = docsColumns.map { Column($0.name, $0.type) }
                cols += meta.map { Column($0, .string) }
                var rows: [[Value]] = []
                for d in c.scopedDocuments(call.scope) {
                    let doc = c.documents[d]
                    var row: [Value] = [
                        .number(Double(d)), .string(doc.id), doc.date.map { .date($0) } ?? .null, .string(doc.title),
                        .number(Double(doc.wordCount)), .number(Double(doc.sentences.count)),
                    ]
                    for m in meta { row.append(doc.metadataValue(m).map { .string($0) } ?? .null) }
                    rows.append(row)
                }
                return .table(Table(columns: cols, rows: rows, unit: "documents"))
            })
    }

    static var showVerb: VerbSpec {
        VerbSpec(
            name: "show", category: .corpus, summary: "Show one document with its sentences numbered.",
            parameters: [ParameterSpec("doc", .document, required: true, help: "document number (0-based) or id (prefix)")],
            example: "show 2",
            evaluate: { call, state throws(Diagnostic) -> Value in
                let c = state.corpus
                let d = try CorpusVerbSupport.document(call, "doc", in: c)
                let doc = c.documents[d]
                var fields: [Field] = [
                    Field("id", .string(doc.id)), Field("title", .string(doc.title)),
                    Field("date", doc.date.map { .date($0) } ?? .null),
                    Field("words", .number(Double(doc.wordCount))),
                    Field("sentences", .number(Double(doc.sentences.count))),
                ]
                for m in doc.metadata { fields.append(Field(m.name, .string(m.value))) }
                let sentences = doc.sentences.indices.map { doc.sentenceText($0) }
                return .document(DocumentValue(index: d, id: doc.id, fields: fields, sentences: sentences))
            })
    }

    static var sentencesVerb: VerbSpec {
        let cols = [
            ColumnSpec("doc", .string, "document id"),
            ColumnSpec("sentence", .number, "sentence number in the document (from 1)"),
            ColumnSpec("text", .string, "the sentence"),
        ]
        return VerbSpec(
            name: "sentences", category: .corpus, summary: "List sentences, of one document or of all in scope.",
            input: .scope,
            parameters: [ParameterSpec("doc", .document, help: "only this document (number or id prefix)")],
            columns: cols, example: "sentences 1 | top 5",
            evaluate: { call, state throws(Diagnostic) -> Value in
                let c = state.corpus
                let docs = call.has("doc") ? [try CorpusVerbSupport.document(call, "doc", in: c)] : c.scopedDocuments(call.scope)
                var rows: [[Value]] = []
                for d in docs {
                    let doc = c.documents[d]
                    for s in doc.sentences.indices {
                        rows.append([.string(doc.id), .number(Double(s + 1)), .string(doc.sentenceText(s))])
                    }
                }
                return .table(CorpusVerbSupport.table(cols, rows: rows, unit: "sentences"))
            })
    }

    static var statsVerb: VerbSpec {
        VerbSpec(
            name: "stats", category: .corpus, summary: "Corpus statistics: documents, words, types, sentences, dates.",
            input: .scope,
            details: "words counts word tokens (possessive 's not counted); types counts distinct case-folded words.",
            example: "stats",
            evaluate: { call, state throws(Diagnostic) -> Value in
                let c = state.corpus
                let docs = c.scopedDocuments(call.scope)
                var words = 0, sentences = 0
                var dated: [Day] = []
                var types = Set<UInt32>()
                for d in docs {
                    words += c.documents[d].wordCount
                    sentences += c.documents[d].sentences.count
                    if let day = c.documents[d].date { dated.append(day) }
                    if call.scope != nil { for k in c.docTokenStart[d]..<c.docTokenStart[d + 1] { types.insert(c.tokenTerm[k]) } }
                }
                let typeCount = call.scope == nil ? Set(c.tokenTerm).count : types.count
                var range: Value = .null
                if let lo = dated.min(), let hi = dated.max() { range = .string(lo.iso + " – " + hi.iso) }
                return .record(Record(title: c.name, fields: [
                    Field("documents", .number(Double(docs.count))),
                    Field("words", .number(Double(words))),
                    Field("types", .number(Double(typeCount))),
                    Field("sentences", .number(Double(sentences))),
                    Field("dated documents", .number(Double(dated.count))),
                    Field("date range", range),
                ]))
            })
    }
}
