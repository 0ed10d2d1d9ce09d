import DossierModel

/// Finds calendar and deictic date expressions and resolves them against the document date.
/// A day without a year takes the year that puts it nearest the document date (the latest not after it,
/// or a few days ahead as a dateline can be; the earliest not before it when the sentence speaks of the
/// future); without a document date it is `--MM-DD`; relative expressions without a document date have
/// no value. Each keeps its precision: day, month or year ("last year" is a year, "March" a month).
enum DateFinder {
    static let deictic: WordSet = ["today", "yesterday", "tomorrow", "tonight", "Today", "Yesterday", "Tomorrow", "Tonight"]
    static let periodStarts: WordSet = ["this", "next", "last", "past", "This", "Next", "Last", "Past"]
    static let periods: WordSet = ["week", "month", "year", "weekend"]
    static let yearPrepositions: WordSet = ["in", "since", "by", "until", "from", "before", "after", "of", "during", "through"]

    static func monthOf(_ t: TextToken) -> Int? {
        guard t.kind == .word, t.isCapitalized else { return nil }
        return ExtractionLexicon.month(t.text)
    }

    static func dayNumber(_ t: TextToken) -> Int? {
        guard t.kind == .number, t.text.utf8.count <= 2, let n = Int(t.text), (1...31).contains(n) else { return nil }
        return n
    }

