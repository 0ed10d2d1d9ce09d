import DossierModel
import DossierExtraction

/// Shared helpers of the extraction verbs.
enum ExtractionVerbSupport {
    static let typeChoice = ParameterKind.choice(EntityType.allCases.map(\.rawValue))

    /// The curated annotations of the session's corpus (computed on first use).
    static func annotations(_ state: inout SessionState) -> Annotations {
        state.extraction.annotations(for: state.corpus, cancellation: state.cancellation)
    }

    /// Whether document `d` is in the call's scope.
    static func inScope(_ call: VerbCall) -> (Int) -> Bool {
        guard let s = call.scope else { return { _ in true } }
        let set = Set(s)
        return { set.contains($0) }
    }

    static func docID(_ state: SessionState, _ d: Int) -> Value {
        state.corpus.documents.indices.contains(d) ? .string(state.corpus.documents[d].id) : .null
    }

    static func entityType(_ call: VerbCall, _ name: String = "type") -> EntityType? {
        call.string(name).flatMap(EntityType.init(rawValue:))
    }

    /// The entity a NAME argument refers to, or a diagnostic with a suggestion.
    static func entity(_ call: VerbCall, _ arg: String, in a: Annotations) throws(Diagnostic) -> Int {
        let name = call.string(arg) ?? ""
        if let e = EntityLookup.find(name, in: a) { return e }
        let hint = EntityLookup.suggestion(name, in: a)
        throw call.error(
            "no entity named '\(name)'", at: arg,
            suggestion: hint.map { "did you mean '\($0)'?" } ?? "list them with: entities")
    }

    /// The sentence text around a byte range: (left, match, right), cut to `width` characters.
    static func context(_ doc: CorpusDocument, bytes: [UInt8], sentence: Int, range: Range<Int>, width: Int = 50)
        -> (String, String, String)
    {
        let s = doc.sentences.indices.contains(sentence) ? doc.sentences[sentence] : 0..<bytes.count
        let lo = max(0, min(s.lowerBound, range.lowerBound)), hi = min(bytes.count, max(s.upperBound, range.upperBound))
        let a = max(lo, min(range.lowerBound, bytes.count)), z = max(a, min(range.upperBound, hi))
        var left = String(decoding: bytes[lo..<a], as: UTF8.self)
        var right = String(decoding: bytes[z..<hi], as: UTF8.self)
        if left.count > width { left = String(left.suffix(width)) }
        if right.count > width { right = String(right.prefix(width)) }
        return (flat(left), String(decoding: bytes[a..<z], as: UTF8.self), flat(right))
    }

    static func flat(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\t" ? " " : $0 })
    }

    static func sentenceText(_ doc: CorpusDocument, _ bytes: [UInt8], _ i: Int) -> String {
        guard doc.sentences.indices.contains(i) else { return "" }
        let r = doc.sentences[i]
        let lo = max(0, min(r.lowerBound, bytes.count)), hi = max(lo, min(r.upperBound, bytes.count))
        return flat(String(decoding: bytes[lo..<hi], as: UTF8.self))
    }

    /// Entity pairs sharing sentences: (a, b, sentences, docs), a < b by name.
    static func cooccurrences(_ a: Annotations, type: EntityType?, scope: (Int) -> Bool)
        -> (pairs: [(Int, Int, Int, Int)], sentenceCount: [Int: Int], totalSentences: Int)
    {
        var bySentence: [[Int]: Set<Int>] = [:]
        for m in a.mentions where scope(m.doc) {
            if let t = type, a.entities[m.entity].type != t { continue }
            bySentence[[m.doc, m.sentence], default: []].insert(m.entity)
        }
        var pairSentences: [[Int]: Int] = [:]
        var pairDocs: [[Int]: Set<Int>] = [:]
        var single: [Int: Int] = [:]
        for (k, set) in bySentence {
            let ids = set.sorted()
            for e in ids { single[e, default: 0] += 1 }
            for i in ids.indices { for j in ids.indices where j > i {
                let x = ids[i], y = ids[j]
                let key = a.entities[x].name <= a.entities[y].name ? [x, y] : [y, x]
                pairSentences[key, default: 0] += 1
                pairDocs[key, default: []].insert(k[0])
            } }
        }
        let pairs = pairSentences.map { ($0.key[0], $0.key[1], $0.value, pairDocs[$0.key]?.count ?? 0) }
        return (pairs, single, bySentence.count)
    }
}
