extension StoredModel {
    /// The model at `path` for this fingerprint, or nil when it is absent, foreign, damaged or
    /// inconsistent (every index checked, so a well-formed but wrong file cannot crash a query).
    /// Without `postings` (a model read only to reuse its documents' analysis, which a merge indexes
    /// again) the postings are neither read nor checked: the analysis's index holds only the hyphen parts.
    static func read(
        path: String, fingerprint: String, fingerprintDigest: [UInt8], analyserKey: String, postings: Bool = true
    ) -> StoredModel? {
        guard let r = ModelFileReader.open(path: path, kind: kind, analyserKey: analyserKey, contentKey: fingerprintDigest),
            var meta = r.reader(Tag.meta), meta.string() == fingerprint,
            let docCount = meta.int(), docCount < 1 << 32, let fileCount = meta.int(), fileCount < 1 << 32, let warnings = readStrings(&meta),
            let files = readFiles(r, count: fileCount),
            let text = r.bytes(Tag.text), let sentenceBytes = r.array(Tag.sentenceBytes, UInt32.self),
            let sentenceFlags = r.array(Tag.sentenceFlags, UInt8.self), sentenceFlags.count * 2 == sentenceBytes.count,
            let read = readDocuments(r, count: docCount, fileCount: fileCount, text: text),
            let a = readAnalysis(r, documents: read.0, sentenceBytes: sentenceBytes, postings: postings)
        else { return nil }
        var docs = read.0
        let origins = read.1
        for d in 0..<docs.count {
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(a.docSentenceStart[d + 1] - a.docSentenceStart[d])
            for s in a.docSentenceStart[d]..<a.docSentenceStart[d + 1] {
                ranges.append(Int(sentenceBytes[2 * s])..<Int(sentenceBytes[2 * s + 1]))
            }
            docs[d].sentences = ranges
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

    private static func readDocuments(_ r: ModelFileReader, count: Int, fileCount: Int, text: UnsafeRawBufferPointer)
        -> ([CorpusDocument], [Origin])?
    {
        guard var w = r.reader(Tag.docs) else { return nil }
        var docs: [CorpusDocument] = []
        var origins: [Origin] = []
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
            let body = String(decoding: UnsafeRawBufferPointer(rebasing: text[offset..<(offset + length)]), as: UTF8.self)
            guard body.utf8.count == length else { return nil }  // not valid UTF-8: not ours
            let day = date == 0 ? nil : Day(year: date / 10_000, month: date / 100 % 100, day: date % 100)
            docs.append(CorpusDocument(id: id, title: title, date: day, metadata: metadata, text: body, wordCount: words))
            origins.append(Origin(file: file, ordinal: ordinal, rawID: rawID, rawTitle: rawTitle))
        }
        return w.atEnd ? (docs, origins) : nil
    }

    private static func readAnalysis(_ r: ModelFileReader, documents: [CorpusDocument], sentenceBytes: [UInt32], postings: Bool)
        -> Analysis?
    {
        guard let arena = r.array(Tag.lexArena, UInt8.self), let offsets = r.array(Tag.lexOffsets, UInt32.self),
            let tokenStart = r.array(Tag.tokenStart, UInt32.self), let tokenEnd = r.array(Tag.tokenEnd, UInt32.self),
            let tokenTerm = r.array(Tag.tokenTerm, UInt32.self), let tokenFlags = r.array(Tag.tokenFlags, UInt8.self),
            let docTokenStart = r.array(Tag.docTokens, UInt64.self),
            let sentenceTokenStart = r.array(Tag.sentenceTokens, UInt32.self),
            let docSentenceStart = r.array(Tag.docSentences, UInt64.self),
            let partToken = r.array(Tag.partToken, UInt32.self), let partTerm = r.array(Tag.partTerm, UInt32.self),
            let tokenPOS = r.array(Tag.tokenPOS, UInt8.self), let tokenLemma = r.array(Tag.tokenLemma, UInt32.self),
            let lemmaArena = r.array(Tag.lemmaArena, UInt8.self), let lemmaOffsets = r.array(Tag.lemmaOffsets, UInt32.self)
        else { return nil }
        guard tokenPOS.count == tokenTerm.count, tokenLemma.count == tokenTerm.count, lemmaOffsets.first == 0,
            lemmaOffsets.last.map(Int.init) == lemmaArena.count, ascending(lemmaOffsets),
            !tokenLemma.contains(where: { Int($0) >= lemmaOffsets.count - 1 }),
            !tokenPOS.contains(where: { UniversalPOS(rawValue: $0) == nil })
        else { return nil }
        let n = documents.count
        guard docTokenStart.count == n + 1, docSentenceStart.count == n + 1, docTokenStart.first == 0,
            docSentenceStart.first == 0,
            Int(docTokenStart[n]) == tokenTerm.count, tokenStart.count == tokenTerm.count,
            tokenEnd.count == tokenTerm.count, tokenFlags.count == tokenTerm.count, offsets.first == 0, offsets.last.map(Int.init) == arena.count,
            sentenceBytes.count == 2 * Int(docSentenceStart[n]), sentenceTokenStart.count == Int(docSentenceStart[n]) + 1
        else { return nil }
        let termCount = offsets.count - 1
        let tokenCount = tokenTerm.count
        guard partToken.count == partTerm.count, !tokenTerm.contains(where: { Int($0) >= termCount }),
            !partTerm.contains(where: { Int($0) >= termCount }), !partToken.contains(where: { Int($0) >= tokenCount }),
            zip(partToken, partToken.dropFirst()).allSatisfy({ $0 <= $1 }),
            ascending(docTokenStart), ascending(docSentenceStart), ascending(offsets), ascending(sentenceTokenStart),
            sentenceTokenStart.last.map(Int.init) ?? 0 <= tokenCount
        else { return nil }
        var a = Analysis()
        if postings {
            guard let index = readPostings(r, termCount: termCount, tokenCount: tokenCount, documentCount: n) else { return nil }
            a.index = index
        }
        for d in 0..<n {
            let limit = UInt32(clamping: documents[d].text.utf8.count)
            for k in Int(docTokenStart[d])..<Int(docTokenStart[d + 1]) where tokenStart[k] > tokenEnd[k] || tokenEnd[k] > limit {
                return nil
            }
            for s in Int(docSentenceStart[d])..<Int(docSentenceStart[d + 1])
            where sentenceBytes[2 * s] > sentenceBytes[2 * s + 1] || sentenceBytes[2 * s + 1] > limit {
                return nil
            }
        }
        a.lexicon.arena = arena
        a.lexicon.offsets = offsets
        a.lexicon.rebuildTable()
        a.tokenStart = tokenStart
        a.tokenEnd = tokenEnd
        a.tokenTerm = tokenTerm
        a.tokenFlags = tokenFlags
        a.tokenPOS = tokenPOS
        a.tokenLemma = tokenLemma
        a.lemmas.arena = lemmaArena
        a.lemmas.offsets = lemmaOffsets
        a.lemmas.rebuildTable()
        a.docTokenStart = docTokenStart.map { Int($0) }
        a.sentenceTokenStart = sentenceTokenStart
        a.docSentenceStart = docSentenceStart.map { Int($0) }
        a.index.partToken = partToken
        a.index.partTerm = partTerm
        a.wordCounts = documents.map(\.wordCount)
        return a
    }

    /// The postings of a model with these term, token and document counts (hyphen parts not included).
    private static func readPostings(_ r: ModelFileReader, termCount: Int, tokenCount: Int, documentCount n: Int) -> PostingIndex? {
        guard let termPositionStart = r.array(Tag.termPositions, UInt32.self), let positions = r.array(Tag.positions, UInt32.self),
            let termPostingStart = r.array(Tag.termPostings, UInt32.self), let postingDoc = r.array(Tag.postingDoc, UInt32.self),
            let postingFrequency = r.array(Tag.postingFrequency, UInt32.self),
            termPositionStart.count == termCount + 1, termPostingStart.count == termCount + 1,
            termPositionStart.first == 0, termPostingStart.first == 0,
            termPositionStart.last.map(Int.init) == positions.count,
            termPostingStart.last.map(Int.init) == postingDoc.count, postingFrequency.count == postingDoc.count,
            !positions.contains(where: { Int($0) >= tokenCount }), !postingDoc.contains(where: { Int($0) >= n }),
            ascending(termPositionStart), ascending(termPostingStart)
        else { return nil }
        var index = PostingIndex()
        index.termPositionStart = termPositionStart
        index.positions = positions
        index.termPostingStart = termPostingStart
        index.postingDoc = postingDoc
        index.postingFrequency = postingFrequency
        return index
    }

    private static func ascending<T: Comparable>(_ a: [T]) -> Bool {
        zip(a, a.dropFirst()).allSatisfy { $0 <= $1 }
    }
}
