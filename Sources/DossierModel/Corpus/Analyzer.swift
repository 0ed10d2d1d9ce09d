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
/// Two passes keep peak memory down: the first counts each document's tokens, so the flat token arrays
/// are allocated once at their final size; the second tokenizes again and writes every chunk's tokens
/// straight into its slice of those arrays (chunk-local term ids, remapped in place after the merge).
package enum Analyzer {
    /// One chunk's lexicon, sentences and hyphen parts (tokens live in the shared arrays).
    struct Chunk: Sendable {
        var lexicon = Lexicon()
        var sentenceFirst: [[Int]] = []
        var sentenceBytes: [[Range<Int>]] = []
        var sentenceFlags: [[UInt8]] = []
        var wordCounts: [Int] = []
        /// Global token index and chunk-local term id of hyphen parts.
        var partToken: [UInt32] = []
        var partTerm: [UInt32] = []
    }

    final class Box<T>: @unchecked Sendable {
        var value: T
        init(_ v: T) { value = v }
    }

    /// Pointers into the final token arrays; workers write disjoint slices.
    struct Output: @unchecked Sendable {
        let starts: UnsafeMutablePointer<UInt32>
        let ends: UnsafeMutablePointer<UInt32>
        let terms: UnsafeMutablePointer<UInt32>
        let flags: UnsafeMutablePointer<UInt8>?
    }

    static func analyse(texts: [String], tagging: Bool = true) -> Analysis {
        guard !texts.isEmpty else { return Analysis() }
        var result = documentAnalysis(texts: texts, tagging: tagging)
        finish(&result, texts: texts)
        return result
    }

    /// What is analysed document by document: tokens, sentences, lexicon, hyphen parts (in `index`,
    /// without postings), POS tags and lemmas (unless `tagging` is false: the bench's index-only
    /// measure). `finish` adds what depends on the whole corpus.
    static func documentAnalysis(texts: [String], tagging: Bool = true) -> Analysis {
        let n = texts.count
        var result = Analysis()
        guard n > 0 else { return result }
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
        let bnds = bounds
        let chunkTotal = bounds.count - 1
        // Pass 1: token counts per document.
        let counts = Box([Int](repeating: 0, count: n))
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: chunkTotal) { c in
            var local: [Int] = []
            for d in bnds[c]..<bnds[c + 1] {
                var t = texts[d]
                local.append(t.withUTF8 { Tokenizer.tokenize($0).starts.count })
            }
            lock.lock()
            for (i, v) in local.enumerated() { counts.value[bnds[c] + i] = v }
            lock.unlock()
        }
        var docStart = [Int](repeating: 0, count: n + 1)
        for d in 0..<n { docStart[d + 1] = docStart[d] + counts.value[d] }
        let total = docStart[n]
        result.docTokenStart = docStart
        var tokenStart = [UInt32](repeating: 0, count: total)
        var tokenEnd = [UInt32](repeating: 0, count: total)
        var tokenTerm = [UInt32](repeating: 0, count: total)
        var tokenFlags = [UInt8](repeating: 0, count: total)
        let starts = docStart
        let chunks = Box([Chunk](repeating: Chunk(), count: chunkTotal))
        // Pass 2: tokens into their slices, chunk-local term ids.
        tokenStart.withUnsafeMutableBufferPointer { s in
            tokenEnd.withUnsafeMutableBufferPointer { e in
                tokenTerm.withUnsafeMutableBufferPointer { t in
                    tokenFlags.withUnsafeMutableBufferPointer { f in
                        guard let sb = s.baseAddress, let eb = e.baseAddress, let tb = t.baseAddress,
                            let fb = f.baseAddress
                        else { return }
                        let out = Output(starts: sb, ends: eb, terms: tb, flags: fb)
                        DispatchQueue.concurrentPerform(iterations: chunkTotal) { c in
                            let chunk = analyseChunk(texts: texts, range: bnds[c]..<bnds[c + 1], docStart: starts, out: out)
                            lock.lock()
                            chunks.value[c] = chunk
                            lock.unlock()
                        }
                    }
                }
            }
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
        // Remap term ids in place, in parallel.
        let mapsShared = maps
        tokenTerm.withUnsafeMutableBufferPointer { t in
            guard let tb = t.baseAddress else { return }
            let out = Output(starts: tb, ends: tb, terms: tb, flags: nil)
            DispatchQueue.concurrentPerform(iterations: chunkTotal) { c in
                let map = mapsShared[c]
                for k in starts[bnds[c]]..<starts[bnds[c + 1]] { out.terms[k] = map[Int(out.terms[k])] }
            }
        }
        var partToken: [UInt32] = []
        var partTerm: [UInt32] = []
        var sentenceStarts: [UInt32] = []
        result.sentenceBytes.reserveCapacity(n)
        for c in 0..<chunkTotal {
            let chunk = chunks.value[c]
            chunks.value[c] = Chunk()
            let map = maps[c]
            partToken.append(contentsOf: chunk.partToken)
            for local in chunk.partTerm { partTerm.append(map[Int(local)]) }
            for (j, d) in (bnds[c]..<bnds[c + 1]).enumerated() {
                for f in chunk.sentenceFirst[j] { sentenceStarts.append(UInt32(starts[d] + f)) }
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
        result.lexicon = lexicon
        result.index.partToken = partToken
        result.index.partTerm = partTerm
        if tagging { tag(texts: texts, &result) }
        return result
    }

    /// Marks boilerplate (over every document of the corpus) and builds the postings.
    static func finish(_ a: inout Analysis, texts: [String]) {
        Boilerplate.mark(&a, texts: texts)
        a.index = PostingIndex.build(
            tokenTerm: a.tokenTerm, docTokenStart: a.docTokenStart, partToken: a.index.partToken,
            partTerm: a.index.partTerm, termCount: a.lexicon.count)
    }

    static func analyseChunk(texts: [String], range: Range<Int>, docStart: [Int], out: Output) -> Chunk {
        var chunk = Chunk()
        var folded: [UInt8] = []
        folded.reserveCapacity(64)
        for d in range {
            var t = texts[d]
            let base = docStart[d]
            let limit = docStart[d + 1] - base
            t.withUTF8 { b in
                let tok = Tokenizer.tokenize(b)
                var words = 0
                // The count from pass 1 bounds the writes (the tokenizer is deterministic).
                let count = min(tok.starts.count, limit)
                for i in 0..<count {
                    let s = Int(tok.starts[i]), e = Int(tok.ends[i])
                    folded.removeAll(keepingCapacity: true)
                    Lexicon.foldBytes(UnsafeBufferPointer(rebasing: b[s..<e]), into: &folded)
                    let id = folded.withUnsafeBufferPointer { chunk.lexicon.intern($0) }
                    out.starts[base + i] = tok.starts[i]
                    out.ends[base + i] = tok.ends[i]
                    out.terms[base + i] = id
                    let flags = tok.flags[i]
                    out.flags?[base + i] = flags
                    if flags & Tokenizer.possessive == 0 { words += 1 }
                    if flags & Tokenizer.hyphenated != 0 {
                        // Index each distinct part at this position.
                        var seen: [UInt32] = []
                        var partStart = 0
                        let whole = folded
                        for k in 0...whole.count where k == whole.count || whole[k] == 0x2D {
                            if k > partStart {
                                let pid = whole.withUnsafeBufferPointer {
                                    chunk.lexicon.intern(UnsafeBufferPointer(rebasing: $0[partStart..<k]))
                                }
                                if pid != id, !seen.contains(pid) {
                                    seen.append(pid)
                                    chunk.partToken.append(UInt32(base + i))
                                    chunk.partTerm.append(pid)
                                }
                            }
                            partStart = k + 1
                        }
                    }
                }
                chunk.sentenceFirst.append(tok.sentenceFirstToken.map { min($0, limit) })
                chunk.sentenceBytes.append(tok.sentenceBytes)
                chunk.sentenceFlags.append(tok.sentenceFlags)
                chunk.wordCounts.append(words)
            }
        }
        return chunk
    }
}
