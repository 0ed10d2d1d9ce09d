import Foundation

/// Case-folded terms interned to dense integer ids, stored in one byte arena with an open-addressing table.
public struct Lexicon: Sendable {
    /// Concatenated UTF-8 of every term.
    var arena: [UInt8] = []
    /// Term `i` is `arena[offsets[i]..<offsets[i + 1]]`.
    var offsets: [UInt32] = [0]
    /// Slots hold term id + 1 (0 = empty); capacity is a power of two.
    var slots: [UInt32] = Array(repeating: 0, count: 1024)
    var hashes: [UInt32] = []

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

    func find(_ b: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let h = Lexicon.hash(b)
        let mask = slots.count - 1
        var s = Int(h) & mask
        return arena.withUnsafeBufferPointer { a -> UInt32? in
            while true {
                let v = slots[s]
                if v == 0 { return nil }
                let id = Int(v - 1)
                if hashes[id] == h, equal(a, id, b) { return UInt32(id) }
                s = (s + 1) & mask
            }
        }
    }

    @inline(__always)
    func equal(_ a: UnsafeBufferPointer<UInt8>, _ id: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let lo = Int(offsets[id]), hi = Int(offsets[id + 1])
        guard hi - lo == b.count else { return false }
        var k = 0
        while k < b.count {
            if a[lo + k] != b[k] { return false }
            k += 1
        }
        return true
    }

    /// The id of `b`, adding it when new.
    @discardableResult
    mutating func intern(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = Lexicon.hash(b)
        var mask = slots.count - 1
        var s = Int(h) & mask
        while true {
            let v = slots[s]
            if v == 0 { break }
            let id = Int(v - 1)
            if hashes[id] == h {
                let same = arena.withUnsafeBufferPointer { equal($0, id, b) }
                if same { return UInt32(id) }
            }
            s = (s + 1) & mask
        }
        let id = count
        arena.append(contentsOf: b)
        offsets.append(UInt32(arena.count))
        hashes.append(h)
        slots[s] = UInt32(id + 1)
        if (id + 1) * 2 > slots.count {
            grow()
            mask = slots.count - 1
        }
        return UInt32(id)
    }

    mutating func grow() {
        var newSlots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = newSlots.count - 1
        for id in 0..<count {
            var s = Int(hashes[id]) & mask
            while newSlots[s] != 0 { s = (s + 1) & mask }
            newSlots[s] = UInt32(id + 1)
        }
        slots = newSlots
    }

    mutating func intern(_ term: String) -> UInt32 {
        var t = term
        return t.withUTF8 { intern($0) }
    }

    /// Rebuilds the hash table from arena and offsets (after loading from the cache).
    mutating func rebuildTable() {
        hashes = []
        hashes.reserveCapacity(count)
        arena.withUnsafeBufferPointer { a in
            for id in 0..<count {
                hashes.append(Lexicon.hash(UnsafeBufferPointer(rebasing: a[Int(offsets[id])..<Int(offsets[id + 1])])))
            }
        }
        var cap = 1024
        while cap < count * 2 + 2 { cap *= 2 }
        slots = [UInt32](repeating: 0, count: cap)
        let mask = cap - 1
        for id in 0..<count {
            var s = Int(hashes[id]) & mask
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = UInt32(id + 1)
        }
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

    /// Case folding used for index terms: lowercase, curly apostrophes straightened.
    public static func fold(_ word: String) -> String {
        var ascii = true
        for c in word.utf8 where c >= 0x80 {
            ascii = false
            break
        }
        if ascii { return word.lowercased() }
        return word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(
            of: "\u{2010}", with: "-"
        ).replacingOccurrences(of: "\u{2011}", with: "-")
    }
}
