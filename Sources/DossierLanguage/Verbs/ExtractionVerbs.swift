import Foundation
import DossierModel
import DossierExtraction

extension Registry {
    /// Entities, quotes, dates, figures and curation verbs.
    static var extractionVerbs: [VerbSpec] {
        [entitiesVerb, mentionsVerb, whoVerb, quotesVerb, timelineVerb, claimsVerb, discrepanciesVerb, coocVerb, graphVerb]
            + curationVerbs
    }

    typealias X = ExtractionVerbSupport

    static var entitiesVerb: VerbSpec {
        let cols = [
            ColumnSpec("name", .string, "canonical name"), ColumnSpec("type", .string, "person, organization, place or group"),
            ColumnSpec("mentions", .number, "mentions in scope"), ColumnSpec("docs", .number, "documents mentioning it"),
            ColumnSpec("aliases", .list, "other surface forms"),
        ]
        return VerbSpec(
            name: "entities", category: .extraction, summary: "Named entities with their mention counts and aliases",
            input: .scope,
            parameters: [ParameterSpec("type", X.typeChoice, help: "only entities of this type")],
            columns: cols,
            details: "Rule-based: capitalised spans, gazetteers (countries, demonyms, cities, organisations, titles, given names), "
                + "acronyms defined in the text, surnames joined to full names, near-spellings joined and flagged. "
                + "Sorted by mentions (desc), then name.",
            example: "entities person | top 10"
        ) { call, state throws(Diagnostic) in
            let a = X.annotations(&state)
            let scope = X.inScope(call)
            let type = X.entityType(call)
            let (mentions, docs) = X.mentionCounts(a, scope: scope)
            let ids = a.entities.indices.filter { mentions[$0] > 0 && (type == nil || a.entities[$0].type == type) }
                .sorted { mentions[$0] != mentions[$1] ? mentions[$0] > mentions[$1] : a.entities[$0].name < a.entities[$1].name }
            let rows: [[Value]] = ids.map { i in
                let e = a.entities[i]
                return [.string(e.name), .string(e.type.rawValue), .number(Double(mentions[i])), .number(Double(docs[i])),
                    .list(e.aliases.map { .string($0) })]
            }
            return .table(CorpusVerbSupport.table(cols, rows: rows, unit: "entities"))
        }
    }

    static var mentionsVerb: VerbSpec {
        let cols = [
            ColumnSpec("doc", .string, "document id"), ColumnSpec("sentence", .number, "sentence number in the document (from 1)"),
            ColumnSpec("left", .string, "text before"), ColumnSpec("match", .string, "the name as written"),
            ColumnSpec("right", .string, "text after"),
        ]
        return VerbSpec(
            name: "mentions", category: .extraction, summary: "Every mention of an entity, under any of its names, in context",
            input: .scope,
            parameters: [ParameterSpec("name", .entity, required: true, help: "an entity name or alias")],
            columns: cols,
            example: "mentions \"Netanyahu\""
        ) { call, state throws(Diagnostic) in
            let a = X.annotations(&state)
            let e = try X.entity(call, "name", in: a)
            let scope = X.inScope(call)
            var rows: [[Value]] = []
            for m in a.mentions where m.entity == e && scope(m.doc) && state.corpus.documents.indices.contains(m.doc) {
                let doc = state.corpus.documents[m.doc]
                var text = doc.text
                let (l, mt, r) = text.withUTF8 { X.context(doc, bytes: $0, sentence: m.sentence, range: m.range) }
                rows.append([.string(doc.id), .number(Double(m.sentence + 1)), .string(l), .string(mt), .string(r)])
            }
            return .table(CorpusVerbSupport.table(
                cols, roles: ["left": .leftContext, "match": .match, "right": .rightContext], rows: rows, unit: "mentions"))
        }
    }

