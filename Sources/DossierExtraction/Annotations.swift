import DossierModel

/// The type of a named entity.
public enum EntityType: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case person, organization, place, group

    public static func < (a: EntityType, b: EntityType) -> Bool { a.rawValue < b.rawValue }
}

/// One occurrence of an entity name in a document.
public struct EntityMention: Sendable, Hashable, Codable {
    /// Document index (corpus order).
    public var doc: Int
    /// Sentence index within the document.
    public var sentence: Int
    /// UTF-8 byte range in the document text (possessive 's excluded).
    public var range: Range<Int>
    /// The text as written.
    public var surface: String
    /// Index into `Annotations.entities`.
    public var entity: Int
    /// True when this surface looks like a misspelling of the entity's name (edit distance).
    public var misspelling: Bool
}

/// A real-world referent: its canonical name, type, every surface form, and the roles the text gives it.
public struct Entity: Sendable, Hashable, Codable {
    public var name: String
    public var type: EntityType
    /// Surface forms other than `name`, sorted.
    public var aliases: [String]
    /// Surface forms flagged as likely misspellings.
    public var misspellings: [String]
    /// Titles and offices, in first-seen order.
    public var roles: [String]
}

/// A passage in quotation marks: speech (with speaker and cue) or a scare-quoted term.
public struct Quote: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable { case speech, scare }
    public var doc: Int
    public var sentence: Int
    /// Byte range of the quoted text (inside the marks).
    public var range: Range<Int>
    public var text: String
    public var kind: Kind
    /// Entity index of the speaker, if found.
    public var speaker: Int?
    /// The attributing verb or phrase ("said", "told reporters", "according to").
    public var cue: String?
}

/// A date expression with its normalised value.
public struct DateMention: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable { case absolute, partial, relative }
    public var doc: Int
    public var sentence: Int
    public var range: Range<Int>
    public var text: String
    public var kind: Kind
    /// ISO `YYYY-MM-DD`, `--MM-DD` for a day without year or document date, nil when unresolvable.
    public var value: String?
    /// The resolved day when the value is a full date (a month's first day, a year's January 1).
    public var day: Day?
    /// What the expression names: a day, a month or a year ("last year" is a year, not a day).
    public var precision: DatePrecision = .day
}

/// The granularity of a date expression.
public enum DatePrecision: String, Sendable, Hashable, CaseIterable, Codable {
    case day, month, year
}

/// A number as reported: value as written, approximation, what it counts.
public struct Figure: Sendable, Hashable, Codable {
    public var doc: Int
    public var sentence: Int
    public var range: Range<Int>
    /// The figure as written with its approximation ("well above 30,000", "2.3 million").
    public var text: String
    /// The number as written, approximation not applied ("a quarter" = 0.25).
    public var value: Double
    /// The approximation words, if any ("well above", "over", "nearly").
    public var approx: String?
    /// What is counted (the noun phrase after, or the "toll" it reports), if found.
    public var counts: String?
}

/// Everything extracted from a corpus.
public struct Annotations: Sendable, Hashable, Codable {
    public var entities: [Entity]
    public var mentions: [EntityMention]
    public var quotes: [Quote]
    public var dates: [DateMention]
    public var figures: [Figure]

    public init(
        entities: [Entity] = [], mentions: [EntityMention] = [], quotes: [Quote] = [], dates: [DateMention] = [],
        figures: [Figure] = []
    ) {
        self.entities = entities
        self.mentions = mentions
        self.quotes = quotes
        self.dates = dates
        self.figures = figures
    }

    public static let empty = Annotations()
}
