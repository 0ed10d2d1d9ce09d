import DossierModel

/// Finds an entity by a name the user typed: canonical name, alias, surname, then a unique substring.
public enum EntityLookup {
    /// An entity whose canonical name or an alias is exactly `query` (case-insensitive).
    public static func findExact(_ query: String, in a: Annotations) -> Int? {
        let q = query.trimmingSpaces.lowercased()
        return a.entities.indices.first { a.entities[$0].name.lowercased() == q }
            ?? a.entities.indices.first { a.entities[$0].aliases.contains { $0.lowercased() == q } }
    }

    /// The best entity for `query`: exact name, then alias, then a name word (surname), then a
    /// substring; ties go to the most mentioned entity.
    public static func find(_ query: String, in a: Annotations) -> Int? {
        let q = query.trimmingSpaces.lowercased()
        guard !q.isEmpty else { return nil }
        for step in steps(q, misspellings: false) {
            let ids = a.entities.indices.filter { step(a.entities[$0]) }
            if !ids.isEmpty { return mostMentioned(ids, in: a) }
        }
        return nil
    }

    /// What a name given to curation designates: exactly one entity, several (the candidates), or none.
    public enum Resolution: Sendable, Hashable {
        case one(Int)
        case ambiguous([Int])
        case none
    }

    /// Resolves `query` for curation, which must never pick an entity by guesswork: an exact name, else
    /// an exact alias, else a name word (a surname), else a substring — each step only when it is unique;
    /// several matches at the first step that has any are returned as candidates (most mentioned first).
    public static func resolve(_ query: String, in a: Annotations) -> Resolution {
        let q = query.trimmingSpaces.lowercased()
        guard !q.isEmpty else { return .none }
        for step in steps(q, misspellings: true) {
            let ids = a.entities.indices.filter { step(a.entities[$0]) }
            if ids.count == 1 { return .one(ids[0]) }
            if ids.count > 1 {
                let count = mentionCounts(a)
                return .ambiguous(ids.sorted { (count[$0], -$0) > (count[$1], -$1) })
            }
        }
        return .none
    }

    /// The entity that has `form` (any case) as an alias or misspelling; when several do, the most mentioned.
    public static func owner(ofForm form: String, in a: Annotations) -> Int? {
        let f = form.lowercased()
        let ids = a.entities.indices.filter { i in
            a.entities[i].aliases.contains { $0.lowercased() == f } || a.entities[i].misspellings.contains { $0.lowercased() == f }
        }
        return mostMentioned(ids, in: a)
    }

    /// The lookup steps for lowercase `q`, in order: the name, an alias (or, with `misspellings`, a
    /// recorded misspelling), a word of the name, a substring of the name.
    static func steps(_ q: String, misspellings: Bool) -> [(Entity) -> Bool] {
        [
            { $0.name.lowercased() == q },
            { $0.aliases.contains { $0.lowercased() == q } || misspellings && $0.misspellings.contains { $0.lowercased() == q } },
            { $0.name.lowercased().split(separator: " ").contains { $0 == q } },
            { $0.name.lowercased().contains(q) },
        ]
    }

    /// Per entity, its number of mentions.
    static func mentionCounts(_ a: Annotations) -> [Int] {
        var count = [Int](repeating: 0, count: a.entities.count)
        for m in a.mentions { count[m.entity] += 1 }
        return count
    }

    /// The most mentioned of `ids` (ties: the first), nil when there are none.
    static func mostMentioned(_ ids: [Int], in a: Annotations) -> Int? {
        guard !ids.isEmpty else { return nil }
        let count = mentionCounts(a)
        return ids.max { (count[$0], -$0) < (count[$1], -$1) }
    }

    /// The closest entity name by edit distance, for "did you mean" suggestions.
    public static func suggestion(_ query: String, in a: Annotations) -> String? {
        var best: (String, Int)?
        for e in a.entities {
            let d = EditDistance.distance(query, e.name, limit: 4)
            if d <= 3, d < (best?.1 ?? Int.max) { best = (e.name, d) }
        }
        return best?.0
    }
}
