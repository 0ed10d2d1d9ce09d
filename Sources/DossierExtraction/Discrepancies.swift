import DossierModel

/// The same quantity reported differently by different documents.
public struct Discrepancy: Sendable, Hashable {
    /// What is counted, with the place both reports concern when there is one ("deaths (Gaza Strip)").
    public var about: String
    /// The figures as written, one per document and text, in document order.
    public var figures: [Figure]
}

extension Annotations {
    /// Figures that count the same thing (same counted noun; durations and percentages aside) in
    /// different documents about the same place, with different values of the same magnitude (within a
    /// factor of two). Two figures concern the same place when their sentences name a common place, when
    /// the place one sentence names is mentioned in the other document (if the other sentence names
    /// none), or, when neither sentence names a place, when both documents' most mentioned place is the same.
    public func discrepancies(scope: (Int) -> Bool = { _ in true }) -> [Discrepancy] {
        let durations: Set<String> = [
            "second", "minute", "hour", "day", "week", "month", "year", "decade", "percent", "century", "time", "point",
        ]
        var groups: [String: [Figure]] = [:]
        for f in figures where scope(f.doc) {
            guard let c = f.counts, f.value >= 10 else { continue }
            var key = c.lowercased().split(separator: " ").last.map(String.init) ?? ""
            if key.hasSuffix("s"), !key.hasSuffix("ss") { key.removeLast() }
            if durations.contains(key) || key.isEmpty { continue }
            groups[key, default: []].append(f)
        }
        guard !groups.isEmpty else { return [] }
        // places by sentence and by document
        var sentencePlaces: [[Int]: Set<Int>] = [:]
        var docPlaces: [Int: [Int: Int]] = [:]
        for m in mentions where entities[m.entity].type == .place {
            sentencePlaces[[m.doc, m.sentence], default: []].insert(m.entity)
            docPlaces[m.doc, default: [:]][m.entity, default: 0] += 1
        }
        func topPlace(_ d: Int) -> Int? {
            docPlaces[d]?.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        }
        /// The place two figures share, if they are comparable.
        func shared(_ f: Figure, _ g: Figure) -> Int?? {
            let pf = sentencePlaces[[f.doc, f.sentence]] ?? [], pg = sentencePlaces[[g.doc, g.sentence]] ?? []
            let common: Set<Int>
            if !pf.isEmpty, !pg.isEmpty { common = pf.intersection(pg) }
            else if !pf.isEmpty { common = pf.filter { docPlaces[g.doc]?[$0] != nil } }
            else { common = pg.filter { docPlaces[f.doc]?[$0] != nil } }
            if let p = common.min(by: { entities[$0].name < entities[$1].name }) { return .some(p) }
            if pf.isEmpty, pg.isEmpty, let a = topPlace(f.doc), a == topPlace(g.doc) { return .some(a) }
            if pf.isEmpty, pg.isEmpty, docPlaces[f.doc] == nil, docPlaces[g.doc] == nil { return .some(nil) }
            return nil
        }
        var out: [Discrepancy] = []
        for (_, fs) in groups {
            let list = fs.sorted { ($0.doc, $0.range.lowerBound) < ($1.doc, $1.range.lowerBound) }
            // union comparable pairs from different documents with different values
            var parent = Array(list.indices)
            func root(_ i: Int) -> Int { var i = i; while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }; return i }
            var place: [Int: Int] = [:]
            for i in list.indices { for j in list.indices where j > i {
                let a = list[i], b = list[j]
                guard a.doc != b.doc, a.value != b.value, max(a.value, b.value) <= 2 * min(a.value, b.value) else { continue }
                guard let p = shared(a, b) else { continue }
                let (ri, rj) = (root(i), root(j))
                if ri != rj { parent[rj] = ri }
                if let p { place[root(i)] = place[root(i)] ?? p }
            } }
            var clusters: [Int: [Int]] = [:]
            for i in list.indices { clusters[root(i), default: []].append(i) }
            for (r, members) in clusters where members.count >= 2 {
                var seen = Set<[String]>()
                let figs = members.map { list[$0] }.filter { seen.insert([String($0.doc), $0.text]).inserted }
                guard Set(figs.map(\.doc)).count >= 2 else { continue }
                let noun = figs.compactMap(\.counts).sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }.first ?? ""
                let about = place[r].map { "\(noun) (\(entities[$0].name))" } ?? noun
                out.append(Discrepancy(about: about, figures: figs))
            }
        }
        return out.sorted { a, b in
            if a.about != b.about { return a.about < b.about }
            return (a.figures.first?.doc ?? 0, a.figures.first?.range.lowerBound ?? 0) < (b.figures.first?.doc ?? 0, b.figures.first?.range.lowerBound ?? 0)
        }
    }
}
