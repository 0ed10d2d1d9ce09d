/// Word-level evidence for the tagger from the gazetteer files: per lowercased word, a bit set of the
/// lists it is in and its frequency band in English. Keys are `TaggerHash.word` hashes, so a lookup
/// needs no String.
struct TaggerLexicon: Sendable {
    static let givenName: UInt16 = 1
    static let surname: UInt16 = 2
    static let city: UInt16 = 4
    static let country: UInt16 = 8
    static let subdivision: UInt16 = 16
    static let organizationWord: UInt16 = 32
    static let title: UInt16 = 64
    static let placePart: UInt16 = 128
    /// Bits 8…11: 0 = not a listed English word, else 1 + the word's Zipf frequency (capped at 8).
    static let bandShift: UInt16 = 8
    /// Bits 16…23 (of `Entry`): the tag dictionary's class, 0 = unknown, else 1 + tag (+ 32 when unambiguous).
    static let tagShift: UInt32 = 16
    typealias Entry = UInt32

    /// Open addressing: keys (0 = empty) and values; capacity a power of two.
    private var keys: [UInt64]
    private var values: [UInt32]

    init(entries: [(UInt64, UInt32)]) {
        var cap = 1024
        while cap < entries.count * 2 { cap *= 2 }
        keys = Array(repeating: 0, count: cap)
        values = Array(repeating: 0, count: cap)
        let mask = cap - 1
        for (k0, v) in entries {
            let k = k0 == 0 ? 1 : k0
            var s = Int(truncatingIfNeeded: k) & mask
            while keys[s] != 0, keys[s] != k { s = (s + 1) & mask }
            keys[s] = k
            values[s] |= v
        }
    }

    /// The flags (low 16 bits) and tag class (bits 16…23) of the word with hash `h` (0 when unknown).
    @inline(__always)
    func entry(_ h0: UInt64) -> UInt32 {
        let h = h0 == 0 ? 1 : h0
        return keys.withUnsafeBufferPointer { k in
            let mask = k.count - 1
            var s = Int(truncatingIfNeeded: h) & mask
            while true {
                let v = k[s]
                if v == h { return values[s] }
                if v == 0 { return 0 }
                s = (s + 1) & mask
            }
        }
    }

    /// The lexicon built from the bundled gazetteer and curated files and the tag dictionary.
    static let shared = TaggerLexicon.load(tagDictionary: DataResources.rows("tagger/tag-dictionary.tsv"))

    /// `tagDictionary` rows: folded word, UPOS, 1 when unambiguous.
    static func load(tagDictionary: [[Substring]]) -> TaggerLexicon {
        var e: [(UInt64, UInt16)] = []
        func add(_ name: Substring, _ flag: UInt16, part: UInt16 = 0) {
            let words = name.split(separator: " ")
            if words.count == 1 {
                e.append((TaggerHash.word(String(name)), flag))
            } else if part != 0 {
                for w in words { e.append((TaggerHash.word(String(w)), part)) }
            }
        }
        for r in DataResources.rows("gazetteer/given-names.tsv") where !r.isEmpty { add(r[0], givenName) }
        for r in DataResources.rows("gazetteer/surnames.tsv") where !r.isEmpty { add(r[0], surname) }
        for r in DataResources.rows("gazetteer/places.tsv") where r.count >= 2 {
            let flag: UInt16 = r[1] == "city" ? city : r[1] == "subdivision" ? subdivision : country
            add(r[0], flag, part: placePart)
        }
        for r in DataResources.rows("gazetteer/words.tsv") where r.count >= 2 {
            let zipf = Double(r[1]) ?? 0
            let band = UInt16(min(8, max(1, Int(zipf) + 1)))
            e.append((TaggerHash.word(String(r[0])), band << bandShift))
        }
        for r in DataResources.rows("curated/organization-heads.tsv") where !r.isEmpty {
            add(r[0], organizationWord)
        }
        for r in DataResources.rows("curated/title-words.tsv") where !r.isEmpty { add(r[0], title) }
        // A word listed several times keeps its highest frequency band (bands are OR-ed; keep the max).
        var merged: [UInt64: UInt32] = [:]
        for (k, v) in e {
            let old = merged[k] ?? 0
            let band = max(old >> UInt32(bandShift), UInt32(v >> bandShift))
            merged[k] = ((old | UInt32(v)) & 0xFF) | (band << UInt32(bandShift))
        }
        for r in tagDictionary where r.count == 3 {
            guard let pos = UniversalPOS(name: String(r[1])) else { continue }
            let cls = UInt32(1 + pos.rawValue) + (r[2] == "1" ? 32 : 0)
            let k = TaggerHash.word(String(r[0]))
            merged[k] = (merged[k] ?? 0) | (cls << tagShift)
        }
        return TaggerLexicon(entries: merged.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }
}
