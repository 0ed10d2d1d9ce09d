/// Case-folded terms interned to dense integer ids, stored in one byte arena with an open-addressing table.
public struct Lexicon: Sendable {
    /// Concatenated UTF-8 of every term.
    var arena: [UInt8] = []
    /// Term `i` is `arena[offsets[i]..<offsets[i + 1]]`.
    var offsets: [UInt32] = [0]
    /// Open-addressing slots: hash << 32 | (term id + 1), 0 = empty; capacity is a power of two.
    var slots: [UInt64] = Array(repeating: 0, count: 1024)
    /// Per slot, the term's first 8 bytes (zero-padded): terms under 8 bytes match without touching the arena.
    var slotKeys: [UInt64] = Array(repeating: 0, count: 1024)
    /// Set on a loaded lexicon: its table, built once on the first lookup (`slots` then stay empty).
    var deferred: DeferredTable?

    public init() {}

    /// The number of distinct terms.
    public var count: Int { offsets.count - 1 }

    /// The term text of `id`.
    public func term(_ id: Int) -> String {
        guard id >= 0, id < count else { return "" }
        return arena.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(offsets[id])..<Int(offsets[id + 1])]), as: UTF8.self)
        }
    }

    /// The id of an already case-folded term.
    public func id(of term: String) -> UInt32? {
        var t = term
        return t.withUTF8 { find($0) }
    }

    /// The id of a raw word, folded the way the index folds tokens.
    public func id(ofWord word: String) -> UInt32? {
        id(of: Lexicon.fold(word))
    }

    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for c in b { h = (h ^ UInt32(c)) &* 16_777_619 }
        return h
    }

    /// The slot holding `b`, or the empty slot where it would go (negative: -(slot + 1)).
    @inline(__always)
    private func probe(_ b: UnsafeBufferPointer<UInt8>, _ h: UInt32, slots: [UInt64], keys slotKeys: [UInt64]) -> Int {
        let key = Lexicon.pack(b)
        let short = b.count < 8
        return slots.withUnsafeBufferPointer { sl in
            slotKeys.withUnsafeBufferPointer { keys in
            arena.withUnsafeBufferPointer { a in
                offsets.withUnsafeBufferPointer { off in
                    let mask = sl.count - 1
                    var s = Int(h) & mask
                    while true {
                        let v = sl[s]
                        if v == 0 { return -(s + 1) }
                        if UInt32(truncatingIfNeeded: v >> 32) == h, keys[s] == key {
                            if short { return s }
                            let id = Int(v & 0xFFFF_FFFF) - 1
                            let lo = Int(off[id]), hi = Int(off[id + 1])
                            if hi - lo == b.count {
                                var k = 0
                                while k < b.count, a[lo + k] == b[k] { k += 1 }
                                if k == b.count { return s }
                            }
                        }
                        s = (s + 1) & mask
                    }
                }
            }
            }
        }
    }

    /// The first 8 bytes of `b`, little-endian, zero-padded.
    @inline(__always)
    static func pack(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var k: UInt64 = 0
        let m = min(8, b.count)
        var i = 0
        while i < m {
            k |= UInt64(b[i]) << (8 * UInt64(i))
            i += 1
        }
        return k
    }

    func find(_ b: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let (sl, keys) = deferred?.table(of: self) ?? (slots, slotKeys)
        let s = probe(b, Lexicon.hash(b), slots: sl, keys: keys)
        return s >= 0 ? UInt32(sl[s] & 0xFFFF_FFFF) - 1 : nil
    }

    /// The id of `b`, adding it when new.
    @discardableResult
    mutating func intern(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        if let deferred {
            (slots, slotKeys) = deferred.table(of: self)
            self.deferred = nil
        }
        let h = Lexicon.hash(b)
        let s = probe(b, h, slots: slots, keys: slotKeys)
        if s >= 0 { return UInt32(slots[s] & 0xFFFF_FFFF) - 1 }
        let id = count
        arena.append(contentsOf: b)
        offsets.append(UInt32(arena.count))
        slots[-s - 1] = UInt64(h) << 32 | UInt64(id + 1)
        slotKeys[-s - 1] = Lexicon.pack(b)
        if (id + 1) * 2 > slots.count { rebuildTable(capacity: slots.count * 2) }
        return UInt32(id)
    }

    /// Rebuilds the hash table from arena and offsets (after growth).
    mutating func rebuildTable(capacity: Int = 0) {
        (slots, slotKeys) = Lexicon.table(arena: arena, offsets: offsets, capacity: capacity)
    }

    /// Drops the table, to be built on the first lookup (for a lexicon loaded from the model: a query
    /// that looks up no term never pays for it).
    mutating func deferTable() {
        slots = []
        slotKeys = []
        deferred = DeferredTable()
    }

    /// The open-addressing table (slots, keys) of these terms, with at least `capacity` slots.
    static func table(arena: [UInt8], offsets: [UInt32], capacity: Int = 0) -> (slots: [UInt64], keys: [UInt64]) {
        let count = offsets.count - 1
        var cap = max(1024, capacity)
        while cap < count * 2 + 2 { cap *= 2 }
        var newSlots = [UInt64](repeating: 0, count: cap)
        var newKeys = [UInt64](repeating: 0, count: cap)
        let mask = cap - 1
        arena.withUnsafeBufferPointer { a in
            for id in 0..<count {
                let term = UnsafeBufferPointer(rebasing: a[Int(offsets[id])..<Int(offsets[id + 1])])
                let h = Lexicon.hash(term)
                var s = Int(h) & mask
                while newSlots[s] != 0 { s = (s + 1) & mask }
                newSlots[s] = UInt64(h) << 32 | UInt64(id + 1)
                newKeys[s] = Lexicon.pack(term)
            }
        }
        return (newSlots, newKeys)
    }

    mutating func intern(_ term: String) -> UInt32 {
        var t = term
        return t.withUTF8 { intern($0) }
    }

    /// Ids of the terms starting with `prefix` (already folded), ascending.
    public func ids(withPrefix prefix: String) -> [UInt32] {
        let p = Array(prefix.utf8)
        var out: [UInt32] = []
        arena.withUnsafeBufferPointer { a in
            for id in 0..<count {
                let lo = Int(offsets[id]), hi = Int(offsets[id + 1])
                guard hi - lo >= p.count else { continue }
                var ok = true
                for k in 0..<p.count where a[lo + k] != p[k] {
                    ok = false
                    break
                }
                if ok { out.append(UInt32(id)) }
            }
        }
        return out
    }

    /// Case folding used for index terms: lowercase, curly apostrophes straightened, Unicode hyphens as '-'.
    public static func fold(_ word: String) -> String {
        var w = word
        var out: [UInt8] = []
        w.withUTF8 { foldBytes($0, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the folded form of UTF-8 `b` to `out` (ASCII and Latin-1 letters fast, the rest via the standard library).
    @inline(__always)
    static func foldBytes(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                i += 1
                continue
            }
            if c == 0xE2, i + 2 < n, b[i + 1] == 0x80 {
                let d = b[i + 2]
                if d == 0x99 || d == 0x98 { out.append(0x27); i += 3; continue }
                if d == 0x90 || d == 0x91 { out.append(0x2D); i += 3; continue }
            }
            if c == 0xC3, i + 1 < n, b[i + 1] >= 0x80, b[i + 1] <= 0x9E, b[i + 1] != 0x97 {
                out.append(0xC3)
                out.append(b[i + 1] + 0x20)
                i += 2
                continue
            }
            // Any other scalar: lowercase it with the standard library.
            var j = i + 1
            while j < n, b[j] & 0xC0 == 0x80 { j += 1 }
            let scalarText = String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)
            out.append(contentsOf: scalarText.lowercased().utf8)
            i = j
        }
    }
}
