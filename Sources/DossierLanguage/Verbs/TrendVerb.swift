import DossierModel
/// `trend`: per-period counts of terms (or of piped topic shares and dictionary categories), with the
/// words of each period, so rates compare across periods of very different volume.
enum TrendVerb {
    /// Most periods a trend lists (a day-by-day trend over centuries is a mistake, not a request).
    static let maxPeriods = 20_000
    static let maxRows = 1_000_000

    /// Per series, a weight per document (occurrences, or share × words).
    struct Series {
        var label: String
        var weights: [Int: Double]
        /// The split value the series is restricted to, nil for all documents.
        var group: String?
    }

    static func evaluate(_ call: VerbCall, _ c: Corpus) throws(Diagnostic) -> Value {
        let per = try Self.per(call)
        let docs = c.scopedDocuments(call.scope).filter { c.documents[$0].date != nil }
        let terms = CorpusVerbSupport.values(call, "terms")
        var series: [Series]
        if terms.isEmpty, let piped = try pipedSeries(call, c) {
            series = piped
        } else {
            guard !terms.isEmpty else {
                throw call.error("trend needs a term", at: "terms", suggestion: "e.g. trend \"ceasefire\" by month, or topics 5 | trend")
            }
            series = try termSeries(terms, call, c)
        }
        var groupOf: [Int: String] = [:]
        if let field = call.string("split") {
            guard c.metadataNames.contains(field) else {
                let names = c.metadataNames
                let hint = NearestName.suggest(field, among: names)
                throw call.error(
                    "no metadata field '\(field)'", at: "split",
                    suggestion: hint.map { "did you mean '\($0)'?" }
                        ?? (names.isEmpty ? "this corpus has no metadata fields" : "fields: " + names.joined(separator: ", ")))
            }
            for d in docs { groupOf[d] = c.documents[d].metadataValue(field) ?? "(none)" }
            let groups = Array(Set(groupOf.values)).sorted()
            series = series.flatMap { s in
                groups.map { g in Series(label: series.count == 1 ? g : "\(s.label) · \(g)", weights: s.weights, group: g) }
            }
        }
        return .table(try table(series, docs: docs, groupOf: groupOf, per: per, call: call, c))
    }

    /// `per=`: the words a rate is normalised to (trend, and lookup by a period).
    static func per(_ call: VerbCall) throws(Diagnostic) -> Double {
        let per = call.number("per") ?? 10000
        guard per.isFinite, per > 0, per <= 1e9 else { throw call.error("per must be a number above 0", at: "per") }
        return per
    }

    /// One series per term: occurrences per document.
    static func termSeries(_ terms: [Value], _ call: VerbCall, _ c: Corpus) throws(Diagnostic) -> [Series] {
        let stem = call.bool("stem") ?? false
        var out: [Series] = []
        for v in terms {
            let (m, label) = try CorpusVerbSupport.matches(v, call, "terms", in: c, stem: stem)
            var weights: [Int: Double] = [:]
            for s in m.starts { weights[c.document(ofToken: Int(s)), default: 0] += 1 }
            let name: String
            if case .string(let s) = v, !s.hasSuffix("*"), (try? CorpusVerbSupport.tokenQuery(for: s)) ?? nil == nil {
                name = QueryParser.words(of: s).joined(separator: " ")
            } else {
                name = label  // a prefix*, a regex or a token query, as written
            }
            out.append(Series(label: name, weights: weights))
        }
        return out
    }

