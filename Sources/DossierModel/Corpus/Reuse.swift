/// The previous model of a corpus, as a source of unchanged files' documents and analysis.
struct Reuse {
    let model: StoredModel
    /// Per file of the previous model: its documents' indices, by place in the file.
    let documentsOfFile: [[Int]]
    let fileByPath: [String: Int]

    init(_ model: StoredModel) {
        self.model = model
        var byFile = model.files.map { [Int](repeating: -1, count: $0.documentCount) }
        for (i, o) in model.origins.enumerated() where byFile[o.file].indices.contains(o.ordinal) {
            byFile[o.file][o.ordinal] = i
        }
        documentsOfFile = byFile
        var paths: [String: Int] = [:]
        for (i, f) in model.files.enumerated() { paths[f.path] = i }
        fileByPath = paths
    }

    /// The previous model's file with this path and hash, when all its documents are there.
    func file(path: String, digest: [UInt8]) -> Int? {
        guard let i = fileByPath[path], model.files[i].digest == digest, !documentsOfFile[i].contains(-1) else { return nil }
        return i
    }

    /// The file's documents as the parser gave them (raw ids and titles).
    func output(_ file: Int) -> DocumentParser.Output {
        var out = DocumentParser.Output()
        out.warnings = model.files[file].warnings
        for i in documentsOfFile[file] {
            var d = model.documents[i]
            d.id = model.origins[i].rawID
            d.title = model.origins[i].rawTitle
            out.documents.append(d)
        }
        return out
    }

    /// The analysis of the assembled documents: unchanged files' documents copied from the previous
    /// model, the others analysed (tokenized, tagged) now, merged in corpus order.
    func analyse(_ asm: Assembly, reused: [Int?]) -> Analysis {
        var fresh: [String] = []
        var plan: [(source: Int, document: Int)] = []
        for (i, o) in asm.origins.enumerated() {
            if let p = reused[o.file] {
                plan.append((0, documentsOfFile[p][o.ordinal]))
            } else {
                plan.append((1, fresh.count))
                fresh.append(asm.documents[i].text)
            }
        }
        let new = Analyzer.documentAnalysis(texts: fresh)
        return Analysis.merge([model.analysis, new], plan: plan, texts: asm.documents.map(\.text))
    }
}
