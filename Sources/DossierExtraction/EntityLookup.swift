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
        func best(_ ids: [Int]) -> Int? {
            guard !ids.isEmpty else { return nil }
            var count = [Int](repeating: 0, count: a.entities.count)
            for m in a.mentions { count[m.entity] += 1 }
            return ids.max { (count[$0], -$0) < (count[$1], -$1) }
        }
        let exact = a.entities.indices.filter { a.entities[$0].name.lowercased() == q }
        if let e = best(exact) { return e }
        let alias = a.entities.indices.filter { a.entities[$0].aliases.contains { $0.lowercased() == q } }
        if let e = best(alias) { return e }
        let word = a.entities.indices.filter { i in
            a.entities[i].name.lowercased().split(separator: " ").contains { $0 == q }
        }
        if let e = best(word) { return e }
        let sub = a.entities.indices.filter { a.entities[$0].name.lowercased().contains(q) }
        return best(sub)
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
