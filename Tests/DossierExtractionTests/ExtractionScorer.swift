import Foundation
import DossierModel
import DossierTestSupport
@testable import DossierExtraction

/// Gold annotation files (the schema of shared/gold/seeds.json) and scoring against them.
struct GoldFile: Decodable {
    struct Entity: Decodable { var name: String; var type: String; var mentions: [String] }
    struct Quote: Decodable { var text: String; var speaker: String?; var cue: String? }
    struct DateItem: Decodable { var text: String; var value: String?; var kind: String }
    struct Quantity: Decodable { var text: String; var value: Double }
    struct Document: Decodable {
        var id: String
        var date: String?
        var entities: [Entity]
        var quotes: [Quote]
        var scare_quotes: [Quote]?
        var dates: [DateItem]
        var quantities: [Quantity]
    }
    struct Cross: Decodable { var same_entity_aliases: [[String]]? }
    var documents: [Document]
    var cross_document: Cross?
}

struct ExtractionScores: CustomStringConvertible {
    var entityPrecision = 0.0, entityRecall = 0.0, entityF1 = 0.0
    var mentionChecks = 0, mentionFailures: [String] = []
    var quoteTotal = 0, quoteCorrect = 0, quoteFailures: [String] = []
    var dateTotal = 0, dateCorrect = 0, dateFailures: [String] = []
    var figureTotal = 0, figureFound = 0, figureFailures: [String] = []
    var entityMisses: [String] = [], entityExtras: [String] = []

    var quoteAccuracy: Double { quoteTotal == 0 ? 1 : Double(quoteCorrect) / Double(quoteTotal) }
    var dateAccuracy: Double { dateTotal == 0 ? 1 : Double(dateCorrect) / Double(dateTotal) }
    var figureRecall: Double { figureTotal == 0 ? 1 : Double(figureFound) / Double(figureTotal) }

    var description: String {
        func f(_ x: Double) -> String { NumberFormat.fixed(x, decimals: 3) }
        var s = "entity P \(f(entityPrecision)) R \(f(entityRecall)) F1 \(f(entityF1))"
        s += "; mention counts within 10%: \(mentionChecks - mentionFailures.count)/\(mentionChecks)"
        s += "; quote speakers \(quoteCorrect)/\(quoteTotal) = \(f(quoteAccuracy))"
        s += "; date values \(dateCorrect)/\(dateTotal) = \(f(dateAccuracy))"
        s += "; figure recall \(figureFound)/\(figureTotal) = \(f(figureRecall))"
        for (label, list) in [("missed entity", entityMisses), ("extra entity", entityExtras), ("mention count", mentionFailures),
            ("quote", quoteFailures), ("date", dateFailures), ("figure", figureFailures)]
        {
            for x in list { s += "\n  \(label): \(x)" }
        }
        return s
    }
}

