/// Where a pattern matched: global token starts, each spanning `length` tokens.
public struct MatchList: Sendable, Hashable {
    public var starts: [UInt32]
    /// The span of every match, unless `lengths` gives one per match.
    public var length: Int
    /// Per-match spans, for patterns whose matches vary in length (token queries).
    public var lengths: [UInt32]?

    public init(starts: [UInt32], length: Int, lengths: [UInt32]? = nil) {
        self.starts = starts
        self.length = length
        self.lengths = lengths
    }

    /// The span in tokens of match `i`.
    @inline(__always)
    public func length(at i: Int) -> Int { lengths.map { Int($0[i]) } ?? length }

    /// The matches whose first and last token lie in one sentence of `corpus`.
    public func withinSentences(of corpus: Corpus) -> MatchList {
        guard lengths == nil, length > 1 else { return self }
        let bounds = corpus.sentenceTokenStart
        var out: [UInt32] = []
        out.reserveCapacity(starts.count)
        var s = 0
        for p in starts {
            let k = Int(p)
            while s + 1 < bounds.count, Int(bounds[s + 1]) <= k { s += 1 }
            if s + 1 < bounds.count, k + length <= Int(bounds[s + 1]) { out.append(p) }
        }
        return MatchList(starts: out, length: length)
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
        case .near(let words, let distance):
            return nearMatches(words, distance: distance, stem: stem)
        case .not, .field:
            return MatchList(starts: [], length: 1)
        }
    }

    /// Windows holding every word of `words` (any order) with at most `distance` other words between
    /// the first and the last, inside one document; the scan resumes after each window.
    func nearMatches(_ words: [String], distance: Int, stem: Bool) -> MatchList {
        let distinct = Array(Set(words)).sorted()
        var tagged: [(UInt32, Int)] = []
        for (w, word) in distinct.enumerated() {
            for p in positions(ofAny: termIDs(forWord: word, stem: stem)) { tagged.append((p, w)) }
        }
        tagged.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        let maxSpan = distinct.count + distance
        var starts: [UInt32] = []
        var lengths: [UInt32] = []
        var i = 0
        var resume: UInt32 = 0
        while i < tagged.count {
            let (p, _) = tagged[i]
            if p < resume { i += 1; continue }
            let d = document(ofToken: Int(p))
            var seen = Set<Int>()
            var j = i
            var end = -1
            while j < tagged.count, Int(tagged[j].0) - Int(p) < maxSpan, document(ofToken: Int(tagged[j].0)) == d {
                seen.insert(tagged[j].1)
                if seen.count == distinct.count { end = Int(tagged[j].0); break }
                j += 1
            }
            if end >= 0 {
                starts.append(p)
                lengths.append(UInt32(end - Int(p) + 1))
                resume = UInt32(end + 1)
            }
            i += 1
        }
        return MatchList(starts: starts, length: 1, lengths: lengths)
    }

    /// Documents whose metadata field holds the words consecutively (case-folded). `title`, `id` and
    /// `date` are fields of every document; others come from front matter or columns.
    func fieldDocuments(_ name: String, _ words: [String]) -> [UInt32] {
        var out: [UInt32] = []
        for (d, doc) in documents.enumerated() {
            let text: String?
            switch name {
            case "title": text = doc.title
            case "id": text = doc.id
            case "date": text = doc.date?.iso
            default: text = doc.metadata.first { $0.name.lowercased() == name }?.value
            }
            guard let text else { continue }
            let have = QueryParser.words(of: text)
            guard have.count >= words.count else { continue }
            if (0...(have.count - words.count)).contains(where: { Array(have[$0..<($0 + words.count)]) == words }) { out.append(UInt32(d)) }
        }
        return out
    }

    /// The field names a `field:` restriction may use on this corpus.
    public var searchableFields: [String] {
        var names: Set<String> = ["title", "id", "date"]
        for doc in documents { for m in doc.metadata { names.insert(m.name.lowercased()) } }
        return names.sorted()
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
        case .field(let name, let words):
            let docs = fieldDocuments(name, words)
            return DocMatches(docs: docs, tf: docs.map { _ in 1 })
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
