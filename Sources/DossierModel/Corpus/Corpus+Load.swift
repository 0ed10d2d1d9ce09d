import Foundation

extension Corpus {
    /// Opens a folder (recursively: .txt, .md, .jsonl, .json, .csv) or a single file.
    ///
    /// Files are read and analysed in parallel. Bad files are skipped or repaired with a warning in
    /// `warnings`; only a missing or unreadable root is an error. The analysed model is cached in
    /// `cacheDirectory` (the CLI passes one; nil: no cache). With `confineLinks` (an untrusted
    /// notebook's corpus), a symbolic link that leads out of the folder is not followed: the file is
    /// skipped with a warning.
    public static func load(
        path: String, cacheDirectory: String?, progress: (@Sendable (LoadProgress) -> Void)? = nil,
        confineLinks: Bool = false
    ) throws(CorpusError) -> Corpus {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw .missingPath(path) }
        let rootURL = URL(fileURLWithPath: path).standardizedFileURL
        var relative: [String] = []
        var warnings: [String] = []
        let root: String
        if isDir.boolValue {
            root = rootURL.path
            let realRoot = realPath(root) ?? root
            guard let listing = CorpusWalk.list(root: root, extensions: DocumentParser.allExtensions) else {
                throw .unreadable(path, reason: "cannot list folder: \(String(cString: strerror(errno)))")
            }
            warnings = listing.warnings
            for item in listing.files {
                if confineLinks, !isInside(root + "/" + item, folder: realRoot) {
                    warnings.append("skipped \(item): a symbolic link leading outside the corpus (not followed for an untrusted notebook)")
                    continue
                }
                relative.append(item)
            }
        } else {
            root = rootURL.deletingLastPathComponent().path
            relative = [rootURL.lastPathComponent]
        }
        let name = rootURL.deletingPathExtension().lastPathComponent
        // Read, hash and parse in parallel, one file at a time per thread: the raw bytes never pile up.
        let total = relative.count
        let sizes = relative.map { (try? fm.attributesOfItem(atPath: root + "/" + $0)[.size] as? Int) ?? 0 }
        let bytesTotal = sizes.reduce(0, +)
        let outputs = Analyzer.Box([DocumentParser.Output?](repeating: nil, count: total))
        let digests = Analyzer.Box([[UInt8]](repeating: [], count: total))
        let lock = NSLock()
        let counters = Analyzer.Box((0, 0))
        let rel = relative
        DispatchQueue.concurrentPerform(iterations: total) { i in
            let data = FileManager.default.contents(atPath: root + "/" + rel[i])
            var output: DocumentParser.Output?
            var digest: [UInt8] = []
            if let data {
                let bytes = [UInt8](data)
                digest = SHA256.hash(bytes)
                output = DocumentParser.parse(relativePath: rel[i], bytes: bytes)
            }
            lock.lock()
            outputs.value[i] = output
            digests.value[i] = digest
            counters.value.0 += 1
            counters.value.1 += data?.count ?? 0
            let p = LoadProgress(filesDone: counters.value.0, filesTotal: total, bytesDone: counters.value.1, bytesTotal: bytesTotal)
            lock.unlock()
            progress?(p)
        }
        var parsed: [DocumentParser.Output] = []
        var names: [String] = []
        var fileDigests: [[UInt8]] = []
        for i in 0..<total {
            if let o = outputs.value[i] {
                parsed.append(o)
                names.append(relative[i])
                fileDigests.append(digests.value[i])
            } else {
                warnings.append("skipped unreadable file \(relative[i])")
            }
        }
        outputs.value = []
        if !isDir.boolValue, parsed.isEmpty { throw .unreadable(path, reason: "permission denied or not a file") }
        let fp = fingerprint(names: names, digests: fileDigests)
        let corpus = finish(outputs: parsed, fingerprint: fp, name: name, cacheDirectory: cacheDirectory, extraWarnings: warnings)
        if corpus.documents.isEmpty { throw .noDocuments(path, warnings: corpus.warnings) }
        return corpus
    }

    /// The real path of `path` (every symlink resolved), nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Whether `path`, symlinks resolved, is inside the real folder `folder`.
    static func isInside(_ path: String, folder: String) -> Bool {
        guard let real = realPath(path) else { return false }
        return real.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
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
        let fp = fingerprint(of: box.value)
        // Parse in parallel.
        let outputs = Analyzer.Box([DocumentParser.Output](repeating: .init(), count: box.value.count))
        let lock = NSLock()
        let count = box.value.count
        DispatchQueue.concurrentPerform(iterations: count) { i in
            lock.lock()
            let file = box.value[i]
            box.value[i].bytes = []
            lock.unlock()
            let o = DocumentParser.parse(relativePath: file.path, bytes: file.bytes)
            lock.lock()
            outputs.value[i] = o
            lock.unlock()
        }
        box.value = []
        let parsed = outputs.value
        outputs.value = []
        return finish(outputs: parsed, fingerprint: fp, name: name, cacheDirectory: cacheDirectory, extraWarnings: extraWarnings)
    }

    /// Documents from parsed files, then the cached analysis for the fingerprint or a fresh one (then cached).
    static func finish(
        outputs: [DocumentParser.Output], fingerprint fp: String, name: String, cacheDirectory: String?,
        extraWarnings: [String]
    ) -> Corpus {
        var warnings = extraWarnings
        var docs: [CorpusDocument] = []
        for o in outputs {
            warnings.append(contentsOf: o.warnings)
            docs.append(contentsOf: o.documents)
        }
        docs.sort { $0.id < $1.id }
        // Unique ids.
        var seen: [String: Int] = [:]
        for i in docs.indices {
            let id = docs[i].id
            if let n = seen[id] {
                seen[id] = n + 1
                docs[i].id = "\(id)~\(n + 1)"
                warnings.append("duplicate document id \(id): renamed to \(docs[i].id)")
            } else {
                seen[id] = 1
            }
        }
        docs.sort { $0.id < $1.id }
        if let dir = cacheDirectory, let cached = CorpusCache.read(directory: dir, fingerprint: fp, documents: docs) {
            var c = Corpus(name: name, documents: cached.documents, warnings: warnings, fingerprint: fp, analysis: cached.analysis)
            c.name = name
            return c
        }
        let corpus = Corpus(name: name, documents: docs, warnings: warnings, fingerprint: fp)
        if let dir = cacheDirectory { CorpusCache.write(corpus, directory: dir) }
        return corpus
    }

    /// "sha256:<hex>" over the sorted relative file names and a SHA-256 of each file's bytes:
    /// SHA-256 of the concatenation of `name` 0x00 `sha256(bytes)` for each file in name order.
    public static func fingerprint(of files: [(path: String, bytes: [UInt8])]) -> String {
        let sorted = files.sorted { $0.path < $1.path }
        let digests = Analyzer.Box([[UInt8]](repeating: [], count: sorted.count))
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: sorted.count) { i in
            let h = SHA256.hash(sorted[i].bytes)
            lock.lock()
            digests.value[i] = h
            lock.unlock()
        }
        return fingerprint(names: sorted.map(\.path), digests: digests.value)
    }

    /// The fingerprint from file names (sorted) and their SHA-256 digests.
    static func fingerprint(names: [String], digests: [[UInt8]]) -> String {
        var s = SHA256()
        for (i, name) in names.enumerated() {
            s.update(Array(name.utf8))
            s.update([0])
            s.update(digests[i])
        }
        return "sha256:" + SHA256.hex(s.finalize())
    }
}
