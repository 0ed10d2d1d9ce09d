import DossierModel
import Foundation

/// A filter on a word's first byte, last byte and byte length that rejects, without hashing, almost
/// every word not in a small list: the finders test each token against a dozen lists, and most
/// tokens are in none. A word with a non-ASCII byte is always admitted (Swift's string equality is
/// canonical: "cafe\u{301}" is "café"), and a listed word is registered in its composed form too, so
/// the filter never answers differently from the set behind it.
struct WordShape: Sendable {
    /// Per byte value: bit `min(length, 63)` set when a listed word starts (or ends) with that byte.
    private var first = [UInt64](repeating: 0, count: 256)
    private var last = [UInt64](repeating: 0, count: 256)
    /// The empty string is listed.
    private var listsEmpty = false

    init(_ words: some Sequence<String>) {
        for word in words {
            add(word)
            add(word.precomposedStringWithCanonicalMapping)
        }
    }

    private mutating func add(_ w: String) {
        guard let f = w.utf8.first, let l = w.utf8.last else {
            listsEmpty = true
            return
        }
        let bit = UInt64(1) << UInt64(min(w.utf8.count, 63))
        first[Int(f)] |= bit
        last[Int(l)] |= bit
    }

    /// False when no listed word has `s`'s first byte, last byte and length; true when one may.
    @inline(__always)
    func admits(_ s: String) -> Bool {
        let u = s.utf8
        guard let f = u.first, let l = u.last else { return listsEmpty }
        let bit = UInt64(1) << UInt64(min(u.count, 63))
        if first[Int(f)] & bit != 0 && last[Int(l)] & bit != 0 { return true }
        return Self.hasNonASCII(u)
    }

    /// Whether any byte of `u` is outside ASCII (one pass over contiguous bytes, small strings included).
    @inline(__always)
    static func hasNonASCII(_ u: String.UTF8View) -> Bool {
        if let r = u.withContiguousStorageIfAvailable({ p -> Bool in
            var acc: UInt8 = 0
            for c in p { acc |= c }
            return acc >= 0x80
        }) {
            return r
        }
        return u.contains { $0 >= 0x80 }
    }
}
