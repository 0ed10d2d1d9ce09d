import DossierModel

/// The gazetteer's curated lists (Resources/curated/, columns at tabs) parsed into lookup tables, built once:
/// organizations.tsv and places.tsv (name, aliases separated by ;), countries.tsv (name, demonym,
/// plural demonym, aliases: demonyms map to groups, aliases and the name to the place) and groups.tsv
/// (groups that are not nationalities: singular, plural).
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
    /// One-word country names in lowercase, but those that are also common English words: a text that
    /// writes two of them in lowercase is mis-cased ("venezuela", "brazil"; never "turkey", "china").
    var lowercaseCountries: WordSet = []
    static let countriesThatAreWords: WordSet = ["turkey", "chad", "china", "jordan", "georgia", "guinea", "chile"]

    static let shared = GazetteerIndex()

    init() {
        func add(_ surface: String, _ canonical: String, _ type: EntityType) {
            let s = surface.trimmingSpaces
            guard !s.isEmpty, entries[s] == nil else { return }
            entries[s] = Entry(canonical: canonical, type: type)
            maxTokens = max(maxTokens, s.split(separator: " ").count + s.split(separator: "-").count)
        }
        /// A name of `type` and its aliases in column `aliases` (separated by ;).
        func addName(_ p: [String], _ type: EntityType, aliases: Int) {
            add(p[0], p[0], type)
            canonicalTypes[p[0]] = type
            if p.count > aliases { for a in p[aliases].split(separator: ";") { add(String(a), p[0], type) } }
        }
        for p in CuratedData.rows("organizations.tsv") { addName(p, .organization, aliases: 1) }
        var lowercase: Set<String> = []
        for p in CuratedData.rows("countries.tsv") where p.count >= 3 {
            add(p[0], p[0], .place)
            canonicalTypes[p[0]] = .place
            let folded = p[0].lowercased()
            if !folded.contains(" "), !Self.countriesThatAreWords.contains(folded) { lowercase.insert(folded) }
            add(p[1], p[2], .group)
            add(p[2], p[2], .group)
            canonicalTypes[p[2]] = .group
            countryOfDemonym[p[1]] = p[0]
            if p.count > 3 { for a in p[3].split(separator: ";") { add(String(a), p[0], .place) } }
        }
        lowercaseCountries = WordSet(lowercase)
        for p in CuratedData.rows("places.tsv") { addName(p, .place, aliases: 1) }
        for row in CuratedData.rows("groups.tsv") {
            let p = row.filter { !$0.isEmpty }
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
