import DossierModel

/// A one-word surname of at least five letters with its lowercase scalars, computed once, for
/// near-spelling comparisons.
struct SurnameForm: Sendable {
    let name: String
    let scalars: [Unicode.Scalar]

    /// Nil for a name too short (or not one word) to compare.
    init?(_ name: String) {
        guard Self.limit(name) != nil else { return nil }
        self.name = name
        self.scalars = Array(name.lowercased().unicodeScalars)
    }

    /// The edit distance allowed for a word `w` to be a misspelling of a surname; nil when `w` is too short
    /// (or not one word) to be compared at all.
    static func limit(_ w: String) -> Int? {
        guard w.count >= 5, !w.contains(" ") else { return nil }
        return w.count >= 7 ? 2 : 1
    }
}
