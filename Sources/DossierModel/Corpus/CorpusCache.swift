import Foundation

/// The on-disk cache of analysed corpora: one file per fingerprint, with a versioned header and a checksum.
///
/// Layout: magic `DOSSIERC`, format version (UInt32), the fingerprint, then length-prefixed little-endian
/// arrays, then a 64-bit checksum of everything before it. A file that is short, has another version or
/// fingerprint, or fails the checksum or a structural check is ignored (and rewritten after analysis).
public enum CorpusCache {
    public static let version: UInt32 = 2
    static let magic = Array("DOSSIERC".utf8)

    /// `$XDG_CACHE_HOME/dossier`, else `~/.cache/dossier`.
    public static func defaultDirectory(environment env: [String: String]) -> String? {
        if let x = env["XDG_CACHE_HOME"], !x.isEmpty { return x + "/dossier" }
        if let h = env["HOME"], !h.isEmpty { return h + "/.cache/dossier" }
        return nil
    }

    /// The cache file for a fingerprint.
    public static func path(directory: String, fingerprint: String) -> String {
        let hex = fingerprint.hasPrefix("sha256:") ? String(fingerprint.dropFirst(7)) : fingerprint
        return directory + "/" + hex + ".corpus"
    }

    static func checksum(_ p: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let words = p.count / 8
        var i = 0
        while i < words {
            let w = p.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
            h = (h ^ w) &* 0x0000_0100_0000_01B3
            h ^= h >> 29
            i += 1
        }
        for j in (words * 8)..<p.count { h = (h ^ UInt64(p[j])) &* 0x0000_0100_0000_01B3 }
        return h ^ UInt64(p.count)
    }

    struct Writer {
        var data = Data()
        mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        mutating func array<T>(_ a: [T]) {
            u64(UInt64(a.count))
            a.withUnsafeBytes { data.append(contentsOf: $0) }
        }
    }

    struct Reader {
        let p: UnsafeRawBufferPointer
        var o = 0
        mutating func u64() -> UInt64? {
            guard o + 8 <= p.count else { return nil }
            let v = p.loadUnaligned(fromByteOffset: o, as: UInt64.self)
            o += 8
            return UInt64(littleEndian: v)
        }
        mutating func array<T>(_: T.Type) -> [T]? {
            guard let n = u64(), n < UInt64(Int.max / 16) else { return nil }
            let bytes = Int(n) * MemoryLayout<T>.stride
            guard o + bytes <= p.count else { return nil }
            let out = [T](unsafeUninitializedCapacity: Int(n)) { buf, count in
                UnsafeMutableRawBufferPointer(buf).copyMemory(from: UnsafeRawBufferPointer(rebasing: p[o..<(o + bytes)]))
                count = Int(n)
            }
            o += bytes
            return out
        }
    }

