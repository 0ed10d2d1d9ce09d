import DossierModel
extension WordDictionary {
    /// Distinct glob words (each is matched against the whole lexicon).
    public var globCount: Int {
        Set(categories.flatMap { $0.patterns.flatMap { $0 } }.filter(Glob.isGlob)).count
    }

    /// Per category, occurrences in each document of `documents` (a pattern's words in sequence; a
    /// token matched by several single-word patterns of one category counts once).
    public func counts(in c: Corpus, documents: [Int]) -> [[Int: Int]] {
        var folded: [[Unicode.Scalar]] = []  // the lexicon as scalars, made on the first glob
        var idCache: [String: Set<UInt32>] = [:]
        func ids(_ word: String) -> Set<UInt32> {
            if let hit = idCache[word] { return hit }
            var out = Set<UInt32>()
            if Glob.isGlob(word) {
                if folded.isEmpty { folded = (0..<c.lexicon.count).map { Array(c.lexicon.term($0).unicodeScalars) } }
                let p = Array(word.unicodeScalars)
                for (id, term) in folded.enumerated() where Glob.matches(p, term) { out.insert(UInt32(id)) }
            } else if let id = c.lexicon.id(of: word) {
                out.insert(id)
            }
            idCache[word] = out
            return out
        }
        var inScope = [Bool](repeating: false, count: c.documents.count)
        for d in documents where c.documents.indices.contains(d) { inScope[d] = true }
        return categories.map { category in
            var perDoc: [Int: Int] = [:]
            var single = Set<UInt32>()
            for p in category.patterns where p.count == 1 { single.formUnion(ids(p[0])) }
            for id in single {
                for s in c.positions(ofAny: [id]) {
                    let d = c.document(ofToken: Int(s))
                    if inScope[d] { perDoc[d, default: 0] += 1 }
                }
            }
            for p in category.patterns where p.count > 1 {
                let sets = p.map(ids)
                guard !sets.contains(where: \.isEmpty) else { continue }
                for s in c.positions(ofAny: Array(sets[0]).sorted()) {
                    let d = c.document(ofToken: Int(s))
                    guard inScope[d], Int(s) + p.count <= c.docTokenStart[d + 1] else { continue }
                    if (1..<p.count).allSatisfy({ sets[$0].contains(c.tokenTerm[Int(s) + $0]) }) { perDoc[d, default: 0] += 1 }
                }
            }
            return perDoc
        }
    }
}
