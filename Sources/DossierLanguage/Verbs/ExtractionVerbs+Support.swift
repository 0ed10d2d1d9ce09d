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
        // Mentions in scope as (sentence key, entity), grouped by sentence after a sort: integer keys,
        // no allocation per sentence.
        var keyed: [(sentence: UInt64, entity: Int)] = []
        keyed.reserveCapacity(a.mentions.count)
        for m in a.mentions where scope(m.doc) {
            if let t = type, a.entities[m.entity].type != t { continue }
            keyed.append((packed(m.doc, m.sentence), m.entity))
        }
        keyed.sort { $0.sentence != $1.sentence ? $0.sentence < $1.sentence : $0.entity < $1.entity }
        // Per pair: shared sentences, documents, and the last document counted (sentences come in
        // document order, so a pair's documents are counted as they change).
        var shared: [UInt64: (sentences: Int, docs: Int, lastDoc: Int)] = [:]
        var single: [Int: Int] = [:]
        var sentences = 0
        var ids: [Int] = []
        var i = 0
        while i < keyed.count {
            let key = keyed[i].sentence
            ids.removeAll(keepingCapacity: true)
            while i < keyed.count, keyed[i].sentence == key {
                if ids.last != keyed[i].entity { ids.append(keyed[i].entity) }
                i += 1
            }
            sentences += 1
            let doc = Int(key >> 32)
            for e in ids { single[e, default: 0] += 1 }
            for x in ids.indices { for y in ids.indices where y > x {
                let (p, q) = (ids[x], ids[y])
                let pair = a.entities[p].name <= a.entities[q].name ? packed(p, q) : packed(q, p)
                shared[pair, default: (0, 0, -1)].sentences += 1
                if shared[pair]!.lastDoc != doc {
                    shared[pair]!.docs += 1
                    shared[pair]!.lastDoc = doc
                }
            } }
        }
        let pairs = shared.map { (Int($0.key >> 32), Int($0.key & 0xFFFF_FFFF), $0.value.sentences, $0.value.docs) }
        return (pairs, single, sentences)
    }

    /// Per entity: its mentions in scope and the documents they are in (no set per entity: a document
    /// is counted when it differs from the entity's last one, or, for mentions out of document order,
    /// when no earlier mention of the entity was in it).
    static func mentionCounts(_ a: Annotations, scope: (Int) -> Bool) -> (mentions: [Int], docs: [Int]) {
        var mentions = [Int](repeating: 0, count: a.entities.count)
        var docs = [Int](repeating: 0, count: a.entities.count)
        var last = [Int](repeating: -1, count: a.entities.count)
        var ordered = true
        var previous = Int.min
        for m in a.mentions where scope(m.doc) {
            if m.doc < previous { ordered = false }
            previous = m.doc
            mentions[m.entity] += 1
            if last[m.entity] != m.doc { docs[m.entity] += 1; last[m.entity] = m.doc }
        }
        guard !ordered else { return (mentions, docs) }
        var seen = Set<SIMD2<Int>>()
        docs = [Int](repeating: 0, count: a.entities.count)
        for m in a.mentions where scope(m.doc) && seen.insert(SIMD2(m.entity, m.doc)).inserted { docs[m.entity] += 1 }
        return (mentions, docs)
    }

    /// Two indices as one sortable integer, the first in the high half: (document, sentence) keys
    /// order by document then sentence; (entity, entity) keys name an ordered pair.
    static func packed(_ high: Int, _ low: Int) -> UInt64 {
        UInt64(truncatingIfNeeded: high) << 32 | UInt64(truncatingIfNeeded: low) & 0xFFFF_FFFF
    }
}
