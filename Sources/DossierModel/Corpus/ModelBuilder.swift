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

    /// The corpus, or nil when a file was not read and the previous model cannot supply it.
    static func open(
        _ inputs: [Input], fingerprint fp: String, name: String, extraWarnings: [String], store: ModelStore?,
        previous: String?
    ) -> Corpus? {
        let digest = ModelStore.digest(ofFingerprint: fp)
        if let store {
            let path = store.modelPath(fingerprint: fp)
            if let model = StoredModel.read(path: path, fingerprint: fp, fingerprintDigest: digest, analyserKey: store.analyserKey) {
                store.touch(path)
                var c = Corpus(
                    name: name, documents: model.documents, warnings: extraWarnings + model.warnings, fingerprint: fp,
                    analysis: model.analysis)
                c.store = store
                return c
            }
        }
        var prior: StoredModel?
        if let store, let previous, previous != fp {
            prior = StoredModel.read(
                path: store.modelPath(fingerprint: previous), fingerprint: previous,
                fingerprintDigest: ModelStore.digest(ofFingerprint: previous), analyserKey: store.analyserKey, postings: false)
        }
        guard let built = build(inputs, fingerprint: fp, name: name, extraWarnings: extraWarnings, previous: prior) else {
            return nil
        }
        if let store, store.prepare() {
            let path = store.modelPath(fingerprint: fp)
            _ = StoredModel.write(
                corpus: built.corpus, warnings: built.warnings, files: built.files, origins: built.origins, to: path,
                fingerprintDigest: digest, analyserKey: store.analyserKey)
            store.prune(except: path)
            var c = built.corpus
            c.store = store
            return c
        }
        return built.corpus
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
