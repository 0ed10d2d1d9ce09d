extension StoredModel {
    /// The model at `path` for this fingerprint, or nil when it is absent, foreign, damaged or
    /// inconsistent (every index checked, so a well-formed but wrong file cannot crash a query).
    /// Without `postings` (a model read only to reuse its documents' analysis, which a merge indexes
    /// again) the postings are neither read nor checked: the analysis's index holds only the hyphen parts.
    /// `trusted`: the file is the one written or checked before (its stamp says so, see
    /// `FreshnessIndex.model`): its header and sizes are checked, its sections neither checksummed nor
    /// scanned, and the documents' texts stay in the mapping until used.
    static func read(
        path: String, fingerprint: String, fingerprintDigest: [UInt8], analyserKey: String, postings: Bool = true,
        trusted: Bool = false
    ) -> StoredModel? {
        guard let r = ModelFileReader.open(path: path, kind: kind, analyserKey: analyserKey, contentKey: fingerprintDigest)
        else { return nil }
        if trusted {
            r.trustAll()
        } else {
            // Every section this read checks is checksummed at once, on all cores (the postings only when read).
            let postingTags: Set = [Tag.termPositions, Tag.positions, Tag.termPostings, Tag.postingDoc, Tag.postingFrequency]
            r.verify(postings ? r.tags : r.tags.filter { !postingTags.contains($0) })
        }
        guard var meta = r.reader(Tag.meta), meta.string() == fingerprint,
            let docCount = meta.int(), docCount < 1 << 32, let fileCount = meta.int(), fileCount < 1 << 32, let warnings = readStrings(&meta),
            let files = readFiles(r, count: fileCount),
            let text = r.bytes(Tag.text), let sentenceBytes = r.view(Tag.sentenceBytes, UInt32.self),
            let sentenceFlags = r.array(Tag.sentenceFlags, UInt8.self), sentenceFlags.count * 2 == sentenceBytes.count,
            let read = readDocuments(r, count: docCount, fileCount: fileCount, text: text, lazily: trusted),
            let a = readAnalysis(r, documents: read.0, sentenceBytes: sentenceBytes, postings: postings, scan: !trusted)
        else { return nil }
        var docs = read.0
        let origins = read.1
        for d in 0..<docs.count {
            let first = a.docSentenceStart[d]
            docs[d].sentences = SentenceSpans(mapped: sentenceBytes, first: first, count: a.docSentenceStart[d + 1] - first)
            docs[d].sentenceFlags = Array(sentenceFlags[a.docSentenceStart[d]..<a.docSentenceStart[d + 1]])
        }
        var analysis = a
        analysis.sentenceBytes = docs.map(\.sentences)
        analysis.sentenceFlags = docs.map(\.sentenceFlags)
        return StoredModel(
            fingerprint: fingerprint, warnings: warnings, files: files, origins: origins, documents: docs, analysis: analysis)
    }

    private static func readStrings(_ r: inout ByteReader) -> [String]? {
        guard let n = r.count(minimumSize: 8) else { return nil }
        var out: [String] = []
        for _ in 0..<n {
            guard let s = r.string() else { return nil }
            out.append(s)
        }
        return out
    }

    private static func readFiles(_ r: ModelFileReader, count: Int) -> [File]? {
        guard var f = r.reader(Tag.files) else { return nil }
        var files: [File] = []
        for _ in 0..<count {
            guard let path = f.string(), let digest = f.data(), digest.count == 32, let n = f.int(), let w = f.count(minimumSize: 8)
            else { return nil }
            var warnings: [String] = []
            for _ in 0..<w {
                guard let s = f.string() else { return nil }
                warnings.append(s)
            }
            files.append(File(path: path, digest: digest, warnings: warnings, documentCount: n))
        }
        return f.atEnd ? files : nil
    }

    /// The documents and their origins; `lazily`: their texts left in the mapping (see `MappedTexts`),
    /// else decoded now and checked to be UTF-8.
    private static func readDocuments(
        _ r: ModelFileReader, count: Int, fileCount: Int, text: UnsafeRawBufferPointer, lazily: Bool
    ) -> ([CorpusDocument], [Origin])? {
        guard var w = r.reader(Tag.docs) else { return nil }
        var docs: [CorpusDocument] = []
        var origins: [Origin] = []
        var spans: [Range<Int>] = []
        docs.reserveCapacity(min(count, w.p.count / 96))
        origins.reserveCapacity(min(count, w.p.count / 96))
        for _ in 0..<count {
            guard let file = w.int(), file < fileCount, let ordinal = w.int(), let rawID = w.string(),
                let rawTitle = w.string(), let id = w.string(), let title = w.string(), let date = w.int(),
                let metaCount = w.count(minimumSize: 16)
            else { return nil }
            var metadata: [(name: String, value: String)] = []
            for _ in 0..<metaCount {
                guard let n = w.string(), let v = w.string() else { return nil }
                metadata.append((n, v))
            }
            guard let offset = w.int(), let length = w.int(), offset <= text.count, length <= text.count - offset,
                let words = w.int()
            else { return nil }
            let day = date == 0 ? nil : Day(year: date / 10_000, month: date / 100 % 100, day: date % 100)
            docs.append(CorpusDocument(id: id, title: title, date: day, metadata: metadata, text: "", wordCount: words))
            spans.append(offset..<(offset + length))
            origins.append(Origin(file: file, ordinal: ordinal, rawID: rawID, rawTitle: rawTitle))
        }
        guard w.atEnd else { return nil }
        if lazily {
            let mapped = MappedTexts(section: text, owner: r, spans: spans)
            for d in docs.indices { docs[d].body = DocumentText(mapped: mapped, document: d) }
            return (docs, origins)
        }
        guard let bodies = texts(spans, in: text) else { return nil }
        for d in docs.indices { docs[d].text = bodies[d] }
        return (docs, origins)
    }

    /// The documents' texts (decoded on all cores), or nil when one is not valid UTF-8 (not ours).
    private static func texts(_ spans: [Range<Int>], in text: UnsafeRawBufferPointer) -> [String]? {
        let bytes = SharedBytes(p: text)
        let bodies = Parallel.map(spans.count) { d -> String? in
            let body = String(decoding: UnsafeRawBufferPointer(rebasing: bytes.p[spans[d]]), as: UTF8.self)
            return body.utf8.count == spans[d].count ? body : nil
        }
        let valid = bodies.compactMap { $0 }
        return valid.count == spans.count ? valid : nil
    }

    /// The analysis sections; `scan`: every id and offset checked against its bounds (else only the
    /// sections' sizes, for a trusted file).
    private static func readAnalysis(
        _ r: ModelFileReader, documents: [CorpusDocument], sentenceBytes: FlatArray<UInt32>, postings: Bool, scan: Bool
    ) -> Analysis? {
        guard let arena = r.array(Tag.lexArena, UInt8.self), let offsets = r.array(Tag.lexOffsets, UInt32.self),
            let tokenStart = r.view(Tag.tokenStart, UInt32.self), let tokenEnd = r.view(Tag.tokenEnd, UInt32.self),
            let tokenTerm = r.view(Tag.tokenTerm, UInt32.self), let tokenFlags = r.view(Tag.tokenFlags, UInt8.self),
            let docTokenStart = r.array(Tag.docTokens, UInt64.self),
            let sentenceTokenStart = r.array(Tag.sentenceTokens, UInt32.self),
            let docSentenceStart = r.array(Tag.docSentences, UInt64.self),
            let partToken = r.array(Tag.partToken, UInt32.self), let partTerm = r.array(Tag.partTerm, UInt32.self),
            let tokenPOS = r.view(Tag.tokenPOS, UInt8.self), let tokenLemma = r.view(Tag.tokenLemma, UInt32.self),
            let lemmaArena = r.array(Tag.lemmaArena, UInt8.self), let lemmaOffsets = r.array(Tag.lemmaOffsets, UInt32.self)
        else { return nil }
        let n = documents.count
        let termCount = offsets.count - 1
        let tokenCount = tokenTerm.count
        guard tokenPOS.count == tokenCount, tokenLemma.count == tokenCount, lemmaOffsets.first == 0,
            lemmaOffsets.last.map(Int.init) == lemmaArena.count,
            docTokenStart.count == n + 1, docSentenceStart.count == n + 1, docTokenStart.first == 0,
            docSentenceStart.first == 0, Int(docTokenStart[n]) == tokenCount, tokenStart.count == tokenCount,
            tokenEnd.count == tokenCount, tokenFlags.count == tokenCount, offsets.first == 0,
            offsets.last.map(Int.init) == arena.count,
            sentenceBytes.count == 2 * Int(docSentenceStart[n]), sentenceTokenStart.count == Int(docSentenceStart[n]) + 1,
            partToken.count == partTerm.count, sentenceTokenStart.last.map(Int.init) ?? 0 <= tokenCount
        else { return nil }
        // The scans over whole sections, on all cores: every id in range, every start table ascending,
        // every token and sentence inside its document's text.
        let limits = documents.map { UInt32(clamping: $0.textByteCount) }
        let checks: [@Sendable () -> Bool] = [
            { ascending(lemmaOffsets) && !tokenPOS.contains(where: { UniversalPOS(rawValue: $0) == nil }) },
            { !tokenLemma.contains(where: { Int($0) >= lemmaOffsets.count - 1 }) },
            { !tokenTerm.contains(where: { Int($0) >= termCount }) },
            {
                !partTerm.contains(where: { Int($0) >= termCount }) && !partToken.contains(where: { Int($0) >= tokenCount })
                    && ascending(partToken) && ascending(docTokenStart) && ascending(docSentenceStart) && ascending(offsets)
                    && ascending(sentenceTokenStart)
            },
            { withinTexts(limits, docTokenStart: docTokenStart, tokenStart: tokenStart, tokenEnd: tokenEnd) },
            { sentencesWithinTexts(limits, docSentenceStart: docSentenceStart, sentenceBytes: sentenceBytes) },
        ]
        guard !scan || allHold(checks) else { return nil }
        var a = Analysis()
        if postings {
            guard let index = readPostings(r, termCount: termCount, tokenCount: tokenCount, documentCount: n, scan: scan)
            else { return nil }
            a.index = index
        }
        a.lexicon.arena = arena
        a.lexicon.offsets = offsets
        a.lexicon.deferTable()
        a.tokenStart = tokenStart
        a.tokenEnd = tokenEnd
        a.tokenTerm = tokenTerm
        a.tokenFlags = tokenFlags
        a.tokenPOS = tokenPOS
        a.tokenLemma = tokenLemma
        a.lemmas.arena = lemmaArena
        a.lemmas.offsets = lemmaOffsets
        a.lemmas.deferTable()
        a.docTokenStart = docTokenStart.map { Int($0) }
        a.sentenceTokenStart = sentenceTokenStart
        a.docSentenceStart = docSentenceStart.map { Int($0) }
        a.index.partToken = partToken
        a.index.partTerm = partTerm
        a.wordCounts = documents.map(\.wordCount)
        return a
    }

    /// Whether every check holds; they run on all cores.
    private static func allHold(_ checks: [@Sendable () -> Bool]) -> Bool {
        !Parallel.map(checks.count) { checks[$0]() }.contains(false)
    }

    /// Whether every token of every document lies inside that document's text (`limits`: byte lengths).
    private static func withinTexts(
        _ limits: [UInt32], docTokenStart: [UInt64], tokenStart: FlatArray<UInt32>, tokenEnd: FlatArray<UInt32>
    ) -> Bool {
        for d in limits.indices {
            let limit = limits[d]
            for k in Int(docTokenStart[d])..<Int(docTokenStart[d + 1]) where tokenStart[k] > tokenEnd[k] || tokenEnd[k] > limit {
                return false
            }
        }
        return true
    }

    /// Whether every sentence of every document lies inside that document's text.
    private static func sentencesWithinTexts(
        _ limits: [UInt32], docSentenceStart: [UInt64], sentenceBytes: FlatArray<UInt32>
    ) -> Bool {
        for d in limits.indices {
            for s in Int(docSentenceStart[d])..<Int(docSentenceStart[d + 1])
            where sentenceBytes[2 * s] > sentenceBytes[2 * s + 1] || sentenceBytes[2 * s + 1] > limits[d] {
                return false
            }
        }
        return true
    }

    /// The postings of a model with these term, token and document counts (hyphen parts not included).
    private static func readPostings(_ r: ModelFileReader, termCount: Int, tokenCount: Int, documentCount n: Int, scan: Bool)
        -> PostingIndex?
    {
        guard let termPositionStart = r.view(Tag.termPositions, UInt32.self), let positions = r.view(Tag.positions, UInt32.self),
            let termPostingStart = r.view(Tag.termPostings, UInt32.self), let postingDoc = r.view(Tag.postingDoc, UInt32.self),
            let postingFrequency = r.view(Tag.postingFrequency, UInt32.self),
            termPositionStart.count == termCount + 1, termPostingStart.count == termCount + 1,
            termPositionStart.first == 0, termPostingStart.first == 0,
            termPositionStart.last.map(Int.init) == positions.count,
            termPostingStart.last.map(Int.init) == postingDoc.count, postingFrequency.count == postingDoc.count
        else { return nil }
        let checks: [@Sendable () -> Bool] = [
            { !positions.contains(where: { Int($0) >= tokenCount }) },
            { !postingDoc.contains(where: { Int($0) >= n }) && ascending(termPositionStart) && ascending(termPostingStart) },
        ]
        guard !scan || allHold(checks) else { return nil }
        var index = PostingIndex()
        index.termPositionStart = termPositionStart
        index.positions = positions
        index.termPostingStart = termPostingStart
        index.postingDoc = postingDoc
        index.postingFrequency = postingFrequency
        return index
    }

    private static func ascending<C: Collection>(_ a: C) -> Bool where C.Element: Comparable {
        zip(a, a.dropFirst()).allSatisfy { $0 <= $1 }
    }
}
