import Foundation
import DossierModel
import DossierTestSupport
@testable import DossierExtraction

/// Gold of any set reduced to what the measures need: typed names with their occurrences and quoted
/// spans, as byte ranges in the document texts of a loaded corpus.
struct GoldSpans: Sendable {
    struct Name: Sendable {
        var name: String
        var type: String
        var forms: [String]
    }
    struct Quote: Sendable {
        var range: Range<Int>
        var speech: Bool
        var speaker: String?
        var opens: String
    }
    struct Document: Sendable {
        var index: Int
        var id: String
        var occurrences: [Int: [Range<Int>]] = [:]
        var quotes: [Quote] = []
    }
    var names: [Name] = []
    var documents: [Document] = []
    /// Gold documents missing from the corpus or whose text is not the one the gold was written on.
    var mismatches: [String] = []
}

extension GoldSpans {
    /// From a blind set's gold; every document must be in the corpus with the same number of bytes.
    init(blind g: BlindGold, corpus: Corpus) {
        names = g.names.map { Name(name: $0.name, type: $0.type, forms: $0.forms) }
        let index = Dictionary(names.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        for d in g.documents {
            guard let k = corpus.documentIndex(id: d.id), corpus.documents[k].text.utf8.count == d.bytes else {
                mismatches.append(d.id)
                continue
            }
            var doc = Document(index: k, id: d.id)
            for o in d.names {
                guard let n = index[o.name] else { continue }
                doc.occurrences[n] = o.occurrences.compactMap { $0.count == 2 ? $0[0]..<$0[1] : nil }
            }
            doc.quotes = d.quotes.compactMap { q in
                q.range.count == 2
                    ? Quote(range: q.range[0]..<q.range[1], speech: q.kind == "speech", speaker: q.speaker, opens: q.opens)
                    : nil
            }
            documents.append(doc)
        }
    }

    /// From a gold file in the schema of shared/gold/seeds.json: names are the gold entities merged over
    /// the cross-document alias lists; occurrences and quotes are found in the texts by their strings.
    init(file g: GoldFile, corpus: Corpus) {
        var canonical: [String: String] = [:]
        for list in g.cross_document?.same_entity_aliases ?? [] {
            for n in list { canonical[n] = list[0] }
        }
        var index: [String: Int] = [:]
        for gd in g.documents {
            guard let k = corpus.documentIndex(id: gd.id) else {
                mismatches.append(gd.id)
                continue
            }
            let text = Array(corpus.documents[k].text.utf8)
            var doc = Document(index: k, id: gd.id)
            var taken: [Range<Int>] = []
            let forms = gd.entities.flatMap { e in Set(e.mentions).map { (form: $0, entity: e) } }
                .sorted { ($0.form.utf8.count, $0.form) > ($1.form.utf8.count, $1.form) }
            for (form, e) in forms {
                let name = canonical[e.name] ?? e.name
                let n = index[name] ?? {
                    names.append(Name(name: name, type: e.type, forms: []))
                    index[name] = names.count - 1
                    return names.count - 1
                }()
                if !names[n].forms.contains(form) { names[n].forms.append(form) }
                for r in Self.find(Array(form.utf8), in: text, wordBounded: true)
                where !taken.contains(where: { $0.overlaps(r) }) {
                    taken.append(r)
                    doc.occurrences[n, default: []].append(r)
                }
            }
            for (q, speech) in gd.quotes.map({ ($0, true) }) + (gd.scare_quotes ?? []).map({ ($0, false) }) {
                guard let r = Self.find(Array(q.text.utf8), in: text, wordBounded: false).first else {
                    mismatches.append("\(gd.id): quote not in text: \(q.text.prefix(40))")
                    continue
                }
                doc.quotes.append(Quote(range: r, speech: speech, speaker: q.speaker.map { canonical[$0] ?? $0 },
                    opens: String(q.text.prefix(30))))
            }
            documents.append(doc)
        }
    }

    /// Every occurrence of `needle` in `hay`; word-bounded ones are not next to an ASCII letter or digit.
    static func find(_ needle: [UInt8], in hay: [UInt8], wordBounded: Bool) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= hay.count else { return [] }
        func word(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) }
        var out: [Range<Int>] = []
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) {
                let j = i + needle.count
                if !wordBounded || ((i == 0 || !word(hay[i - 1])) && (j == hay.count || !word(hay[j]))) {
                    out.append(i..<j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        return out
    }
}
