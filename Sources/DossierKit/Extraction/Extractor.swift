/// The extraction entry point: entities, quotes, dates and figures of a corpus, rule-based.
public enum Extractor {
    /// Extracts everything from `corpus`. `dateOverrides` replaces document dates (by index) for
    /// resolving relative and partial dates (the `redate` curation).
    public static func extract(corpus: Corpus, dateOverrides: [Int: Day] = [:]) -> Annotations {
        let docs = corpus.documents
        guard !docs.isEmpty else { return .empty }
        let gazetteer = GazetteerIndex.shared
        var bytes: [[UInt8]] = []
        var sentences: [[Range<Int>]] = []
        var tokens: [[TextToken]] = []
        var evidence = WordEvidence()
        var hasHeadline = [Bool](repeating: false, count: docs.count)
        for d in docs {
            let b = Array(d.text.utf8)
            var s = d.sentences.filter { $0.lowerBound >= 0 && $0.upperBound <= b.count && !$0.isEmpty }
                .sorted { $0.lowerBound < $1.lowerBound }
            if s.isEmpty && !b.isEmpty { s = [0..<b.count] }
            let t = ExtractionTokenizer.tokenize(b, sentences: s)
            bytes.append(b)
            sentences.append(s)
            tokens.append(t)
            var a = 0
            while a < t.count {
                var z = a
                while z < t.count && t[z].sentence == t[a].sentence { z += 1 }
                let headline = EntityRecognizer.isHeadline(t[a..<z])
                if headline { hasHeadline[bytes.count - 1] = true }
                for tok in t[a..<z] where tok.kind == .word {
                    if tok.isCapitalized {
                        if !tok.sentenceInitial && !headline { evidence.midCapitalized.insert(tok.text) }
                    } else {
                        evidence.lowercase.insert(tok.text)
                    }
                }
                a = z
            }
        }
        // Pass 1 finds names in body text; pass 2 also matches them inside headlines.
        var recognizer = EntityRecognizer(gazetteer: gazetteer, evidence: evidence)
        var firstPass: [[RawMention]] = []
        for i in docs.indices { firstPass.append(recognizer.recognize(doc: i, bytes: bytes[i], tokens: tokens[i])) }
        var raw = firstPass.flatMap { $0 }
        for m in raw {
            if let t = m.type { recognizer.knownSurfaces[m.surface] = t } else { recognizer.knownUntyped.insert(m.surface) }
            if m.type == .person, m.tokens.count >= 2, let last = m.surface.split(separator: " ").last {
                recognizer.knownSurnames.insert(String(last))
            }
        }
        raw = []
        for i in docs.indices {
            // only documents with a headline or a sentence-initial known surname can change
            let rerun = hasHeadline[i]
                || tokens[i].contains { $0.sentenceInitial && $0.isCapitalized && recognizer.knownSurnames.contains($0.text) }
            var ms = rerun ? recognizer.recognize(doc: i, bytes: bytes[i], tokens: tokens[i]) : firstPass[i]
            RoleFinder.attach(&ms, tokens: tokens[i], bytes: bytes[i])
            raw += ms
        }
        let (entities, mentions) = EntityClusterer(gazetteer: gazetteer).cluster(raw, tokens: tokens)
        var byDoc = [[EntityMention]](repeating: [], count: docs.count)
        for m in mentions { byDoc[m.doc].append(m) }
        var quotes: [Quote] = []
        var dates: [DateMention] = []
        var figures: [Figure] = []
        for i in docs.indices {
            let ms = byDoc[i].sorted { $0.range.lowerBound < $1.range.lowerBound }
            let ctx = DocumentContext(
                index: i, bytes: bytes[i], tokens: tokens[i], sentences: sentences[i], date: dateOverrides[i] ?? docs[i].date,
                mentions: ms, types: ms.map { entities[$0.entity].type },
                genders: ms.map { entities[$0.entity].type == .person ? GazetteerGivenNames.gender(ofName: entities[$0.entity].name) : 0 })
            quotes += QuoteFinder.find(ctx)
            let ds = DateFinder.find(ctx)
            dates += ds
            figures += FigureFinder.find(ctx, excluding: ds)
        }
        let sortedMentions = mentions.sorted { ($0.doc, $0.range.lowerBound) < ($1.doc, $1.range.lowerBound) }
        return Annotations(entities: entities, mentions: sortedMentions, quotes: quotes, dates: dates, figures: figures)
    }
}