    static var whoVerb: VerbSpec {
        VerbSpec(
            name: "who", category: .extraction, summary: "Profile of an entity: type, aliases, roles, documents, quotes, co-mentions",
            input: .scope,
            parameters: [ParameterSpec("name", .entity, required: true, help: "an entity name or alias")],
            details: "Co-mentioned entities are those sharing a sentence, by shared sentences (desc) then name; at most 10.",
            example: "who \"Netanyahu\""
        ) { call, state throws(Diagnostic) in
            let a = X.annotations(&state)
            let e = try X.entity(call, "name", in: a)
            let scope = X.inScope(call)
            let ent = a.entities[e]
            var docs = Set<Int>()
            var count = 0
            var sentences = Set<UInt64>()
            for m in a.mentions where m.entity == e && scope(m.doc) {
                count += 1
                docs.insert(m.doc)
                sentences.insert(X.packed(m.doc, m.sentence))
            }
            var co: [Int: Int] = [:]
            var seen = Set<SIMD2<UInt64>>()
            for m in a.mentions where m.entity != e {
                let key = X.packed(m.doc, m.sentence)
                guard sentences.contains(key) else { continue }
                if seen.insert(SIMD2(key, UInt64(truncatingIfNeeded: m.entity))).inserted { co[m.entity, default: 0] += 1 }
            }
            let coList = co.sorted { $0.value != $1.value ? $0.value > $1.value : a.entities[$0.key].name < a.entities[$1.key].name }
                .prefix(10).map { Value.string("\(a.entities[$0.key].name) (\($0.value))") }
            let quotes = a.quotes.filter { $0.speaker == e && $0.kind == .speech && scope($0.doc) }
                .map { Value.string("\u{201C}\($0.text)\u{201D} (\(X.docID(state, $0.doc).cellText))") }
            var fields = [
                Field("type", .string(ent.type.rawValue)),
                Field("aliases", .list(ent.aliases.map { .string($0) })),
                Field("roles", .list(ent.roles.map { .string($0) })),
                Field("mentions", .number(Double(count))),
                Field("documents", .list(docs.sorted().map { X.docID(state, $0) })),
                Field("quotes", .list(quotes)),
                Field("co-mentioned", .list(coList)),
            ]
            if !ent.misspellings.isEmpty {
                fields.insert(Field("likely misspellings", .list(ent.misspellings.map { .string($0) })), at: 2)
            }
            return .record(Record(title: ent.name, fields: fields))
        }
    }

    static var quotesVerb: VerbSpec {
        let cols = [
            ColumnSpec("speaker", .string, "canonical name of the speaker (— when unknown)"),
            ColumnSpec("quote", .string, "the words between the marks"),
            ColumnSpec("cue", .string, "the attributing verb or phrase (— when none)"), ColumnSpec("doc", .string, "document id"),
        ]
        return VerbSpec(
            name: "quotes", category: .extraction, summary: "Direct quotes with speaker and cue",
            input: .scope,
            parameters: [ParameterSpec("speaker", .entity, keyword: "by", help: "only quotes by this entity")],
            options: [OptionSpec("kind", .choice(["speech", "scare", "all"]), default: .string("speech"),
                help: "speech, scare quotes of a term, or all")],
            columns: cols,
            details: "Speakers come from a cue before or after the quote (said, told, noted, according to, ...), pronouns resolve "
                + "to the person last in focus, an uncued quote continues the previous speaker or repeats an attributed one. "
                + "In document and text order.",
            example: "quotes by \"Volker Turk\""
        ) { call, state throws(Diagnostic) in
            let a = X.annotations(&state)
            let scope = X.inScope(call)
            var speaker: Int?
            if call.has("speaker") { speaker = try X.entity(call, "speaker", in: a) }
            let kind = call.string("kind") ?? "speech"
            let rows: [[Value]] = a.quotes.filter { q in
                scope(q.doc) && (speaker == nil || q.speaker == speaker)
                    && (kind == "all" || q.kind.rawValue == kind)
            }.map { q in
                [q.speaker.map { .string(a.entities[$0].name) } ?? .null, .string(q.text), q.cue.map { .string($0) } ?? .null,
                    X.docID(state, q.doc)]
            }
            return .table(CorpusVerbSupport.table(cols, rows: rows, unit: "quotes"))
        }
    }