    /// Series from a piped table with doc, a topic or category column, and share or count.
    static func pipedSeries(_ call: VerbCall, _ c: Corpus) throws(Diagnostic) -> [Series]? {
        var tables: [Table] = []
        switch call.input {
        case .table(let t)?: tables = [t]
        case .list(let items)?: for case .table(let t) in items { tables.append(t) }
        default: return nil
        }
        guard let t = tables.first(where: { $0.columnIndex("doc") != nil && ($0.columnIndex("topic") ?? $0.columnIndex("category")) != nil }),
            let docColumn = t.columnIndex("doc"), let nameColumn = t.columnIndex("topic") ?? t.columnIndex("category")
        else { return nil }
        let share = t.columnIndex("share")
        guard let valueColumn = share ?? t.columnIndex("count") else { return nil }
        var order: [String] = []
        var weights: [String: [Int: Double]] = [:]
        for row in t.rows {
            guard case .string(let id) = row[docColumn], let d = c.documentIndex(id: id), let v = row[valueColumn].number, v.isFinite
            else { continue }
            let name = row[nameColumn].cellText
            if weights[name] == nil { order.append(name) }
            weights[name, default: [:]][d, default: 0] += share != nil ? v * Double(c.documents[d].wordCount) : v
        }
        return order.map { Series(label: $0, weights: weights[$0] ?? [:]) }
    }

    static func table(_ series: [Series], docs: [Int], groupOf: [Int: String], per: Double, call: VerbCall, _ c: Corpus)
        throws(Diagnostic) -> Table
    {
        let days = docs.compactMap { c.documents[$0].date }
        let requested = call.string("by").flatMap { $0 == "auto" ? nil : TimeSeries.Interval(rawValue: $0) }
        guard let first = days.min(), let last = days.max() else {
            let name = requested?.rawValue ?? "period"
            return Table(columns: columns(name), unit: "periods")
        }
        let every = requested ?? TimeSeries.interval(forSpan: last.ordinal - first.ordinal)
        var starts: [Day] = []
        var start = TimeSeries.bucketStart(first, every)
        let end = TimeSeries.bucketStart(last, every)
        while true {
            starts.append(start)
            guard starts.count <= maxPeriods else {
                throw call.error("\(every.rawValue)s from \(first.iso) to \(last.iso) make more than \(maxPeriods) periods", at: "by",
                    suggestion: "use a longer period, e.g. by month")
            }
            let following = TimeSeries.next(start, every)
            if start >= end || following <= start { break }
            start = following
        }
        guard starts.count * max(1, series.count) <= maxRows else {
            throw call.error("the trend would have more than \(maxRows) rows", suggestion: "fewer terms, a longer period or no split")
        }
        var slot: [Int: Int] = [:]
        for (i, s) in starts.enumerated() { slot[s.ordinal] = i }
        var periodOf: [Int: Int] = [:]
        for d in docs { if let day = c.documents[d].date { periodOf[d] = slot[TimeSeries.bucketStart(day, every).ordinal] } }
        var rows: [[Value]] = []
        rows.reserveCapacity(starts.count * series.count)
        var cells = [[(docs: Int, words: Int, count: Double)]](
            repeating: [(docs: Int, words: Int, count: Double)](repeating: (0, 0, 0), count: series.count), count: starts.count)
        for d in docs {
            guard let p = periodOf[d] else { continue }
            for (k, s) in series.enumerated() where s.group == nil || s.group == groupOf[d] {
                cells[p][k].docs += 1
                cells[p][k].words += c.documents[d].wordCount
                cells[p][k].count += s.weights[d] ?? 0
            }
        }
        for (p, day) in starts.enumerated() {
            for (k, s) in series.enumerated() {
                let cell = cells[p][k]
                let rate: Value = cell.words > 0 ? CorpusVerbSupport.rounded(cell.count / Double(cell.words) * per) : .null
                rows.append([
                    .string(TimeSeries.label(day, every)), .string(s.label), .number(Double(cell.docs)), .number(Double(cell.words)),
                    CorpusVerbSupport.rounded(cell.count), rate,
                ])
            }
        }
        return Table(columns: columns(every.rawValue), rows: rows, unit: "rows")
    }

    static func columns(_ periodName: String) -> [Column] {
        [Column(periodName, .string)] + trendColumnsAfterPeriod
    }

    static let trendColumnsAfterPeriod = Registry.trendColumns.dropFirst().map { Column($0.name, $0.type) }
}
