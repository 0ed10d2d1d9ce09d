import Foundation
import DossierModel
import DossierTestSupport
@testable import DossierExtraction

/// Computes `ExtractionMeasures` of annotations against gold spans.
///
/// - Type of a name: the entity type most of the engine's mentions overlapping the name's occurrences
///   have (ties: the first type in `EntityType` order), or `other` when none overlaps.
/// - Split: the overlapping mentions have two or more entity types.
/// - A gold quotation is found when a speech quotation matches it (`QuoteMatch`); an extracted speech
///   quotation is right when it matches a gold one, neutral inside a gold title or scare quote.
/// - The speaker of a found quotation is right when both are none, or the engine's speaker is an entity
///   with a mention on one of the gold speaker's occurrences, or has the gold name among its names.
enum ExtractionMeasurer {
    static let frequentNames = 150

    static func measure(_ g: GoldSpans, annotations a: Annotations) -> ExtractionMeasures {
        var m = ExtractionMeasures()
        m.documents = g.documents.count
        var byDoc: [Int: [EntityMention]] = [:]
        for x in a.mentions { byDoc[x.doc, default: []].append(x) }
        scoreNames(g, a, byDoc, &m)
        let entitiesOf = nameEntities(g, byDoc)
        for d in g.documents { scoreQuotes(d, g, a, entitiesOf, &m) }
        return m
    }

    /// For every gold name, the engine entities with a mention on one of its occurrences.
    static func nameEntities(_ g: GoldSpans, _ byDoc: [Int: [EntityMention]]) -> [String: Set<Int>] {
        var out: [String: Set<Int>] = [:]
        for d in g.documents {
            for (n, ranges) in d.occurrences {
                for r in ranges {
                    for x in byDoc[d.index] ?? [] where x.range.overlaps(r) {
                        out[g.names[n].name, default: []].insert(x.entity)
                    }
                }
            }
        }
        return out
    }

    /// The gold names by occurrences (most first, then by name), at most `frequentNames`.
    static func frequent(_ g: GoldSpans) -> [(name: Int, count: Int)] {
        var total: [Int: Int] = [:]
        for d in g.documents { for (n, r) in d.occurrences { total[n, default: 0] += r.count } }
        return total.filter { $0.value > 0 }.map { (name: $0.key, count: $0.value) }
            .sorted { ($0.count, g.names[$1.name].name) > ($1.count, g.names[$0.name].name) }
            .prefix(frequentNames).map { $0 }
    }

    static func scoreNames(_ g: GoldSpans, _ a: Annotations, _ byDoc: [Int: [EntityMention]], _ m: inout ExtractionMeasures) {
        for (n, total) in frequent(g) {
            var counts: [EntityType: Int] = [:]
            for d in g.documents {
                for r in d.occurrences[n] ?? [] {
                    let types = Set((byDoc[d.index] ?? []).filter { $0.range.overlaps(r) }.map { a.entities[$0.entity].type })
                    for t in types { counts[t, default: 0] += 1 }
                }
            }
            var type = "other"
            var most = 0
            for t in EntityType.allCases where (counts[t] ?? 0) > most {
                most = counts[t] ?? 0
                type = t.rawValue
            }
            m.names += 1
            if type == g.names[n].type {
                m.typeCorrect += 1
            } else {
                m.typeErrors.append("\(g.names[n].name) (\(total)×): \(type), gold \(g.names[n].type)")
            }
            if counts.count >= 2 {
                m.split += 1
                m.typeErrors.append("\(g.names[n].name) (\(total)×): split over \(counts.keys.map(\.rawValue).sorted().joined(separator: " + "))")
            }
        }
    }

    static func scoreQuotes(
        _ d: GoldSpans.Document, _ g: GoldSpans, _ a: Annotations, _ entitiesOf: [String: Set<Int>],
        _ m: inout ExtractionMeasures
    ) {
        let extracted = a.quotes.filter { $0.doc == d.index && $0.kind == .speech }
        for gq in d.quotes where gq.speech {
            m.goldQuotes += 1
            let best = extracted.filter { QuoteMatch.matches(extracted: $0.range, gold: gq.range) }
                .max { QuoteMatch.overlap($0.range, gq.range) < QuoteMatch.overlap($1.range, gq.range) }
            guard let q = best else {
                m.quoteErrors.append("\(d.id) «\(gq.opens)…»: not found")
                continue
            }
            m.found += 1
            if speakerRight(q.speaker, gold: gq.speaker, g, a, entitiesOf) {
                m.speakerRight += 1
            } else {
                let got = q.speaker.map { a.entities[$0].name } ?? "none"
                m.quoteErrors.append("\(d.id) «\(gq.opens)…»: speaker \(got), gold \(gq.speaker ?? "none")")
            }
        }
        for q in extracted {
            if d.quotes.contains(where: { $0.speech && QuoteMatch.matches(extracted: q.range, gold: $0.range) }) {
                m.extracted += 1
                m.extractedRight += 1
            } else if !d.quotes.contains(where: { !$0.speech && QuoteMatch.inside(extracted: q.range, other: $0.range) }) {
                m.extracted += 1
                m.quoteErrors.append("\(d.id) «\(q.text.split(separator: " ").prefix(6).joined(separator: " "))…»: not a gold quotation")
            }
        }
    }

    static func speakerRight(
        _ s: Int?, gold: String?, _ g: GoldSpans, _ a: Annotations, _ entitiesOf: [String: Set<Int>]
    ) -> Bool {
        guard let gold else { return s == nil }
        guard let s else { return false }
        if entitiesOf[gold]?.contains(s) == true { return true }
        let names = Set([a.entities[s].name] + a.entities[s].aliases)
        let forms = (g.names.first { $0.name == gold }?.forms ?? [gold]).map { String($0.split(separator: "@").first ?? "") }
        return names.contains(gold) || forms.contains { names.contains($0) }
    }
}
