import DossierModel

/// The gazetteer rows parsed into lookup tables, built once.
struct GazetteerIndex: Sendable {
    struct Entry: Sendable, Hashable {
        var canonical: String
        var type: EntityType
    }
    /// Surface form → entry.
    var entries: [String: Entry] = [:]
    /// Demonym → country name (for matching "Israeli Defense Forces" with "Israel Defense Forces").
    var countryOfDemonym: [String: String] = [:]
    /// Longest entry in tokens.
    var maxTokens = 1
    /// Canonical name → type for everything known.
    var canonicalTypes: [String: EntityType] = [:]

    static let shared = GazetteerIndex()

    init() {
        func add(_ surface: String, _ canonical: String, _ type: EntityType) {
            let s = surface.trimmingSpaces
            guard !s.isEmpty, entries[s] == nil else { return }
            entries[s] = Entry(canonical: canonical, type: type)
            maxTokens = max(maxTokens, s.split(separator: " ").count + s.split(separator: "-").count)
        }
        for row in GazetteerOrganizations.rows {
            let p = row.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            add(p[0], p[0], .organization)
            canonicalTypes[p[0]] = .organization
            if p.count > 1 { for a in p[1].split(separator: ";") { add(String(a), p[0], .organization) } }
        }
        for row in GazetteerCountries.rows {
            let p = row.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard p.count >= 3 else { continue }
            add(p[0], p[0], .place)
            canonicalTypes[p[0]] = .place
            add(p[1], p[2], .group)
            add(p[2], p[2], .group)
            canonicalTypes[p[2]] = .group
            countryOfDemonym[p[1]] = p[0]
            if p.count > 3 { for a in p[3].split(separator: ";") { add(String(a), p[0], .place) } }
        }
        for row in GazetteerPlaces.rows {
            let p = row.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            add(p[0], p[0], .place)
            canonicalTypes[p[0]] = .place
            if p.count > 1 { for a in p[1].split(separator: ";") { add(String(a), p[0], .place) } }
        }
        for row in GazetteerCountries.groups {
            let p = row.split(separator: "|").map(String.init)
            guard p.count == 2 else { continue }
            add(p[0], p[1], .group)
            add(p[1], p[1], .group)
            canonicalTypes[p[1]] = .group
        }
    }

    func lookup(_ surface: String) -> Entry? { entries[surface] }
}

extension String {
    public var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
