/// The documents of parsed files in corpus order: sorted by id (ties by file, then place in file),
/// duplicate ids renamed `id~2`, `id~3` … with a warning, then sorted again.
struct Assembly {
    var documents: [CorpusDocument] = []
    var origins: [StoredModel.Origin] = []
    var warnings: [String] = []

    init(_ outputs: [DocumentParser.Output]) {
        var entries: [(doc: CorpusDocument, origin: StoredModel.Origin)] = []
        for (f, o) in outputs.enumerated() {
            warnings.append(contentsOf: o.warnings)
            for (k, d) in o.documents.enumerated() {
                entries.append((d, StoredModel.Origin(file: f, ordinal: k, rawID: d.id, rawTitle: d.title)))
            }
        }
        func order(_ a: (doc: CorpusDocument, origin: StoredModel.Origin), _ b: (doc: CorpusDocument, origin: StoredModel.Origin)) -> Bool {
            if a.doc.id != b.doc.id { return a.doc.id < b.doc.id }
            if a.origin.file != b.origin.file { return a.origin.file < b.origin.file }
            return a.origin.ordinal < b.origin.ordinal
        }
        entries.sort(by: order)
        var seen: [String: Int] = [:]
        for i in entries.indices {
            let id = entries[i].doc.id
            if let n = seen[id] {
                seen[id] = n + 1
                entries[i].doc.id = "\(id)~\(n + 1)"
                warnings.append("duplicate document id \(id): renamed to \(entries[i].doc.id)")
            } else {
                seen[id] = 1
            }
        }
        entries.sort(by: order)
        documents = entries.map(\.doc)
        origins = entries.map(\.origin)
    }
}
