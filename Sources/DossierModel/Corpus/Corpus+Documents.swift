extension Corpus {
    /// The index of the document with exactly this id (binary search: documents are sorted by id).
    public func documentIndex(id: String) -> Int? {
        var lo = 0, hi = documents.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if documents[mid].id < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < documents.count && documents[lo].id == id ? lo : nil
    }

    /// Metadata field names over all documents, in order of first appearance.
    public var metadataNames: [String] {
        var names: [String] = []
        var seen = Set<String>()
        for d in documents { for m in d.metadata where seen.insert(m.name).inserted { names.append(m.name) } }
        return names
    }
}
