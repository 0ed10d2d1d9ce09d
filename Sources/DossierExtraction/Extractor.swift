import DossierModel

/// The extraction entry point: entities, quotes, dates and figures of a corpus, rule-based.
public enum Extractor {
    /// Extracts everything from `corpus`. `dateOverrides` replaces document dates (by index) for
    /// resolving relative and partial dates (the `redate` curation).
    /// With `cancellation` requested, each stage skips the documents it has not reached and the
    /// result is `.empty`: callers must drop it (see `ExtractionState.annotations`).
    public static func extract(corpus: Corpus, dateOverrides: [Int: Day] = [:], cancellation: Cancellation? = nil) -> Annotations {
        let docs = corpus.documents
        guard !docs.isEmpty else { return .empty }
        let stop: @Sendable () -> Bool = { cancellation?.isCancelled == true }
        let gazetteer = GazetteerIndex.shared
        // Per document, in parallel: bytes, sentences, tokens, and the casing evidence.
        struct Prepared: Sendable {
            var bytes: [UInt8]
            var sentences: [Range<Int>]
            var tokens: [TextToken]
            var lowercase: Set<String>
            var midCapitalized: Set<String>
            var hasHeadline: Bool
        }
        let prepared = Parallel.map(docs.count) { di -> Prepared in
            if stop() { return Prepared(bytes: [], sentences: [], tokens: [], lowercase: [], midCapitalized: [], hasHeadline: false) }
            let d = docs[di]
            let b = Array(d.text.utf8)
            var s = d.sentences.filter { $0.lowerBound >= 0 && $0.upperBound <= b.count && !$0.isEmpty }
                .sorted { $0.lowerBound < $1.lowerBound }
            if s.isEmpty && !b.isEmpty { s = [0..<b.count] }
            let t = ExtractionTokenizer.tokens(corpus: corpus, doc: di, bytes: b, sentences: s)
            var p = Prepared(bytes: b, sentences: s, tokens: t, lowercase: [], midCapitalized: [], hasHeadline: false)
            var lowercasePlaces: Set<String> = []
            var a = 0
            while a < t.count {
                var z = a
                while z < t.count && t[z].sentence == t[a].sentence { z += 1 }
                let headline = EntityRecognizer.isHeadline(t[a..<z])
                if headline { p.hasHeadline = true }
                for tok in t[a..<z] where tok.kind == .word && !tok.notText {
                    if tok.isCapitalized {
                        if !tok.sentenceInitial && !headline { p.midCapitalized.insert(tok.text) }
                    } else {
                        p.lowercase.insert(tok.text)
                        if lowercasePlaces.count < 2, gazetteer.lowercaseCountries.contains(tok.text) {
                            lowercasePlaces.insert(tok.text)
                        }
                    }
                }
                a = z
            }
            // a document that writes two country names in lowercase is mis-cased throughout
            // ("finance minister manuel azpurua said"): its lowercase words are no evidence
            if lowercasePlaces.count >= 2 { p.lowercase = [] }
            return p
        }
        if stop() { return .empty }
        let bytes = prepared.map(\.bytes)
        let sentences = prepared.map(\.sentences)
        let tokens = prepared.map(\.tokens)
        let hasHeadline = prepared.map(\.hasHeadline)
        // the two corpus-wide sets are unions over the documents, one on each core
        let unions = Parallel.map(2) { part -> Set<String> in
            var u: Set<String> = []
            for p in prepared { u.formUnion(part == 0 ? p.lowercase : p.midCapitalized) }
            return u
        }
        let evidence = WordEvidence(lowercase: unions[0], midCapitalized: unions[1])
        // Pass 1 finds names in body text; pass 2 also matches them inside headlines.
        var recognizer = EntityRecognizer(gazetteer: gazetteer, evidence: evidence)
        let first = recognizer
        let firstPass = Parallel.map(docs.count) { i in stop() ? [] : first.recognize(doc: i, bytes: bytes[i], tokens: tokens[i]) }
        if stop() { return .empty }
        var raw = firstPass.flatMap { $0 }
        for m in raw {
            if let t = m.type { recognizer.knownSurfaces[m.surface] = t } else { recognizer.knownUntyped.insert(m.surface) }
            if m.type == .person, m.tokens.count >= 2, let last = m.surface.split(separator: " ").last {
                recognizer.knownSurnames.insert(String(last))
            }
        }
        let second = recognizer
        raw = Parallel.map(docs.count) { i -> [RawMention] in
            if stop() { return [] }
            // only headlines and sentences using a known surname can change
            let rerun = hasHeadline[i]
                || tokens[i].indices.contains { second.usesKnownSurname(tokens[i], $0) }
            var ms = firstPass[i]
            if rerun {
                let redo = second.sentencesUsingKnownNames(tokens[i])
                let again = second.recognize(doc: i, bytes: bytes[i], tokens: tokens[i], only: redo)
                ms = Extractor.merge(ms.filter { !redo.contains($0.sentence) }, again)
            }
            ms.removeAll { TickerSymbol.contains(bytes[i], $0.range) }
            RoleFinder.attach(&ms, tokens: tokens[i], bytes: bytes[i])
            var scratch = Tagger.Scratch()
            MentionTagging.tag(&ms, corpus: corpus, doc: i, scratch: &scratch)
            return ms
        }.flatMap { $0 }
        if stop() { return .empty }
        let (entities, mentions) = EntityClusterer(gazetteer: gazetteer, words: evidence).cluster(raw, tokens: tokens)
        if stop() { return .empty }
        var byDoc = [[EntityMention]](repeating: [], count: docs.count)
        for m in mentions { byDoc[m.doc].append(m) }
        let mentionsByDoc = byDoc
        let entityTypes = entities.map(\.type)
        let entityGenders = entities.map { $0.type == .person ? GazetteerGivenNames.gender(ofName: $0.name) : 0 }
        let perDoc = Parallel.map(docs.count) { i -> ([Quote], [DateMention], [Figure]) in
            if stop() { return ([], [], []) }
            let ms = mentionsByDoc[i].sorted { $0.range.lowerBound < $1.range.lowerBound }
            let ctx = DocumentContext(
                index: i, bytes: bytes[i], tokens: tokens[i], sentences: sentences[i], date: dateOverrides[i] ?? docs[i].date,
                mentions: ms, types: ms.map { entities[$0.entity].type },
                genders: ms.map { entityGenders[$0.entity] },
                paragraphs: DocumentContext.paragraphs(
                    sentences: sentences[i], flags: docs[i].sentenceFlags, byteCount: bytes[i].count),
                sentenceFlags: docs[i].sentenceFlags, entityTypes: entityTypes)
            let ds = DateFinder.find(ctx)
            return (QuoteFinder.find(ctx), ds, FigureFinder.find(ctx, excluding: ds))
        }
        if stop() { return .empty }
        let quotes = perDoc.flatMap(\.0)
        let dates = perDoc.flatMap(\.1)
        let figures = perDoc.flatMap(\.2)
        let sortedMentions = mentions.sorted { ($0.doc, $0.range.lowerBound) < ($1.doc, $1.range.lowerBound) }
        return Annotations(entities: entities, mentions: sortedMentions, quotes: quotes, dates: dates, figures: figures)
    }

    /// Two lists of one document's mentions, each in sentence order and from disjoint sentences, as one.
    static func merge(_ a: [RawMention], _ b: [RawMention]) -> [RawMention] {
        var out: [RawMention] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].sentence <= b[j].sentence) {
                out.append(a[i])
                i += 1
            } else {
                out.append(b[j])
                j += 1
            }
        }
        return out
    }
}
