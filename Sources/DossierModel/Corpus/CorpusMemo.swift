import Foundation

/// Values derived from a corpus's immutable analysis, computed on first use and shared by copies.
/// (The corpus's arrays are not meant to be mutated after analysis; a mutated copy must not rely on these.)
final class CorpusMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var alphabetical: [UInt32]?
    private var stops: [Bool]?
    private var stems: [String: [UInt32]]?

    func value<T>(_ path: ReferenceWritableKeyPath<CorpusMemo, T?>, _ make: () -> T) -> T {
        lock.lock()
        if let v = self[keyPath: path] {
            lock.unlock()
            return v
        }
        lock.unlock()
        let v = make()
        lock.lock()
        self[keyPath: path] = v
        lock.unlock()
        return v
    }

    var alphabeticalSlot: [UInt32]? {
        get { alphabetical }
        set { alphabetical = newValue }
    }
    var stopSlot: [Bool]? {
        get { stops }
        set { stops = newValue }
    }
    var stemSlot: [String: [UInt32]]? {
        get { stems }
        set { stems = newValue }
    }
}

extension Corpus {
    /// Per term id, its rank in byte-wise (code point) order of the term texts.
    public var alphabeticalRank: [UInt32] {
        memo.value(\.alphabeticalSlot) {
            let lex = lexicon
            var ids = Array(0..<UInt32(lex.count))
            lex.arena.withUnsafeBufferPointer { a in
                ids.sort { x, y in
                    let xl = Int(lex.offsets[Int(x)]), xh = Int(lex.offsets[Int(x) + 1])
                    let yl = Int(lex.offsets[Int(y)]), yh = Int(lex.offsets[Int(y) + 1])
                    var i = 0
                    while xl + i < xh, yl + i < yh {
                        let p = a[xl + i], q = a[yl + i]
                        if p != q { return p < q }
                        i += 1
                    }
                    return xh - xl < yh - yl
                }
            }
            var rank = [UInt32](repeating: 0, count: ids.count)
            for (r, id) in ids.enumerated() { rank[Int(id)] = UInt32(r) }
            return rank
        }
    }

    /// Term ids grouped by Porter2 stem.
    var stemGroups: [String: [UInt32]] {
        memo.value(\.stemSlot) {
            var groups: [String: [UInt32]] = [:]
            for id in 0..<lexicon.count { groups[Stemmer.stem(lexicon.term(id)), default: []].append(UInt32(id)) }
            return groups
        }
    }
}
