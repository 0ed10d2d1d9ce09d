import Foundation

/// The result of analysing texts: tokens, sentences, lexicon and index.
struct Analysis: Sendable {
    var lexicon = Lexicon()
    var tokenStart: FlatArray<UInt32> = []
    var tokenEnd: FlatArray<UInt32> = []
    var tokenTerm: FlatArray<UInt32> = []
    /// Per token: `Tokenizer` flag bits.
    var tokenFlags: FlatArray<UInt8> = []
    var docTokenStart: [Int] = [0]
    var sentenceTokenStart: [UInt32] = [0]
    var docSentenceStart: [Int] = [0]
    var index = PostingIndex()
    var sentenceBytes: [SentenceSpans] = []
    /// Per document, per sentence: `SentenceFlags` bits.
    var sentenceFlags: [[UInt8]] = []
    var wordCounts: [Int] = []
    /// Per token, its `UniversalPOS` raw value.
    var tokenPOS: FlatArray<UInt8> = []
    /// Per token, its lemma's id in `lemmas`.
    var tokenLemma: FlatArray<UInt32> = []
    var lemmas = Lexicon()
}

/// Tokenizes and indexes texts in parallel chunks, merging chunk lexicons in chunk order (deterministic ids).
///
/// One tokenizer pass: every chunk keeps its tokens in arrays of its own (chunk-local term ids); the
/// flat token arrays are then filled chunk by chunk, each chunk's arrays released once copied. (The
/// released memory stays with the worker threads' malloc arenas: the first open's peak was 1,018 MB on
/// the 100 MB bench corpus, against 859 MB with the earlier counting pass that wrote in place.)
package enum Analyzer {
    /// One chunk's tokens (chunk-local term ids), lexicon, sentences and hyphen parts.
    struct Chunk: Sendable {
        var lexicon = Lexicon()
        var starts: [UInt32] = []
        var ends: [UInt32] = []
        var terms: [UInt32] = []
        var flags: [UInt8] = []
        /// Per document of the chunk, its token count.
        var tokenCounts: [Int] = []
        var sentenceFirst: [[Int]] = []
        var sentenceBytes: [[Range<Int>]] = []
        var sentenceFlags: [[UInt8]] = []
        var wordCounts: [Int] = []
        /// Chunk-local token index and chunk-local term id of hyphen parts.
        var partToken: [UInt32] = []
        var partTerm: [UInt32] = []
    }

    final class Box<T>: @unchecked Sendable {
        var value: T
        init(_ v: T) { value = v }
    }

    /// Tokenizes, interns and indexes `texts`; with `tagging`, POS tags and lemmas too.
    static func analyse(texts: [String], tagging: Bool = true) -> Analysis {
        guard !texts.isEmpty else { return Analysis() }
        var result = documentAnalysis(texts: texts, tagging: tagging)
        finish(&result, texts: texts)
        return result
    }

    /// Document boundaries of about equal byte size: at least four chunks per core, at most one per 4 MB.
    static func chunkBounds(_ texts: [String]) -> [Int] {
        let n = texts.count
        let totalBytes = texts.reduce(0) { $0 + $1.utf8.count }
        let chunkCount = max(1, min(n, max(ProcessInfo.processInfo.activeProcessorCount * 4, totalBytes / (4 << 20))))
        var bounds: [Int] = [0]
        var acc = 0
        let target = max(1, totalBytes / chunkCount)
        for d in 0..<n {
            acc += texts[d].utf8.count
            if acc >= target * bounds.count, d + 1 < n { bounds.append(d + 1) }
        }
        bounds.append(n)
        return bounds
    }

    /// What is analysed document by document: tokens, sentences, lexicon, hyphen parts (in `index`,
    /// without postings), POS tags and lemmas (unless `tagging` is false: the bench's index-only
    /// measure). `finish` adds what depends on the whole corpus.
    static func documentAnalysis(texts: [String], tagging: Bool = true) -> Analysis {
        let n = texts.count
        var result = Analysis()
        guard n > 0 else { return result }
        let bnds = chunkBounds(texts)
        let chunkTotal = bnds.count - 1
        let chunks = Box([Chunk](repeating: Chunk(), count: chunkTotal))
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: chunkTotal) { c in
            let chunk = analyseChunk(texts: texts, range: bnds[c]..<bnds[c + 1])
            lock.lock()
            chunks.value[c] = chunk
            lock.unlock()
        }
        // Merge lexicons in chunk order.
        var lexicon = Lexicon()
        var maps: [[UInt32]] = []
        for chunk in chunks.value {
            var map = [UInt32](repeating: 0, count: chunk.lexicon.count)
            chunk.lexicon.arena.withUnsafeBufferPointer { a in
                for id in 0..<chunk.lexicon.count {
                    let lo = Int(chunk.lexicon.offsets[id]), hi = Int(chunk.lexicon.offsets[id + 1])
                    map[id] = lexicon.intern(UnsafeBufferPointer(rebasing: a[lo..<hi]))
                }
            }
            maps.append(map)
        }
        var docStart = [0]
        docStart.reserveCapacity(n + 1)
        for chunk in chunks.value { for k in chunk.tokenCounts { docStart.append(docStart[docStart.count - 1] + k) } }
        result.docTokenStart = docStart
        assemble(&result, chunks: chunks, maps: maps, bounds: bnds, docStart: docStart)
        result.lexicon = lexicon
        if tagging { tag(texts: texts, &result) }
        return result
    }

    /// Fills the flat token arrays, sentences and hyphen parts from the chunks in order (global term ids),
    /// releasing each chunk once it is copied.
    static func assemble(_ result: inout Analysis, chunks: Box<[Chunk]>, maps: [[UInt32]], bounds bnds: [Int], docStart: [Int]) {
        let total = docStart[docStart.count - 1]
        var tokenStart: [UInt32] = [], tokenEnd: [UInt32] = [], tokenTerm: [UInt32] = []
        var tokenFlags: [UInt8] = []
        tokenStart.reserveCapacity(total)
        tokenEnd.reserveCapacity(total)
        tokenTerm.reserveCapacity(total)
        tokenFlags.reserveCapacity(total)
        var partToken: [UInt32] = []
        var partTerm: [UInt32] = []
        var sentenceStarts: [UInt32] = []
        result.sentenceBytes.reserveCapacity(docStart.count - 1)
        for c in 0..<(bnds.count - 1) {
            let chunk = chunks.value[c]
            chunks.value[c] = Chunk()
            let map = maps[c]
            let base = UInt32(tokenStart.count)
            tokenStart.append(contentsOf: chunk.starts)
            tokenEnd.append(contentsOf: chunk.ends)
            for local in chunk.terms { tokenTerm.append(map[Int(local)]) }
            tokenFlags.append(contentsOf: chunk.flags)
            for local in chunk.partToken { partToken.append(base + local) }
            for local in chunk.partTerm { partTerm.append(map[Int(local)]) }
            for (j, d) in (bnds[c]..<bnds[c + 1]).enumerated() {
                for f in chunk.sentenceFirst[j] { sentenceStarts.append(UInt32(docStart[d] + f)) }
                result.docSentenceStart.append(sentenceStarts.count)
                result.sentenceBytes.append(SentenceSpans(chunk.sentenceBytes[j]))
                result.sentenceFlags.append(chunk.sentenceFlags[j])
                result.wordCounts.append(chunk.wordCounts[j])
            }
        }
        sentenceStarts.append(UInt32(total))
        result.sentenceTokenStart = sentenceStarts
        result.tokenStart = FlatArray(tokenStart)
        result.tokenEnd = FlatArray(tokenEnd)
        result.tokenTerm = FlatArray(tokenTerm)
        result.tokenFlags = FlatArray(tokenFlags)
        result.index.partToken = partToken
        result.index.partTerm = partTerm
    }

    /// Marks boilerplate (over every document of the corpus) and builds the postings.
    static func finish(_ a: inout Analysis, texts: [String]) {
        Boilerplate.mark(&a, texts: texts)
        a.index = PostingIndex.build(
            tokenTerm: a.tokenTerm, docTokenStart: a.docTokenStart, partToken: a.index.partToken,
            partTerm: a.index.partTerm, termCount: a.lexicon.count)
    }

    static func analyseChunk(texts: [String], range: Range<Int>) -> Chunk {
        var chunk = Chunk()
        let bytes = range.reduce(0) { $0 + texts[$1].utf8.count }
        chunk.starts.reserveCapacity(bytes / 5)
        chunk.ends.reserveCapacity(bytes / 5)
        chunk.terms.reserveCapacity(bytes / 5)
        chunk.flags.reserveCapacity(bytes / 5)
        var folded: [UInt8] = []
        folded.reserveCapacity(64)
        for d in range {
            var t = texts[d]
            let base = chunk.starts.count
            t.withUTF8 { b in
                let tok = Tokenizer.tokenize(b)
                var words = 0
                for i in 0..<tok.starts.count {
                    let s = Int(tok.starts[i]), e = Int(tok.ends[i])
                    folded.removeAll(keepingCapacity: true)
                    Lexicon.foldBytes(UnsafeBufferPointer(rebasing: b[s..<e]), into: &folded)
                    let id = folded.withUnsafeBufferPointer { chunk.lexicon.intern($0) }
                    let flags = tok.flags[i]
                    chunk.terms.append(id)
                    if flags & Tokenizer.possessive == 0 { words += 1 }
                    if flags & Tokenizer.hyphenated != 0 { addParts(of: folded, whole: id, token: base + i, to: &chunk) }
                }
                chunk.starts.append(contentsOf: tok.starts)
                chunk.ends.append(contentsOf: tok.ends)
                chunk.flags.append(contentsOf: tok.flags)
                chunk.tokenCounts.append(tok.starts.count)
                chunk.sentenceFirst.append(tok.sentenceFirstToken)
                chunk.sentenceBytes.append(tok.sentenceBytes)
                chunk.sentenceFlags.append(tok.sentenceFlags)
                chunk.wordCounts.append(words)
            }
        }
        return chunk
    }

    /// Indexes each distinct part of a hyphenated word (folded bytes, term `whole`) at its token.
    static func addParts(of folded: [UInt8], whole id: UInt32, token: Int, to chunk: inout Chunk) {
        var seen: [UInt32] = []
        var partStart = 0
        for k in 0...folded.count where k == folded.count || folded[k] == 0x2D {
            if k > partStart {
                let pid = folded.withUnsafeBufferPointer { chunk.lexicon.intern(UnsafeBufferPointer(rebasing: $0[partStart..<k])) }
                if pid != id, !seen.contains(pid) {
                    seen.append(pid)
                    chunk.partToken.append(UInt32(token))
                    chunk.partTerm.append(pid)
                }
            }
            partStart = k + 1
        }
    }
}
