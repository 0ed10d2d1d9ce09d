import Foundation
import DossierModel

/// Finds cardinal figures: digits and number words with scale words, fractions ("a quarter of"),
/// approximations ("well above", "over", "nearly"), and what they count.
enum FigureFinder {
    static let vague: WordSet = ["hundreds", "thousands", "dozens", "millions", "billions"]
    static let reportingNouns: WordSet = ["toll", "count", "tally", "number", "total"]
    static let articles: WordSet = ["a", "one", "A", "One"]
    static let currency: WordSet = ["$", "€", "£"]

    static func numberValue(_ t: TextToken) -> Double? {
        if t.kind == .number {
            return Double(String(decoding: t.text.utf8.filter { $0 != 0x2C }, as: UTF8.self))
        }
        // most words are no number word: the list's shape filter rejects them without a lookup
        if t.kind == .word {
            let w = t.isCapitalized ? t.lower : t.text
            guard let v = ExtractionLexicon.numberWords[w] else { return nil }
            if vague.contains(w) || w == "one" || w == "dozen" || w == "hundred" { return nil }
            return v
        }
        return nil
    }

    static func find(_ ctx: DocumentContext, excluding dates: [DateMention]) -> [Figure] {
        let toks = ctx.tokens
        var out: [Figure] = []
        var di = 0
        var i = 0
        while i < toks.count {
            let t = toks[i]
            while di < dates.count && dates[di].range.upperBound <= t.start { di += 1 }
            if di < dates.count, dates[di].range.contains(t.start) { i += 1; continue }
            var value: Double?
            var fraction = false
            var a = i
            var z = i + 1
            // a quarter of / one third of / half of
            if t.kind == .word, articles.contains(t.text), i + 2 < toks.count,
                let f = ExtractionLexicon.fractions[toks[i + 1].text], toks[i + 2].text == "of"
            {
                value = f
                fraction = true
                z = i + 2
            } else if t.kind == .word, articles.contains(t.text), i + 1 < toks.count, toks[i + 1].text == "dozen" {
                value = 12
                z = i + 2
            } else if t.text == "half", i + 1 < toks.count, toks[i + 1].text == "of" {
                value = 0.5
                fraction = true
            } else if let v = numberValue(t) {
                // years, times and ordinals are not figures
                if t.kind == .number, t.text.count == 4, !t.text.contains(","), v >= 1800, v <= 2100 { i += 1; continue }
                if i + 1 < toks.count, !toks[i + 1].spaceBefore, ["th", "st", "nd", "rd", ":"].contains(toks[i + 1].text) { i += 1; continue }
                if i > 0, !t.spaceBefore, toks[i - 1].text == ":" { i += 1; continue }
                value = v
                if z < toks.count, let s = ExtractionLexicon.scales[toks[z].lower] { value = v * s; z += 1 }
            }
            guard let v = value else { i += 1; continue }
            var unitPrefix = ""
            if a > 0, currency.contains(toks[a - 1].text), !t.spaceBefore { a -= 1; unitPrefix = toks[a].text }
            // approximation words right before
            var approx: String?
            for phrase in ExtractionLexicon.approximations where a - phrase.count >= 0 {
                let start = a - phrase.count
                if (0..<phrase.count).allSatisfy({ toks[start + $0].lower == phrase[$0] }),
                    toks[start].sentence == t.sentence
                {
                    approx = phrase.joined(separator: " ")
                    a = start
                    break
                }
            }
            var counts: String?
            var k = z
            if k < toks.count, toks[k].text == "%" { counts = "percent"; k += 1 }
            else if k < toks.count, toks[k].text == "percent" { counts = "percent"; k += 1 }
            if counts == nil, k + 1 < toks.count, toks[k].text == "-", !toks[k].spaceBefore, toks[k + 1].kind == .word {
                counts = toks[k + 1].text
            }
            if counts == nil {
                if fraction {
                    // fraction: skip "of", names and numbers to the head noun
                    if k < toks.count, toks[k].text == "of" { k += 1 }
                    while k < toks.count, toks[k].kind == .number || toks[k].isCapitalized || ["the", "a", "an", "its", "their"].contains(toks[k].text)
                        || ExtractionLexicon.scales[toks[k].text] != nil
                    { k += 1 }
                }
                counts = nounAfter(toks, k, sentence: t.sentence) ?? tollBefore(toks, a, sentence: t.sentence)
            }
            if unitPrefix != "" && counts == nil { counts = "money" }
            let r = toks[a].start..<toks[z - 1].end
            out.append(Figure(doc: ctx.index, sentence: t.sentence, range: r, text: ctx.text(r), value: v, approx: approx, counts: counts))
            i = z
        }
        return out
    }

    /// The head noun after a figure: up to three words, through the first plural.
    static func nounAfter(_ toks: [TextToken], _ k0: Int, sentence: Int) -> String? {
        var words: [String] = []
        var k = k0
        while k < toks.count, words.count < 3, toks[k].kind == .word, toks[k].sentence == sentence,
            !ExtractionLexicon.functionWords.contains(toks[k].lower), !ExtractionLexicon.reportingVerbs.contains(toks[k].text)
        {
            words.append(toks[k].text)
            if toks[k].possessive { break }
            k += 1
        }
        guard !words.isEmpty else { return nil }
        if let p = words.firstIndex(where: { $0.count > 3 && $0.hasSuffix("s") && !$0.hasSuffix("ss") }) {
            return words[...p].joined(separator: " ")
        }
        return words[0]
    }

    /// "the death toll ... 30,000" → "deaths"; "hostage count at 241" → "hostages".
    static func tollBefore(_ toks: [TextToken], _ a: Int, sentence: Int) -> String? {
        var k = a - 1
        while k > 0, toks[k].sentence == sentence, a - k < 12 {
            if reportingNouns.contains(toks[k].text), toks[k - 1].kind == .word,
                !ExtractionLexicon.functionWords.contains(toks[k - 1].lower)
            {
                let w = toks[k - 1].lower
                return w.hasSuffix("s") ? w : w + "s"
            }
            k -= 1
        }
        return nil
    }
}
