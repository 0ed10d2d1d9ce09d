import DossierModel

/// A dictionary keyed by words with a `WordShape` in front: a lookup hashes only the words that could
/// be keys.
struct WordMap<Value: Sendable>: Sendable {
    private let values: [String: Value]
    private let shape: WordShape

    init(_ values: [String: Value]) {
        self.values = values
        self.shape = WordShape(values.keys)
    }

    @inline(__always)
    subscript(_ w: String) -> Value? { shape.admits(w) ? values[w] : nil }
}
