import Foundation

/// The result of analysing texts: tokens, sentences, lexicon and index.
struct Analysis: Sendable {
    var lexicon = Lexicon()
    var tokenStart: [UInt32] = []
    var tokenEnd: [UInt32] = []
    var tokenTerm: [UInt32] = []
    var docTokenStart: [Int] = [0]
    var sentenceTokenStart: [UInt32] = [0]
    var docSentenceStart: [Int] = [0]
    var index = PostingIndex()
    var sentenceBytes: [[Range<Int>]] = []
    var wordCounts: [Int] = []
}

/// Tokenizes and indexes texts in parallel chunks, merging chunk lexicons in chunk order (deterministic ids).
enum Analyzer {
    /// One chunk's tokens with chunk-local term ids.
    struct Chunk: Sendable {
        var lexicon = Lexicon()
        var starts: [UInt32] = []
        var ends: [UInt32] = []
        var terms: [UInt32] = []
        var docTokenCount: [Int] = []
        var sentenceFirst: [[Int]] = []
        var sentenceBytes: [[Range<Int>]] = []
        var wordCounts: [Int] = []
        /// Chunk-local token index and local term id of hyphen parts.
        var partToken: [UInt32] = []
        var partTerm: [UInt32] = []
    }

    final class Box<T>: @unchecked Sendable {
        var value: T
        init(_ v: T) { value = v }
    }

    static func analyse(texts: [String]) -> Analysis {
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
        let chunks = Box([Chunk](repeating: Chunk(), count: bounds.count - 1))
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: bounds.count - 1) { c in
            let chunk = analyseChunk(texts: texts[bnds[c]..<bnds[c + 1]])
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
        // Concatenate.
        var tokenOffset = 0
        var partToken: [UInt32] = []
        var partTerm: [UInt32] = []
        let total = chunks.value.reduce(0) { $0 + $1.terms.count }
        result.tokenStart.reserveCapacity(total)
        result.tokenEnd.reserveCapacity(total)
        result.tokenTerm.reserveCapacity(total)
        var sentenceStarts: [UInt32] = []
        for c in chunks.value.indices {
            let chunk = chunks.value[c]
            chunks.value[c] = Chunk()  // release as we go: peak memory
            let map = maps[c]
            result.tokenStart.append(contentsOf: chunk.starts)
            result.tokenEnd.append(contentsOf: chunk.ends)
            for t in chunk.terms { result.tokenTerm.append(map[Int(t)]) }
            for (i, k) in chunk.partToken.enumerated() {
                partToken.append(UInt32(Int(k) + tokenOffset))
                partTerm.append(map[Int(chunk.partTerm[i])])
            }
            var docStart = tokenOffset
            for (j, count) in chunk.docTokenCount.enumerated() {
                for f in chunk.sentenceFirst[j] { sentenceStarts.append(UInt32(docStart + f)) }
                result.docSentenceStart.append(sentenceStarts.count)
                docStart += count
                result.docTokenStart.append(docStart)
                result.sentenceBytes.append(chunk.sentenceBytes[j])
                result.wordCounts.append(chunk.wordCounts[j])
            }
            tokenOffset = docStart
        }
        sentenceStarts.append(UInt32(tokenOffset))
        result.sentenceTokenStart = sentenceStarts
        result.lexicon = lexicon
        result.index = PostingIndex.build(
            tokenTerm: result.tokenTerm, docTokenStart: result.docTokenStart, partToken: partToken,
            partTerm: partTerm, termCount: lexicon.count)
        return result
    }

    static func analyseChunk(texts: ArraySlice<String>) -> Chunk {
        var chunk = Chunk()
        var folded: [UInt8] = []
        folded.reserveCapacity(64)
        for text in texts {
            var t = text
            t.withUTF8 { b in
                let tok = Tokenizer.tokenize(b)
                let base = chunk.terms.count
                var words = 0
                for i in 0..<tok.starts.count {
                    let s = Int(tok.starts[i]), e = Int(tok.ends[i])
                    folded.removeAll(keepingCapacity: true)
                    Lexicon.foldBytes(UnsafeBufferPointer(rebasing: b[s..<e]), into: &folded)
                    let id = folded.withUnsafeBufferPointer { chunk.lexicon.intern($0) }
                    chunk.terms.append(id)
                    let flags = tok.flags[i]
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
                chunk.starts.append(contentsOf: tok.starts)
                chunk.ends.append(contentsOf: tok.ends)
                chunk.docTokenCount.append(tok.starts.count)
                chunk.sentenceFirst.append(tok.sentenceFirstToken)
                chunk.sentenceBytes.append(tok.sentenceBytes)
                chunk.wordCounts.append(words)
            }
        }
        // Trim growth slack: all chunks are alive at once before the merge (peak memory).
        chunk.starts = chunk.starts.withUnsafeBufferPointer { Array($0) }
        chunk.ends = chunk.ends.withUnsafeBufferPointer { Array($0) }
        chunk.terms = chunk.terms.withUnsafeBufferPointer { Array($0) }
        return chunk
    }
}
