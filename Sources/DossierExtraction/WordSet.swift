import DossierModel

/// A set of words with a `WordShape` in front: `contains` hashes only the words that could be in it.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let words: Set<String>
    private let shape: WordShape

    init(_ words: Set<String>) {
        self.words = words
        self.shape = WordShape(words)
    }

    init(arrayLiteral elements: String...) { self.init(Set(elements)) }

    @inline(__always)
    func contains(_ w: String) -> Bool { shape.admits(w) && words.contains(w) }
}
