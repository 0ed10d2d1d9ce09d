import Foundation

/// One pass over a corpus's files before an open: every file stat'ed; those the freshness index
/// vouches for keep their recorded hash unread; the rest are read, hashed and parsed, in parallel.
struct FileScan {
    struct Entry {
        var stamp: FileStamp
        /// The parsed file; nil when it was not read (the index vouched for it).
        var output: DocumentParser.Output?
    }

    var files: [Entry]
    var warnings: [String]
    /// When the stamps were taken (before any stat).
    var stampedAt: Int64
    /// How many files were read.
    var readCount: Int

    static func run(_ listing: CorpusListing, index: FreshnessIndex?, progress: (@Sendable (LoadProgress) -> Void)?)
        -> FileScan
    {
        let stampedAt = FileStamp.now()
        let rel = listing.relative
        let root = listing.root
        let total = rel.count
        let rootFD = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if rootFD >= 0 { close(rootFD) } }
        let stamps = Parallel.map(total) { i in
            rootFD >= 0 ? FileStamp.read(path: rel[i], under: rootFD) : FileStamp.read(path: rel[i], absolute: root + "/" + rel[i])
        }
        var match = IndexMatch(index)
        var entries = [Entry?](repeating: nil, count: total)
        var toRead: [Int] = []
        for i in 0..<total {
            guard let s = stamps[i] else { continue }
            if let index, let t = index.trusted(s, at: match.position(of: s.path, listed: i)) {
                entries[i] = Entry(stamp: t, output: nil)
            } else {
                toRead.append(i)
            }
        }
        let read = readFiles(toRead, listing: listing, stamps: stamps, progress: progress)
        for (k, i) in toRead.enumerated() { entries[i] = read[k] }
        var files: [Entry] = []
        var warnings: [String] = []
        for i in 0..<total {
            if let e = entries[i] { files.append(e) } else { warnings.append("skipped unreadable file \(rel[i])") }
        }
        return FileScan(files: files, warnings: warnings, stampedAt: stampedAt, readCount: toRead.count)
    }

    /// Finds a listed file's entry in the index. Both are sorted by path, so the entry is usually at
    /// the listing's position plus the shift left by the files added and removed before it; a name
    /// table is built only when that guess misses.
    struct IndexMatch {
        let stamps: [FileStamp]
        var shift = 0
        var byPath: [String: Int]?

        init(_ index: FreshnessIndex?) { stamps = index?.stamps ?? [] }

        mutating func position(of path: String, listed i: Int) -> Int? {
            let guess = i + shift
            if stamps.indices.contains(guess), stamps[guess].path == path { return guess }
            if byPath == nil {
                var table: [String: Int] = [:]
                for (k, s) in stamps.enumerated() { table[s.path] = k }
                byPath = table
            }
            guard let found = byPath?[path] else { return nil }
            shift = found - i
            return found
        }
    }

    /// Reads, hashes and parses the files `indices` in parallel (one file per thread at a time, so raw
    /// bytes never pile up); nil for a file that could not be read.
    private static func readFiles(
        _ indices: [Int], listing: CorpusListing, stamps: [FileStamp?], progress: (@Sendable (LoadProgress) -> Void)?
    ) -> [Entry?] {
        let rel = listing.relative
        let root = listing.root
        let bytesTotal = indices.reduce(0) { $0 + Int(stamps[$1]?.size ?? 0) }
        let out = Analyzer.Box([Entry?](repeating: nil, count: indices.count))
        let counters = Analyzer.Box((0, 0))
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: indices.count) { k in
            let i = indices[k]
            var entry: Entry?
            let data = FileManager.default.contents(atPath: root + "/" + rel[i])
            if let data, var stamp = stamps[i] {
                let bytes = [UInt8](data)
                stamp.digest = ContentHash.digest(bytes)
                entry = Entry(stamp: stamp, output: DocumentParser.parse(relativePath: rel[i], bytes: bytes))
            }
            lock.lock()
            out.value[k] = entry
            counters.value.0 += 1
            counters.value.1 += data?.count ?? 0
            let p = LoadProgress(
                filesDone: counters.value.0, filesTotal: indices.count, bytesDone: counters.value.1, bytesTotal: bytesTotal)
            lock.unlock()
            progress?(p)
        }
        return out.value
    }
}
