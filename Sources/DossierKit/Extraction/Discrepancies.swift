/// The same quantity reported differently by different documents.
public struct Discrepancy: Sendable, Hashable {
    /// What is counted ("deaths").
    public var about: String
    /// The figures as written, one per document and text, in document order.
    public var figures: [Figure]
}

extension Annotations {
    /// Figures that count the same thing (same counted noun, durations and percentages aside) in
    /// different documents, with different values of the same magnitude (within a factor of two).
    public func discrepancies(scope: (Int) -> Bool = { _ in true }) -> [Discrepancy] {
        let durations: Set<String> = ["second", "minute", "hour", "day", "week", "month", "year", "decade", "percent", "century", "time"]
        var groups: [String: [Figure]] = [:]
        for f in figures where scope(f.doc) {
            guard let c = f.counts, f.value >= 10 else { continue }
            var key = c.lowercased().split(separator: " ").last.map(String.init) ?? ""
            if key.hasSuffix("s"), !key.hasSuffix("ss") { key.removeLast() }
            if durations.contains(key) || key.isEmpty { continue }
            groups[key, default: []].append(f)
        }
        var out: [Discrepancy] = []
        for (_, fs) in groups {
            let docs = Set(fs.map(\.doc))
            let values = Set(fs.map(\.value))
            guard docs.count >= 2, values.count >= 2, let lo = values.min(), let hi = values.max(), hi <= 2 * lo else { continue }
            var seen = Set<[String]>()
            let list = fs.sorted { ($0.doc, $0.range.lowerBound) < ($1.doc, $1.range.lowerBound) }
                .filter { seen.insert([String($0.doc), $0.text]).inserted }
            let about = list.compactMap(\.counts).sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }.first ?? ""
            out.append(Discrepancy(about: about, figures: list))
        }
        return out.sorted { $0.about != $1.about ? $0.about < $1.about : ($0.figures.first?.doc ?? 0) < ($1.figures.first?.doc ?? 0) }
    }
}