    static var timelineVerb: VerbSpec {
        let cols = [
            ColumnSpec("date", .date, "the resolved day (— when it cannot be resolved)"),
            ColumnSpec("precision", .string, "what the expression names: day, month or year"),
            ColumnSpec("text", .string, "the sentence, with the date expression"), ColumnSpec("doc", .string, "document id"),
        ]
        return VerbSpec(
            name: "timeline", category: .extraction, summary: "Dated statements in date order",
            input: .scope,
            options: [OptionSpec("undated", .bool, default: .bool(true), help: "also list dates that cannot be resolved")],
            columns: cols,
            details: "A day without a year takes the one nearest the document date: the latest not after it, or up to "
                + "three days ahead (a dateline filed overnight); the earliest not before it when the sentence speaks of "
                + "the future (will, due, expected, next ...). Relative dates (Monday, this week, last month, today) "
                + "resolve against the document date (a week to its Monday, a month to its first day, a year to January "
                + "1); precision says whether the expression names a day, a month or a year. "
                + "Resolved rows come first by date, then unresolved ones in document order.",
            example: "timeline | where date >= 2024-03-01"
        ) { call, state throws(Diagnostic) in
            let a = X.annotations(&state)
            let scope = X.inScope(call)
            let undated = call.bool("undated") ?? true
            let dates = a.dates
            // Indices, not the mentions, are sorted; rows are built only for dates in the corpus.
            let order = dates.indices.filter { scope(dates[$0].doc) && (dates[$0].day != nil || undated) }.sorted { i, j in
                let x = dates[i], y = dates[j]
                switch (x.day, y.day) {
                case let (p?, q?) where p != q: return p < q
                case (.some, nil): return true
                case (nil, .some): return false
                default: return (x.doc, x.range.lowerBound, i) < (y.doc, y.range.lowerBound, j)
                }
            }
            let documents = state.corpus.documents
            var rows: [[Value]] = []
            rows.reserveCapacity(order.count)
            for i in order where documents.indices.contains(dates[i].doc) {
                let d = dates[i]
                let text = "[\(d.text)] " + X.sentenceText(documents[d.doc], d.sentence)
                rows.append([d.day.map { .date($0) } ?? .null, .string(d.precision.rawValue), .string(text), .string(documents[d.doc].id)])
            }
            return .table(CorpusVerbSupport.table(cols, rows: rows, unit: "dates"))
        }
    }