    static func yearNumber(_ t: TextToken) -> Int? {
        guard t.kind == .number, t.text.utf8.count == 4, let n = Int(t.text), (1000...2999).contains(n) else { return nil }
        return n
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func find(_ ctx: DocumentContext) -> [DateMention] {
        let toks = ctx.tokens
        var out: [DateMention] = []
        var i = 0
        func emit(_ a: Int, _ z: Int, _ kind: DateMention.Kind, _ day: Day?, _ value: String?, _ p: DatePrecision = .day) {
            let r = toks[a].start..<toks[z - 1].end
            out.append(DateMention(doc: ctx.index, sentence: toks[a].sentence, range: r, text: ctx.text(r), kind: kind,
                value: day?.iso ?? value, day: day, precision: p))
            i = z
        }
        while i < toks.count {
            let t = toks[i]
            // 2024-03-03
            if let y = yearNumber(t), i + 4 < toks.count, toks[i + 1].text == "-", toks[i + 3].text == "-",
                let m = Int(toks[i + 2].text), let d = Int(toks[i + 4].text), toks[i + 2].kind == .number,
                let day = Day(year: y, month: m, day: d)
            {
                emit(i, i + 5, .absolute, day, nil)
                continue
            }
            // a bare year after a preposition: "in 2019", "since 2020"
            if yearNumber(t) != nil, i > 0, yearPrepositions.contains(toks[i - 1].text),
                !(i + 1 < toks.count && (toks[i + 1].text == "-" || toks[i + 1].text == "%" || toks[i + 1].text == "percent"))
            {
                emit(i, i + 1, .partial, nil, nil, .year)
                continue
            }
            // March 10[, 2024] / March 2024 / October
            if let m = monthOf(t) {
                if i + 1 < toks.count, let d = dayNumber(toks[i + 1]), toks[i + 1].sentence == t.sentence {
                    if i + 3 < toks.count, toks[i + 2].text == ",", let y = yearNumber(toks[i + 3]) {
                        emit(i, i + 4, .absolute, Day(year: y, month: m, day: d), nil)
                    } else if i + 2 < toks.count, let y = yearNumber(toks[i + 2]) {
                        emit(i, i + 3, .absolute, Day(year: y, month: m, day: d), nil)
                    } else {
                        let (day, value) = partial(month: m, day: d, docDate: ctx.date, future: futureCue(toks, before: i))
                        emit(i, i + 2, .partial, day, value)
                    }
                    continue
                }
                let hasYear = i + 1 < toks.count && yearNumber(toks[i + 1]) != nil
                if t.text == "May", !hasYear, !(i > 0 && ["in", "since", "until", "by", "of", "early", "late", "mid"].contains(toks[i - 1].text)) {
                    i += 1
                    continue
                }
                emit(i, i + (hasYear ? 2 : 1), .partial, nil, nil, .month)
                continue
            }
            // 7 October [2023]
            if let d = dayNumber(t), i + 1 < toks.count, let m = monthOf(toks[i + 1]) {
                if i + 2 < toks.count, let y = yearNumber(toks[i + 2]) {
                    emit(i, i + 3, .absolute, Day(year: y, month: m, day: d), nil)
                } else {
                    let (day, value) = partial(month: m, day: d, docDate: ctx.date, future: futureCue(toks, before: i))
                    emit(i, i + 2, .partial, day, value)
                }
                continue
            }
            let keyword = t.kind == .word
            if keyword, let wd = ExtractionLexicon.weekdays[t.text] {
                var a = i
                var dir = 0
                if i > 0, toks[i - 1].text == "next" || toks[i - 1].text == "last" {
                    a = i - 1
                    dir = toks[i - 1].text == "next" ? 1 : -1
                }
                if dir == 0, futureCue(toks, before: i) { dir = 2 }
                var day: Day?
                if let doc = ctx.date {
                    let delta = (doc.weekday - wd + 7) % 7
                    switch dir {
                    case 1, 2: day = doc.shifted(by: (wd - doc.weekday + 7) % 7 == 0 ? 7 : (wd - doc.weekday + 7) % 7)
                    case -1: day = doc.shifted(by: -(delta == 0 ? 7 : delta))
                    default: day = doc.shifted(by: -delta)
                    }
                }
                out.append(DateMention(doc: ctx.index, sentence: t.sentence, range: toks[a].start..<t.end,
                    text: ctx.text(toks[a].start..<t.end), kind: .relative, value: day?.iso, day: day))
                i += 1
                continue
            }
            if keyword, deictic.contains(t.text) || periodStarts.contains(t.text) {
                let w = t.lower
                if deictic.contains(w) {
                    let day = ctx.date.flatMap { $0.shifted(by: w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0) }
                    emit(i, i + 1, .relative, day, nil)
                    continue
                }
                if periodStarts.contains(w), i + 1 < toks.count,
                    periods.contains(toks[i + 1].text),
                    !(i + 2 < toks.count && toks[i + 2].text == "-")
                {
                    let unit = toks[i + 1].text
                    let p: DatePrecision = unit == "year" ? .year : unit == "month" ? .month : .day
                    emit(i, i + 2, .relative, relative(w, unit, ctx.date), nil, p)
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// "will meet on Monday", "is due to begin around March 10": a future cue earlier in the sentence.
    static func futureCue(_ toks: [TextToken], before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, toks[k].sentence == toks[i].sentence, i - k <= 12 {
            if ExtractionLexicon.futureCues.contains(toks[k].lower) { return true }
            k -= 1
        }
        return false
    }

    /// Days after the document date that a day without a year may still fall on when nothing speaks of
    /// the future (a dateline one day ahead of the file's date, "Friday's meeting" filed overnight).
    static let aheadWindow = 3

    /// A day without a year: the one nearest the document date — the latest not after it unless the same
    /// day this year is at most `aheadWindow` days ahead — or the earliest not before it when the sentence
    /// speaks of the future.
    static func partial(month m: Int, day d: Int, docDate: Day?, future: Bool = false) -> (Day?, String?) {
        guard let doc = docDate else { return (nil, "--\(pad(m))-\(pad(d))") }
        if future {
            for y in doc.year...(doc.year + 8) {
                if let day = Day(year: y, month: m, day: d), day >= doc { return (day, nil) }
            }
            return (nil, "--\(pad(m))-\(pad(d))")
        }
        for y in [doc.year, doc.year + 1] {
            if let day = Day(year: y, month: m, day: d), day > doc, day.ordinal - doc.ordinal <= aheadWindow { return (day, nil) }
        }
        var y = doc.year
        while y > doc.year - 8 {
            if let day = Day(year: y, month: m, day: d), day <= doc { return (day, nil) }
            y -= 1
        }
        return (nil, "--\(pad(m))-\(pad(d))")
    }

    /// this/next/last week (its Monday), month (its first day), year (January 1), weekend (its Saturday).
    static func relative(_ which: String, _ unit: String, _ doc: Day?) -> Day? {
        guard let doc else { return nil }
        let step = which == "next" ? 1 : (which == "last" || which == "past") ? -1 : 0
        switch unit {
        case "week": return doc.shifted(by: -doc.weekday + 7 * step)
        case "weekend": return doc.shifted(by: 5 - doc.weekday + 7 * step)
        case "month":
            var m = doc.month + step, y = doc.year
            if m < 1 { m = 12; y -= 1 }
            if m > 12 { m = 1; y += 1 }
            return Day(year: y, month: m, day: 1)
        default: return Day(year: doc.year + step, month: 1, day: 1)
        }
    }
}
