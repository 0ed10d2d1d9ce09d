import DossierModel

/// Applies curation steps to raw annotations.
enum Curator {
    static func apply(_ steps: [Curation], to raw: Annotations) -> Annotations {
        var a = raw
        for step in steps {
            switch step {
            case .alias(let from, let to):
                guard let target = EntityLookup.findExact(to, in: a) ?? EntityLookup.find(to, in: a) else { continue }
                if let source = EntityLookup.findExact(from, in: a), source != target {
                    merge(&a, source: source, into: target)
                    if !a.entities[target].aliases.contains(from), a.entities[target].name != from {
                        a.entities[target].aliases = (a.entities[target].aliases + [from]).sorted()
                    }
                } else if a.entities[target].name != from, !a.entities[target].aliases.contains(from) {
                    a.entities[target].aliases = (a.entities[target].aliases + [from]).sorted()
                }
            case .retype(let name, let type):
                if let e = EntityLookup.findExact(name, in: a) { a.entities[e].type = type }
            case .ignore(let name):
                if let e = EntityLookup.findExact(name, in: a) { remove(&a, e) }
            case .ignoreMatching(let pattern):
                guard let re = try? LinearRegex(pattern) else { continue }
                for e in a.entities.indices.reversed() where re.matches(a.entities[e].name) { remove(&a, e) }
            case .unalias(let form):
                guard let e = EntityLookup.owner(ofForm: form, in: a) else { continue }
                detach(&a, form: form, from: e)
            case .split(let name):
                guard let e = EntityLookup.findExact(name, in: a) else { continue }
                for form in a.entities[e].aliases + a.entities[e].misspellings { detach(&a, form: form, from: e) }
            case .redate:
                continue  // applied at extraction time
            }
        }
        return a
    }

    /// Moves every mention, alias, role and quote of `source` to `target`, and drops `source`.
    static func merge(_ a: inout Annotations, source: Int, into target: Int) {
        let s = a.entities[source]
        var t = a.entities[target]
        t.aliases = Array(Set(t.aliases + s.aliases + [s.name]).subtracting([t.name])).sorted()
        t.misspellings = Array(Set(t.misspellings + s.misspellings)).sorted()
        for r in s.roles where !t.roles.contains(r) { t.roles.append(r) }
        a.entities[target] = t
        for i in a.mentions.indices where a.mentions[i].entity == source { a.mentions[i].entity = target }
        for i in a.quotes.indices where a.quotes[i].speaker == source { a.quotes[i].speaker = target }
        remove(&a, source)
    }

    /// Moves the mentions written `form` (any case) out of entity `e` into a new entity of the same type
    /// named `form` (or into the entity already named so); the form stops being an alias of `e`.
    static func detach(_ a: inout Annotations, form: String, from e: Int) {
        let f = form.lowercased()
        guard a.entities[e].name.lowercased() != f else { return }
        a.entities[e].aliases.removeAll { $0.lowercased() == f }
        a.entities[e].misspellings.removeAll { $0.lowercased() == f }
        let moved = a.mentions.indices.filter { a.mentions[$0].entity == e && a.mentions[$0].surface.lowercased() == f }
        guard !moved.isEmpty else { return }
        let target: Int
        if let existing = a.entities.indices.first(where: { $0 != e && a.entities[$0].name.lowercased() == f }) {
            target = existing
        } else {
            target = a.entities.count
            a.entities.append(Entity(name: form, type: a.entities[e].type, aliases: [], misspellings: [], roles: []))
        }
        for i in moved { a.mentions[i].entity = target }
    }

    /// Deletes entity `e`, its mentions, and renumbers the rest.
    static func remove(_ a: inout Annotations, _ e: Int) {
        a.entities.remove(at: e)
        a.mentions.removeAll { $0.entity == e }
        for i in a.mentions.indices where a.mentions[i].entity > e { a.mentions[i].entity -= 1 }
        for i in a.quotes.indices {
            if a.quotes[i].speaker == e { a.quotes[i].speaker = nil }
            else if let s = a.quotes[i].speaker, s > e { a.quotes[i].speaker = s - 1 }
        }
    }
}
