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

    /// The one entity a name given to curation designates; when several match, the diagnostic lists them.
    static func curatedEntity(_ call: VerbCall, _ arg: String, name: String? = nil, in a: Annotations) throws(Diagnostic) -> Int {
        let name = name ?? call.string(arg) ?? ""
        switch EntityLookup.resolve(name, in: a) {
        case .one(let e): return e
        case .ambiguous(let ids):
            let shown = ids.prefix(8).map { "\(a.entities[$0].name) (\(a.entities[$0].type.rawValue))" }
            throw call.error(
                "'\(name)' names \(ids.count) entities", at: arg,
                suggestion: "say which: " + shown.joined(separator: ", ") + (ids.count > 8 ? ", …" : ""))
        case .none:
            throw noEntity(name, call, arg, in: a)
        }
    }

    /// The entity a NAME argument refers to, or a diagnostic with a suggestion.
    static func entity(_ call: VerbCall, _ arg: String, in a: Annotations) throws(Diagnostic) -> Int {
        let name = call.string(arg) ?? ""
        if let e = EntityLookup.find(name, in: a) { return e }
        throw noEntity(name, call, arg, in: a)
    }

    /// "no entity named …", with the nearest name as a suggestion.
    static func noEntity(_ name: String, _ call: VerbCall, _ arg: String, in a: Annotations) -> Diagnostic {
        let hint = EntityLookup.suggestion(name, in: a)
        return call.error(
            "no entity named '\(name)'", at: arg,
            suggestion: hint.map { "did you mean '\($0)'?" } ?? "list them with: entities")
    }

    /// The sentence text around a byte range: (left, match, right), cut to `width` characters.
    static func context(_ doc: CorpusDocument, bytes: UnsafeBufferPointer<UInt8>, sentence: Int, range: Range<Int>, width: Int = 50)
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

    /// `s` on one line: each tab and each line feed a space (a CR LF pair, one character, is kept).
    /// Byte by byte: a tab or a lone line feed is always a character of its own.
    static func flat(_ s: String) -> String {
        var s = s
        return s.withUTF8 { b in
            guard b.contains(where: { $0 == 0x0A || $0 == 0x09 }) else { return nil }
            var out = Array(b)
            for i in out.indices where out[i] == 0x09 || (out[i] == 0x0A && (i == 0 || b[i - 1] != 0x0D)) { out[i] = 0x20 }
            return String(decoding: out, as: UTF8.self)
        } ?? s
    }

    /// Sentence `i` of the document on one line (line ends and tabs as spaces).
    static func sentenceText(_ doc: CorpusDocument, _ i: Int) -> String {
        flat(doc.sentenceText(i))
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
