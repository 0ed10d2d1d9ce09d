/// Where a pattern matched: global token starts, each spanning `length` tokens.
public struct MatchList: Sendable, Hashable {
    public var starts: [UInt32]
    public var length: Int

    public init(starts: [UInt32], length: Int) {
        self.starts = starts
        self.length = length
    }
}

/// Documents matching a leaf with their within-document frequency.
struct DocMatches {
    var docs: [UInt32] = []
    var tf: [UInt32] = []
}

extension Corpus {
    /// Term ids a word matches: the folded word, or with `stem` every term with the same Porter2 stem.
    public func termIDs(forWord word: String, stem: Bool = false) -> [UInt32] {
        let folded = Lexicon.fold(word)
        if !stem { return lexicon.id(of: folded).map { [$0] } ?? [] }
        return stemGroups[Stemmer.stem(folded)] ?? []
    }

    /// Term ids of a leaf query (term or prefix); phrases are handled by `matches`.
    func leafIDs(_ q: Query, stem: Bool) -> [UInt32] {
        switch q {
        case .term(let w): termIDs(forWord: w, stem: stem)
        case .prefix(let p): lexicon.ids(withPrefix: p)
        default: []
        }
    }

    /// Sorted union of the positions of several terms.
    public func positions(ofAny ids: [UInt32]) -> [UInt32] {
        if ids.count == 1 { return Array(index.positions[index.positionRange(Int(ids[0]))]) }
        var all: [UInt32] = []
        for id in ids { all.append(contentsOf: index.positions[index.positionRange(Int(id))]) }
        all.sort()
        var out: [UInt32] = []
        out.reserveCapacity(all.count)
        for p in all where out.last != p { out.append(p) }
        return out
    }

    /// Every occurrence of a word, phrase or prefix query (boolean operators are not patterns).
    public func matches(_ q: Query, stem: Bool = false) -> MatchList {
        switch q {
        case .term, .prefix:
            return MatchList(starts: positions(ofAny: leafIDs(q, stem: stem)), length: 1)
        case .phrase(let words):
            let lists = words.map { positions(ofAny: termIDs(forWord: $0, stem: stem)) }
            return MatchList(starts: phraseStarts(lists), length: words.count)
        case .and(let qs), .or(let qs):
            var all: [UInt32] = []
            var len = 1
            for sub in qs {
                let m = matches(sub, stem: stem)
                all.append(contentsOf: m.starts)
                len = max(len, m.length)
            }
            all.sort()
            return MatchList(starts: all, length: len)
        case .not:
            return MatchList(starts: [], length: 1)
        }
    }

    /// Starts of consecutive occurrences of `lists[0]`, `lists[1]`, ... within one document.
    func phraseStarts(_ lists: [[UInt32]]) -> [UInt32] {
        guard let first = lists.first, !lists.contains(where: \.isEmpty) else { return [] }
        if lists.count == 1 { return first }
        var r = 0
        for i in lists.indices where lists[i].count < lists[r].count { r = i }
        var cursors = [Int](repeating: 0, count: lists.count)
        var out: [UInt32] = []
        let n = lists.count
        outer: for p in lists[r] {
            guard Int(p) >= r else { continue }
            let s = Int(p) - r
            for i in 0..<n where i != r {
                let want = UInt32(s + i)
                let list = lists[i]
                var c = cursors[i]
                // Gallop then step.
                var step = 1
                while c + step < list.count, list[c + step] < want { c += step; step *= 2 }
                while c < list.count, list[c] < want { c += 1 }
                cursors[i] = c
                if c >= list.count { break outer }
                if list[c] != want { continue outer }
            }
            if document(ofToken: s) == document(ofToken: s + n - 1) { out.append(UInt32(s)) }
        }
        return out
    }

    /// Documents and frequencies of a leaf.
    func docMatches(_ q: Query, stem: Bool) -> DocMatches {
        switch q {
        case .term, .prefix:
            let ids = leafIDs(q, stem: stem)
            if ids.count == 1 {
                let r = index.postingRange(Int(ids[0]))
                return DocMatches(docs: Array(index.postingDoc[r]), tf: Array(index.postingFrequency[r]))
            }
            var acc: [UInt32: UInt32] = [:]
            for id in ids {
                let r = index.postingRange(Int(id))
                for p in r { acc[index.postingDoc[p], default: 0] += index.postingFrequency[p] }
            }
            var m = DocMatches()
            for d in acc.keys.sorted() {
                m.docs.append(d)
                m.tf.append(acc[d] ?? 0)
            }
            return m
        default:
            let starts = matches(q, stem: stem).starts
            var m = DocMatches()
            var d = 0
            for s in starts {
                while d + 1 < documents.count, docTokenStart[d + 1] <= Int(s) { d += 1 }
                if m.docs.last == UInt32(d) { m.tf[m.tf.count - 1] += 1 } else { m.docs.append(UInt32(d)); m.tf.append(1) }
            }
            return m
        }
    }
}