enum ExtractionScorer {
    static func score(gold: GoldFile, corpus: Corpus, annotations a: Annotations) -> ExtractionScores {
        var sc = ExtractionScores()
        // name equivalence from the gold's cross-document alias lists
        var aliasOf: [String: String] = [:]
        for list in gold.cross_document?.same_entity_aliases ?? [] {
            for n in list { aliasOf[n] = list[0] }
        }
        var tp = 0, np = 0, ng = 0
        for g in gold.documents {
            guard let d = corpus.documentIndex(id: g.id) else { continue }
            var counts: [Int: Int] = [:]
            for m in a.mentions where m.doc == d { counts[m.entity, default: 0] += 1 }
            var unmatched = Set(counts.keys)
            np += counts.count
            ng += g.entities.count
            func same(_ e: Int, _ ge: GoldFile.Entity) -> Bool {
                let p = a.entities[e]
                guard p.type.rawValue == ge.type else { return false }
                let names = Set([p.name] + p.aliases)
                if names.contains(ge.name) { return true }
                if let c = aliasOf[p.name], c == ge.name { return true }
                return ge.mentions.contains(p.name) && ge.mentions.count > 0
            }
            for ge in g.entities {
                let cands = unmatched.filter { same($0, ge) }.sorted { (counts[$0] ?? 0, -$0) > (counts[$1] ?? 0, -$1) }
                if let e = cands.first {
                    unmatched.remove(e)
                    tp += 1
                    if ge.mentions.count >= 3 {
                        sc.mentionChecks += 1
                        let n = counts[e] ?? 0
                        if Double(abs(n - ge.mentions.count)) > 0.1 * Double(ge.mentions.count) {
                            sc.mentionFailures.append("\(g.id) \(ge.name): \(n) vs gold \(ge.mentions.count)")
                        }
                    }
                } else {
                    sc.entityMisses.append("\(g.id) \(ge.name) (\(ge.type))")
                    if ge.mentions.count >= 3 {
                        sc.mentionChecks += 1
                        sc.mentionFailures.append("\(g.id) \(ge.name): missing")
                    }
                }
            }
            for e in unmatched.sorted() { sc.entityExtras.append("\(g.id) \(a.entities[e].name) (\(a.entities[e].type.rawValue))") }

            // quotes
            let qs = a.quotes.filter { $0.doc == d && $0.kind == .speech }
            func norm(_ s: String) -> String { String(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }) }
            for gq in g.quotes {
                sc.quoteTotal += 1
                let key = norm(gq.text)
                let match = qs.first { norm($0.text) == key } ?? qs.first { norm($0.text).contains(key) || key.contains(norm($0.text)) }
                let speaker = match?.speaker.map { a.entities[$0] }
                let ok = speaker.map { s in s.name == gq.speaker || s.aliases.contains(gq.speaker ?? "") || aliasOf[s.name] == gq.speaker } ?? (gq.speaker == nil && match != nil)
                if ok { sc.quoteCorrect += 1 } else {
                    sc.quoteFailures.append("\(g.id) \(gq.text.prefix(40)): \(speaker?.name ?? (match == nil ? "not found" : "no speaker")) vs \(gq.speaker ?? "nil")")
                }
            }
            // dates
            var ds = a.dates.filter { $0.doc == d }
            for gd in g.dates {
                sc.dateTotal += 1
                if let k = ds.firstIndex(where: { $0.text == gd.text }) {
                    if ds[k].value == gd.value { sc.dateCorrect += 1 } else {
                        sc.dateFailures.append("\(g.id) \(gd.text): \(ds[k].value ?? "nil") vs \(gd.value ?? "nil")")
                    }
                    ds.remove(at: k)
                } else {
                    sc.dateFailures.append("\(g.id) \(gd.text): not found")
                }
            }
            // figures
            var fs = a.figures.filter { $0.doc == d }
            for gf in g.quantities {
                sc.figureTotal += 1
                func overlaps(_ f: Figure) -> Bool {
                    let p = f.text.lowercased(), q = gf.text.lowercased()
                    return q.contains(p) || p.contains(q) || q.split(separator: " ").contains { p.contains($0) }
                }
                if let k = fs.firstIndex(where: { abs($0.value - gf.value) < 1e-6 && overlaps($0) }) {
                    sc.figureFound += 1
                    fs.remove(at: k)
                } else {
                    sc.figureFailures.append("\(g.id) \(gf.text) = \(gf.value): not found")
                }
            }
        }
        sc.entityPrecision = np == 0 ? 0 : Double(tp) / Double(np)
        sc.entityRecall = ng == 0 ? 0 : Double(tp) / Double(ng)
        let s = sc.entityPrecision + sc.entityRecall
        sc.entityF1 = s == 0 ? 0 : 2 * sc.entityPrecision * sc.entityRecall / s
        return sc
    }

    static func loadGold(_ url: URL) -> GoldFile? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(GoldFile.self, from: data)
    }
}
