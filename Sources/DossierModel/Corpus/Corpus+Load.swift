import Foundation

extension Corpus {
    /// Opens a folder (recursively: .txt, .md, .jsonl, .json, .csv) or a single file.
    ///
    /// Bad files are skipped or repaired with a warning in `warnings`; only a missing or unreadable
    /// root is an error. With `cacheDirectory` (the CLI passes one; nil: no cache) the analysed model
    /// is stored there (see `ModelStore`) and later opens stat the files: unchanged files are neither
    /// read nor hashed, an unchanged corpus is served from its model, and after a change only the files
    /// added or changed are read and analysed. `verify` reads and hashes every file regardless. With
    /// `confineLinks` (an untrusted notebook's corpus), a symbolic link that leads out of the folder is
    /// not followed: the file is skipped with a warning. A corpus without documents is an error.
    public static func load(
        path: String, cacheDirectory: String?, verify: Bool = false, progress: (@Sendable (LoadProgress) -> Void)? = nil,
        confineLinks: Bool = false
    ) throws(CorpusError) -> Corpus {
        try load(
            path: path, store: cacheDirectory.map { ModelStore(root: $0) }, verify: verify, progress: progress,
            confineLinks: confineLinks)
    }

    /// Opens a folder or file like `load(path:cacheDirectory:verify:progress:)`, with a given model store.
    public static func load(
        path: String, store: ModelStore?, verify: Bool = false, progress: (@Sendable (LoadProgress) -> Void)? = nil,
        confineLinks: Bool = false
    ) throws(CorpusError) -> Corpus {
        let listing = try CorpusListing.list(path, confineLinks: confineLinks)
        let rootPath = listing.isDirectory ? listing.root : listing.root + "/" + (listing.relative.first ?? "")
        let rootDigest = ContentHash.digest(Array(rootPath.utf8))
        let indexPath = store?.indexPath(rootDigest: rootDigest)
        var index = verify ? nil : store.flatMap { s in indexPath.flatMap { FreshnessIndex.read(path: $0, rootDigest: rootDigest, analyserKey: s.analyserKey) } }
        while true {
            let trusting = index != nil
            let scan = FileScan.run(listing, index: index, progress: progress)
            if !listing.isDirectory, scan.files.isEmpty { throw .unreadable(path, reason: "permission denied or not a file") }
            let fp = fingerprint(names: scan.files.map(\.stamp.path), digests: scan.files.map(\.stamp.digest))
            let previous = index?.fingerprint
            let inputs = scan.files.map { ModelBuilder.Input(path: $0.stamp.path, digest: $0.stamp.digest, output: $0.output) }
            guard let opened = ModelBuilder.open(
                inputs, fingerprint: fp, name: listing.name, extraWarnings: listing.warnings + scan.warnings, store: store,
                previous: previous, vouched: index?.model)
            else {
                // The index vouched for files whose analysis is gone (its model was pruned): read them all.
                // (Without an index every file is read, so this happens at most once.)
                guard trusting else { throw .noDocuments(path, warnings: listing.warnings + scan.warnings) }
                index = nil
                continue
            }
            // Nothing read, same files (the fingerprint covers their names), same model: the index stands.
            let unchanged = index.map { scan.readCount == 0 && $0.fingerprint == fp && $0.model == opened.modelStamp } ?? false
            if !unchanged, let store, let indexPath, store.prepare() {
                FreshnessIndex(
                    fingerprint: fp, stampedAtNanos: scan.stampedAt, stamps: scan.files.map(\.stamp), model: opened.modelStamp
                ).write(path: indexPath, rootDigest: rootDigest, analyserKey: store.analyserKey)
            }
            let corpus = opened.corpus
            if corpus.documents.isEmpty { throw .noDocuments(path, warnings: corpus.warnings) }
            return corpus
        }
    }

    /// Builds a corpus from in-memory files (paths relative to the corpus root).
    /// With `cacheDirectory`, the analysed model is read from and written to that folder.
    public static func load(
        files: [(path: String, bytes: [UInt8])], name: String = "corpus", cacheDirectory: String? = nil,
        extraWarnings: [String] = []
    ) -> Corpus {
        load(box: Analyzer.Box(files), name: name, cacheDirectory: cacheDirectory, extraWarnings: extraWarnings)
    }

    /// Loads from boxed files, releasing their bytes once parsed (the box is emptied).
    static func load(
        box: Analyzer.Box<[(path: String, bytes: [UInt8])]>, name: String, cacheDirectory: String?, extraWarnings: [String]
    ) -> Corpus {
        box.value.sort { $0.path < $1.path }
        let count = box.value.count
        let inputs = Analyzer.Box([ModelBuilder.Input?](repeating: nil, count: count))
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: count) { i in
            lock.lock()
            let file = box.value[i]
            box.value[i].bytes = []
            lock.unlock()
            let input = ModelBuilder.Input(
                path: file.path, digest: ContentHash.digest(file.bytes),
                output: DocumentParser.parse(relativePath: file.path, bytes: file.bytes))
            lock.lock()
            inputs.value[i] = input
            lock.unlock()
        }
        box.value = []
        let all = inputs.value.compactMap { $0 }
        let fp = fingerprint(names: all.map(\.path), digests: all.map(\.digest))
        let store = cacheDirectory.map { ModelStore(root: $0) }
        // Every file is parsed here, so the build cannot lack one.
        return ModelBuilder.open(all, fingerprint: fp, name: name, extraWarnings: extraWarnings, store: store, previous: nil)?
            .corpus ?? Corpus(name: name, documents: [])
    }

    /// "sha256:<hex>": SHA-256 over, for each file in byte order of its relative path, the path's
    /// UTF-8, one 0x00 byte, and the 32-byte SHA-256 of the file's bytes. Built from per-file hashes,
    /// so an open that trusts recorded hashes computes it without reading the files.
    public static func fingerprint(of files: [(path: String, bytes: [UInt8])]) -> String {
        let sorted = files.sorted { $0.path < $1.path }
        let digests = Parallel.map(sorted.count) { ContentHash.digest(sorted[$0].bytes) }
        return fingerprint(names: sorted.map(\.path), digests: digests)
    }

    /// The fingerprint from file names (sorted) and their SHA-256 digests.
    static func fingerprint(names: [String], digests: [[UInt8]]) -> String {
        var s = ContentHash.Hasher()
        for (i, name) in names.enumerated() {
            s.update(Array(name.utf8))
            s.update([0])
            s.update(digests[i])
        }
        return "sha256:" + ContentHash.hex(s.finalize())
    }
}
