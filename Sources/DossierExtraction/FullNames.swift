/// The full person name a surname stands for, decided once per surname and per document instead of by
/// a scan of every full name with that surname at each mention: the one named most in the document,
/// else the one named most in the corpus; ties go to the name that sorts first.
struct FullNames: Sendable {
    /// Per surname: the corpus's choice.
    private var best: [String: String] = [:]
    /// Per document, per surname of a full name it mentions: the document's choice.
    private var bestInDoc: [Int: [String: String]] = [:]

    /// No names.
    init() {}

    /// `surnamesOf` gives each full name's surnames (see `EntityClusterer.surnames`).
    init(fullCount: [String: Int], fullByDoc: [Int: [String: Int]], surnamesOf: [String: [String]]) {
        func better(_ a: String, _ countA: Int, than b: String, _ countB: Int) -> Bool {
            countA != countB ? countA > countB : a < b
        }
        for (f, c) in fullCount {
            for s in surnamesOf[f] ?? [] {
                if let b = best[s], !better(f, c, than: b, fullCount[b] ?? 0) { continue }
                best[s] = f
            }
        }
        for (d, names) in fullByDoc {
            var here: [String: String] = [:]
            for (f, c) in names {
                for s in surnamesOf[f] ?? [] {
                    if let b = here[s] {
                        let cb = names[b] ?? 0
                        if c != cb ? c < cb : !better(f, fullCount[f] ?? 0, than: b, fullCount[b] ?? 0) { continue }
                    }
                    here[s] = f
                }
            }
            bestInDoc[d] = here
        }
    }

    func fullName(for surname: String, doc: Int) -> String? {
        bestInDoc[doc]?[surname] ?? best[surname]
    }
}