    static var claimsVerb: VerbSpec {
        let cols = [
            ColumnSpec("value", .number, "the number as written (approximation not applied)"),
            ColumnSpec("approx", .string, "approximation words (well above, over, nearly)"),
            ColumnSpec("counts", .string, "what is counted"), ColumnSpec("text", .string, "the sentence"),
            ColumnSpec("doc", .string, "document id"),
        ]
        return VerbSpec(
            name: "claims", category: .extraction, summary: "Reported figures: value, approximation, what they count",
            input: .scope,
            parameters: [ParameterSpec("text", .string, help: "only figures whose counted thing or sentence mentions these words")],
            columns: cols,
            details: "Every word of TEXT must match (as a word prefix) the counted thing or the sentence; reporting nouns "
                + "(toll, count, total, figure, number) are optional, so 'death toll' finds '31,000 deaths'. When no figure "
                + "matches all words, figures matching any word are listed. In document and text order.",
            example: "claims \"death toll\""
        ) { call, state throws(Diagnostic) in
            let a = X.annotations(&state)
            let scope = X.inScope(call)
            func sentence(_ f: Figure) -> String {
                guard state.corpus.documents.indices.contains(f.doc) else { return "" }
                return X.sentenceText(state.corpus.documents[f.doc], f.sentence)
            }
            var figs = a.figures.filter { scope($0.doc) }
            if let q = call.string("text")?.lowercased(), !q.isEmpty {
                var terms = q.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { stem(String($0)) }
                // "death toll" asks for deaths: the reporting noun is optional
                let reporting: Set<String> = ["toll", "count", "tally", "total", "figure", "number"]
                if terms.contains(where: { !reporting.contains($0) }) { terms.removeAll { reporting.contains($0) } }
                func score(_ f: Figure) -> Int {
                    let words = Set(((f.counts ?? "") + " " + sentence(f)).lowercased()
                        .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
                    return terms.filter { t in words.contains { $0.hasPrefix(t) } }.count
                }
                let all = figs.filter { score($0) == terms.count }
                figs = all.isEmpty ? figs.filter { score($0) > 0 } : all
            }
            let rows: [[Value]] = figs.map { f in
                [.number(f.value), f.approx.map { .string($0) } ?? .null, f.counts.map { .string($0) } ?? .null,
                    .string(sentence(f)), X.docID(state, f.doc)]
            }
            return .table(CorpusVerbSupport.table(cols, rows: rows, unit: "figures"))
        }
    }

    static func stem(_ w: String) -> String {
        w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") ? String(w.dropLast()) : w
    }

    static var discrepanciesVerb: VerbSpec {
        let cols = [
            ColumnSpec("about", .string, "what is counted (and where)"), ColumnSpec("values", .list, "the figures as written"),
            ColumnSpec("docs", .list, "the document of each figure"),
        ]
        return VerbSpec(
            name: "discrepancies", category: .extraction, summary: "The same quantity reported differently by different documents",
            input: .scope,
            columns: cols,
            details: "Figures counting the same thing (same head noun, 'death toll' read as deaths; durations and "
                + "percentages aside) in two or more documents about the same place (a place their sentences share, or "
                + "one sentence names and the other document mentions), with different values within a factor of two. "
                + "'about' names the counted thing and the place.",
            example: "discrepancies"
        ) { call, state throws(Diagnostic) in
            let a = X.annotations(&state)
            let rows: [[Value]] = a.discrepancies(scope: X.inScope(call)).map { d in
                [.string(d.about), .list(d.figures.map { .string($0.text) }), .list(d.figures.map { X.docID(state, $0.doc) })]
            }
            return .table(CorpusVerbSupport.table(cols, rows: rows, unit: "discrepancies"))
        }
    }

    static var coocVerb: VerbSpec {
        let cols = [
            ColumnSpec("a", .string, "first entity (by name)"), ColumnSpec("b", .string, "second entity"),
            ColumnSpec("sentences", .number, "sentences mentioning both"), ColumnSpec("docs", .number, "documents where they share a sentence"),
            ColumnSpec("score", .number, "Dice coefficient over sentences: 2·both / (a + b)"),
        ]
        return VerbSpec(
            name: "cooc", category: .extraction, summary: "Entity pairs that share sentences",
            input: .scope,
            parameters: [ParameterSpec("type", X.typeChoice, help: "only entities of this type")],
            columns: cols,
            example: "cooc person | top 10"
        ) { call, state throws(Diagnostic) in
            let a = X.annotations(&state)
            let c = X.cooccurrences(a, type: X.entityType(call), scope: X.inScope(call))
            let rows: [[Value]] = c.pairs.map { p -> (String, String, Int, Int, Double) in
                let na = c.sentenceCount[p.0] ?? 0, nb = c.sentenceCount[p.1] ?? 0
                return (a.entities[p.0].name, a.entities[p.1].name, p.2, p.3, na + nb > 0 ? 2 * Double(p.2) / Double(na + nb) : 0)
            }.sorted { x, y in
                if x.2 != y.2 { return x.2 > y.2 }
                if x.4 != y.4 { return x.4 > y.4 }
                return (x.0, x.1) < (y.0, y.1)
            }.map { [.string($0.0), .string($0.1), .number(Double($0.2)), .number(Double($0.3)), CorpusVerbSupport.rounded($0.4)] }
            return .table(CorpusVerbSupport.table(cols, rows: rows, unit: "pairs"))
        }
    }

    static var graphVerb: VerbSpec {
        VerbSpec(
            name: "graph", category: .extraction, summary: "Write the entity co-occurrence graph (DOT, GraphML or JSON)",
            input: .scope,
            parameters: [
                ParameterSpec("type", X.typeChoice, help: "only entities of this type"),
                ParameterSpec("file", .string, keyword: "to", required: true, help: "output file: .dot/.gv, .graphml or .json"),
            ],
            details: "Nodes are entities with their mention counts; edges join entities sharing a sentence, weighted by "
                + "the number of shared sentences. The format follows the file's extension.",
            example: "graph person to \"people.dot\""
        ) { call, state throws(Diagnostic) in
            let path = call.string("file") ?? ""
            guard let format = GraphExport.format(forPath: path) else {
                throw call.error("unknown graph format for '\(path)'", at: "file", suggestion: "use a .dot, .graphml or .json file name")
            }
            let resolved = try state.files.resolve(path, writing: true, at: call.argumentRanges["file"] ?? call.range)
            let a = X.annotations(&state)
            let scope = X.inScope(call)
            let type = X.entityType(call)
            let c = X.cooccurrences(a, type: type, scope: scope)
            var counts: [Int: Int] = [:]
            for m in a.mentions where scope(m.doc) && (type == nil || a.entities[m.entity].type == type) { counts[m.entity, default: 0] += 1 }
            let nodes = counts.keys.sorted { a.entities[$0].name < a.entities[$1].name }.map {
                GraphExport.Node(name: a.entities[$0].name, type: a.entities[$0].type.rawValue, mentions: counts[$0] ?? 0)
            }
            let edges = c.pairs.map { GraphExport.Edge(a: a.entities[$0.0].name, b: a.entities[$0.1].name, weight: $0.2) }
                .sorted { ($0.a, $0.b) < ($1.a, $1.b) }
            let text = GraphExport.render(nodes: nodes, edges: edges, as: format)
            do {
                try text.write(toFile: resolved, atomically: true, encoding: .utf8)
            } catch {
                throw call.error("cannot write '\(path)'", at: "file")
            }
            return .string("wrote \(nodes.count) entities and \(edges.count) links to \(path)")
        }
    }
}
