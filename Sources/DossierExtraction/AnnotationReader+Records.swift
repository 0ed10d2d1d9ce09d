import DossierModel

/// Each record of `Annotations` read back in the order `AnnotationWriter` wrote it; nil on any damage.
extension AnnotationReader {
    /// Where a record is: a document of the corpus, one of its sentences, a byte range inside its text.
    mutating func place() -> (Int, Int, Range<Int>)? {
        guard let doc = int(), doc < bounds.count, let sentence = int(), sentence < max(1, bounds[doc].sentences),
            let range = range(), range.upperBound <= bounds[doc].bytes
        else { return nil }
        return (doc, sentence, range)
    }

    mutating func entities() -> [Entity]? {
        guard let n = count(minimumWords: 5) else { return nil }
        var out: [Entity] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let name = string(), let type = code(EntityType.self), let aliases = strings(),
                let misspellings = strings(), let roles = strings()
            else { return nil }
            out.append(Entity(name: name, type: type, aliases: aliases, misspellings: misspellings, roles: roles))
        }
        return out
    }

    mutating func mentions(entityCount: Int) -> [EntityMention]? {
        guard let n = count(minimumWords: 7) else { return nil }
        var out: [EntityMention] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let (doc, sentence, range) = place(), let surface = string(),
                let entity = int(), entity < entityCount, let misspelling = bool()
            else { return nil }
            out.append(
                EntityMention(
                    doc: doc, sentence: sentence, range: range, surface: surface, entity: entity, misspelling: misspelling))
        }
        return out
    }

    mutating func quotes(entityCount: Int) -> [Quote]? {
        guard let n = count(minimumWords: 8) else { return nil }
        var out: [Quote] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let (doc, sentence, range) = place(), let text = string(),
                let kind = code(Quote.Kind.self), let speaker = optional(), (speaker ?? 0) < entityCount,
                let cue = optionalString()
            else { return nil }
            out.append(Quote(doc: doc, sentence: sentence, range: range, text: text, kind: kind, speaker: speaker, cue: cue))
        }
        return out
    }

    mutating func dates() -> [DateMention]? {
        guard let n = count(minimumWords: 9) else { return nil }
        var out: [DateMention] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let (doc, sentence, range) = place(), let text = string(),
                let kind = code(DateMention.Kind.self), let value = optionalString(), let ordinal = optional(),
                let precision = code(DatePrecision.self)
            else { return nil }
            var day: Day?
            if let o = ordinal {
                guard let d = Day(exactOrdinal: o) else { return nil }
                day = d
            }
            out.append(
                DateMention(
                    doc: doc, sentence: sentence, range: range, text: text, kind: kind, value: value, day: day,
                    precision: precision))
        }
        return out
    }

    mutating func figures() -> [Figure]? {
        guard let n = count(minimumWords: 9) else { return nil }
        var out: [Figure] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let (doc, sentence, range) = place(), let text = string(),
                let value = double(), let approx = optionalString(), let counts = optionalString()
            else { return nil }
            out.append(Figure(doc: doc, sentence: sentence, range: range, text: text, value: value, approx: approx, counts: counts))
        }
        return out
    }
}