    /// Writes the corpus's analysis (atomically). Failures are ignored: the cache is an optimisation.
    static func write(_ c: Corpus, directory: String) {
        var w = Writer()
        w.data.append(contentsOf: magic)
        withUnsafeBytes(of: version.littleEndian) { w.data.append(contentsOf: $0) }
        w.array(Array(c.fingerprint.utf8))
        w.u64(UInt64(c.documents.count))
        w.array(c.lexicon.arena)
        w.array(c.lexicon.offsets)
        w.array(c.tokenStart)
        w.array(c.tokenEnd)
        w.array(c.tokenTerm)
        w.array(c.tokenFlags)
        w.array(c.docTokenStart.map { UInt64($0) })
        w.array(c.sentenceTokenStart)
        w.array(c.docSentenceStart.map { UInt64($0) })
        var sb: [UInt32] = []
        for d in c.documents { for r in d.sentences { sb.append(UInt32(r.lowerBound)); sb.append(UInt32(r.upperBound)) } }
        w.array(sb)
        w.array(c.documents.flatMap(\.sentenceFlags))
        w.array(c.documents.map { UInt64($0.wordCount) })
        w.array(c.index.termPositionStart)
        w.array(c.index.positions)
        w.array(c.index.termPostingStart)
        w.array(c.index.postingDoc)
        w.array(c.index.postingFrequency)
        w.array(c.index.partToken)
        w.array(c.index.partTerm)
        let sum = w.data.withUnsafeBytes { checksum($0) }
        w.u64(sum)
        let fm = FileManager.default
        try? fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let final = path(directory: directory, fingerprint: c.fingerprint)
        let tmp = final + ".tmp\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try w.data.write(to: URL(fileURLWithPath: tmp))
            if fm.fileExists(atPath: final) { try? fm.removeItem(atPath: final) }
            try fm.moveItem(atPath: tmp, toPath: final)
        } catch {
            try? fm.removeItem(atPath: tmp)
        }
        prune(directory: directory, keep: 8, except: final)
    }

    /// Removes all but the `keep` most recently modified cache files.
    static func prune(directory: String, keep: Int, except: String) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else { return }
        let files = names.filter { $0.hasSuffix(".corpus") }.map { directory + "/" + $0 }
        guard files.count > keep else { return }
        let dated = files.map { f in
            (f, (try? fm.attributesOfItem(atPath: f)[.modificationDate] as? Date) ?? Date.distantPast)
        }
        for (f, _) in dated.sorted(by: { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }).dropFirst(keep) where f != except {
            try? fm.removeItem(atPath: f)
        }
    }

    /// The cached analysis for `fingerprint`, applied to freshly parsed `documents`; nil when absent or invalid.
    static func read(directory: String, fingerprint: String, documents: [CorpusDocument])
        -> (documents: [CorpusDocument], analysis: Analysis)?
    {
        let file = path(directory: directory, fingerprint: fingerprint)
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: file), options: .mappedIfSafe) else { return nil }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> (documents: [CorpusDocument], analysis: Analysis)? in
            guard raw.count >= magic.count + 4 + 8 else { return nil }
            let body = UnsafeRawBufferPointer(rebasing: raw[0..<(raw.count - 8)])
            let stored = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self))
            guard checksum(body) == stored else { return nil }
            guard Array(body[0..<8]) == magic,
                UInt32(littleEndian: body.loadUnaligned(fromByteOffset: 8, as: UInt32.self)) == version
            else { return nil }
            var r = Reader(p: body, o: 12)
            guard let fp = r.array(UInt8.self), String(decoding: fp, as: UTF8.self) == fingerprint,
                let docCount = r.u64(), Int(docCount) == documents.count,
                let arena = r.array(UInt8.self), let offsets = r.array(UInt32.self),
                let tokenStart = r.array(UInt32.self), let tokenEnd = r.array(UInt32.self),
                let tokenTerm = r.array(UInt32.self), let tokenFlags = r.array(UInt8.self), let docTokenStart = r.array(UInt64.self),
                let sentenceTokenStart = r.array(UInt32.self), let docSentenceStart = r.array(UInt64.self),
                let sentenceBytes = r.array(UInt32.self), let sentenceFlags = r.array(UInt8.self), let wordCounts = r.array(UInt64.self),
                let termPositionStart = r.array(UInt32.self), let positions = r.array(UInt32.self),
                let termPostingStart = r.array(UInt32.self), let postingDoc = r.array(UInt32.self),
                let postingFrequency = r.array(UInt32.self), let partToken = r.array(UInt32.self),
                let partTerm = r.array(UInt32.self), r.o == body.count
            else { return nil }
            let n = documents.count
            guard docTokenStart.count == n + 1, docSentenceStart.count == n + 1, wordCounts.count == n,
                Int(docTokenStart[n]) == tokenTerm.count, tokenStart.count == tokenTerm.count,
                tokenEnd.count == tokenTerm.count, tokenFlags.count == tokenTerm.count,
                sentenceFlags.count == Int(docSentenceStart[n]), offsets.first == 0, offsets.last.map(Int.init) == arena.count,
                termPositionStart.count == offsets.count, termPostingStart.count == offsets.count,
                sentenceBytes.count == 2 * Int(docSentenceStart[n]), sentenceTokenStart.count == Int(docSentenceStart[n]) + 1
            else { return nil }
            // Structural checks, so even a well-formed but inconsistent file cannot index out of range.
            let termCount = offsets.count - 1
            let tokenCount = tokenTerm.count
            guard termPositionStart.last.map(Int.init) == positions.count,
                termPostingStart.last.map(Int.init) == postingDoc.count, postingFrequency.count == postingDoc.count,
                partToken.count == partTerm.count, !tokenTerm.contains(where: { Int($0) >= termCount }),
                !partTerm.contains(where: { Int($0) >= termCount }), !partToken.contains(where: { Int($0) >= tokenCount }),
                !positions.contains(where: { Int($0) >= tokenCount }), !postingDoc.contains(where: { Int($0) >= n }),
                zip(docTokenStart, docTokenStart.dropFirst()).allSatisfy({ $0 <= $1 }),
                zip(docSentenceStart, docSentenceStart.dropFirst()).allSatisfy({ $0 <= $1 }),
                zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }),
                zip(termPositionStart, termPositionStart.dropFirst()).allSatisfy({ $0 <= $1 }),
                zip(termPostingStart, termPostingStart.dropFirst()).allSatisfy({ $0 <= $1 }),
                zip(sentenceTokenStart, sentenceTokenStart.dropFirst()).allSatisfy({ $0 <= $1 }),
                sentenceTokenStart.last.map(Int.init) ?? 0 <= tokenCount
            else { return nil }
            for d in 0..<n {
                let limit = UInt32(clamping: documents[d].text.utf8.count)
                for k in Int(docTokenStart[d])..<Int(docTokenStart[d + 1])
                where tokenStart[k] > tokenEnd[k] || tokenEnd[k] > limit {
                    return nil
                }
            }
            var a = Analysis()
            a.lexicon.arena = arena
            a.lexicon.offsets = offsets
            a.lexicon.rebuildTable()
            a.tokenStart = tokenStart
            a.tokenEnd = tokenEnd
            a.tokenTerm = tokenTerm
            a.tokenFlags = tokenFlags
            a.docTokenStart = docTokenStart.map { Int($0) }
            a.sentenceTokenStart = sentenceTokenStart
            a.docSentenceStart = docSentenceStart.map { Int($0) }
            a.index.termPositionStart = termPositionStart
            a.index.positions = positions
            a.index.termPostingStart = termPostingStart
            a.index.postingDoc = postingDoc
            a.index.postingFrequency = postingFrequency
            a.index.partToken = partToken
            a.index.partTerm = partTerm
            var docs = documents
            for d in 0..<n {
                var ranges: [Range<Int>] = []
                let textBytes = docs[d].text.utf8.count
                for s in a.docSentenceStart[d]..<a.docSentenceStart[d + 1] {
                    let lo = Int(sentenceBytes[2 * s]), hi = Int(sentenceBytes[2 * s + 1])
                    guard lo <= hi, hi <= textBytes else { return nil }
                    ranges.append(lo..<hi)
                }
                docs[d].sentences = ranges
                docs[d].sentenceFlags = Array(sentenceFlags[a.docSentenceStart[d]..<a.docSentenceStart[d + 1]])
                docs[d].wordCount = Int(wordCounts[d])
                if docs[d].title.isEmpty { docs[d].title = Corpus.defaultTitle(docs[d]) }
            }
            return (docs, a)
        }
    }
}
