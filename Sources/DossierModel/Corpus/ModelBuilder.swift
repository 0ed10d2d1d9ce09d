/// Turns parsed (or vouched-for) files into a corpus: from its stored model when there is one for the
/// fingerprint, else by analysing, reusing the previous model's analysis of every unchanged file, and
/// then storing the new model.
enum ModelBuilder {
    struct Input {
        var path: String
        var digest: [UInt8]
        /// nil: not read (the freshness index vouched for the file; its documents are in the previous model).
        var output: DocumentParser.Output?
    }

    /// An opened corpus and the stamp of its model file when that file was just written or checked in
    /// full (nil: no store, not written, or the stamp is not safe to trust; see `settled(_:since:)`).
    struct Opened {
        var corpus: Corpus
        var modelStamp: FileStamp?
    }

    /// The corpus, or nil when a file was not read and the previous model cannot supply it. `vouched`:
    /// the stamp recorded for the model of `previous` when it was last written or checked; that model
    /// file, when it still has it, is opened without checksumming or scanning its sections (whether it
    /// is served or only reused for the unchanged files).
    static func open(
        _ inputs: [Input], fingerprint fp: String, name: String, extraWarnings: [String], store: ModelStore?,
        previous: String?, vouched: FileStamp? = nil
    ) -> Opened? {
        let digest = ModelStore.digest(ofFingerprint: fp)
        if let store {
            let path = store.modelPath(fingerprint: fp)
            let before = stamp(ofModel: path)
            let trusted = previous == fp && isVouched(before, vouched)
            if let model = StoredModel.read(
                path: path, fingerprint: fp, fingerprintDigest: digest, analyserKey: store.analyserKey, trusted: trusted)
            {
                store.touch(path)
                var c = Corpus(
                    name: name, documents: model.documents, warnings: extraWarnings + model.warnings, fingerprint: fp,
                    analysis: model.analysis)
                c.store = store
                return Opened(corpus: c, modelStamp: trusted ? vouched : settled(path, since: before))
            }
        }
        var prior: StoredModel?
        if let store, let previous, previous != fp {
            let path = store.modelPath(fingerprint: previous)
            prior = StoredModel.read(
                path: path, fingerprint: previous, fingerprintDigest: ModelStore.digest(ofFingerprint: previous),
                analyserKey: store.analyserKey, postings: false, trusted: isVouched(stamp(ofModel: path), vouched))
        }
        guard let built = build(inputs, fingerprint: fp, name: name, extraWarnings: extraWarnings, previous: prior) else {
            return nil
        }
        if let store, store.prepare() {
            let path = store.modelPath(fingerprint: fp)
            let written = StoredModel.write(
                corpus: built.corpus, warnings: built.warnings, files: built.files, origins: built.origins, to: path,
                fingerprintDigest: digest, analyserKey: store.analyserKey)
            store.prune(except: path)
            var c = built.corpus
            c.store = store
            return Opened(corpus: c, modelStamp: written ? settled(path) : nil)
        }
        return Opened(corpus: built.corpus, modelStamp: nil)
    }

    /// Whether a model file's current stamp is the one recorded.
    static func isVouched(_ current: FileStamp?, _ recorded: FileStamp?) -> Bool {
        guard let current, let recorded else { return false }
        return current.sameFile(as: recorded)
    }

    /// The model file's stamp (size, mtime, inode; no path, no digest), nil when absent.
    static func stamp(ofModel path: String) -> FileStamp? {
        FileStamp.read(path: "", absolute: path)
    }

    /// The model file's stamp now, when its mtime is clearly in the past: then any later write to the
    /// file shows as a newer mtime (a write backdates it). Otherwise nil (a write within the same clock
    /// tick could hide): the next open checks in full again.
    static func settled(_ path: String) -> FileStamp? {
        guard let now = stamp(ofModel: path), now.mtimeNanos < FileStamp.now() - FreshnessIndex.racyWindowNanos
        else { return nil }
        return now
    }

    /// `settled(_:)`, after a check that began with the stamp `before`: nil unless the file still has it.
    static func settled(_ path: String, since before: FileStamp?) -> FileStamp? {
        guard let before, let now = settled(path), now.sameFile(as: before) else { return nil }
        return now
    }

    struct Built {
        var corpus: Corpus
        var warnings: [String]
        var files: [StoredModel.File]
        var origins: [StoredModel.Origin]
    }

    /// Parsed documents of every file (from the previous model for unchanged files), assembled, analysed.
    static func build(
        _ inputs: [Input], fingerprint fp: String, name: String, extraWarnings: [String], previous: StoredModel?
    ) -> Built? {
        let reusable = previous.map(Reuse.init)
        var outputs: [DocumentParser.Output] = []
        var reused: [Int?] = []
        for input in inputs {
            if let r = reusable, let p = r.file(path: input.path, digest: input.digest) {
                outputs.append(r.output(p))
                reused.append(p)
            } else if let o = input.output {
                outputs.append(o)
                reused.append(nil)
            } else {
                return nil
            }
        }
        let files = zip(inputs, outputs).map {
            StoredModel.File(path: $0.path, digest: $0.digest, warnings: $1.warnings, documentCount: $1.documents.count)
        }
        var asm = Assembly(outputs)
        outputs = []
        let analysis: Analysis
        if let r = reusable, reused.contains(where: { $0 != nil }) {
            analysis = r.analyse(asm, reused: reused)
        } else {
            analysis = Analyzer.analyse(texts: asm.documents.map(\.text))
        }
        Corpus.annotate(&asm.documents, from: analysis)
        let corpus = Corpus(
            name: name, documents: asm.documents, warnings: extraWarnings + asm.warnings, fingerprint: fp, analysis: analysis)
        return Built(corpus: corpus, warnings: asm.warnings, files: files, origins: asm.origins)
    }
}
