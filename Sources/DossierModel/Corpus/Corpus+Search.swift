import Foundation

/// One search result.
public struct SearchHit: Sendable, Hashable {
    public var document: Int
    public var score: Double
}

extension Corpus {
    public static let bm25K1 = 1.2
    public static let bm25B = 0.75

    /// Documents matching a boolean query, ranked by BM25 (k1 1.2, b 0.75) over its positive leaves;
    /// ties by document order. `limit` keeps the best; `scope` restricts to those documents.
    public func search(_ query: Query, limit: Int? = nil, scope: [Int]? = nil, stem: Bool = false) -> [SearchHit] {
        let n = documents.count
        guard n > 0 else { return [] }
        var leafCache: [Query: DocMatches] = [:]
        func leaf(_ q: Query) -> DocMatches {
            if let m = leafCache[q] { return m }
            let m = docMatches(q, stem: stem)
            leafCache[q] = m
            return m
        }
        var universe: [UInt32] { scope.map { $0.filter { $0 >= 0 && $0 < n }.sorted().map(UInt32.init) } ?? (0..<n).map(UInt32.init) }
        func eval(_ q: Query) -> [UInt32] {
            switch q {
            case .term, .prefix, .phrase, .near, .field: return leaf(q).docs
            case .or(let qs):
                var acc: [UInt32] = []
                for sub in qs { acc = union(acc, eval(sub)) }
                return acc
            case .and(let qs):
                let positives = qs.filter { if case .not = $0 { false } else { true } }
                var acc: [UInt32] = positives.isEmpty ? universe : eval(positives[0])
                for sub in positives.dropFirst() { acc = intersect(acc, eval(sub)) }
                for case .not(let sub) in qs { acc = subtract(acc, eval(sub)) }
                return acc
            case .not(let sub):
                return subtract(universe, eval(sub))
            }
        }
        var docs = eval(query)
        if let scope {
            var allowed = [Bool](repeating: false, count: n)
            for d in scope where d >= 0 && d < n { allowed[d] = true }
            docs = docs.filter { allowed[Int($0)] }
        }
        guard !docs.isEmpty else { return [] }
        let avgdl = Double(tokenCount) / Double(n)
        var scores = [Double](repeating: 0, count: n)
        for q in Set(query.positiveLeaves).sorted(by: { "\($0)" < "\($1)" }) {
            let m = leaf(q)
            let df = Double(m.docs.count)
            guard df > 0 else { continue }
            let idf = log(1 + (Double(n) - df + 0.5) / (df + 0.5))
            for i in m.docs.indices {
                let d = Int(m.docs[i])
                let tf = Double(m.tf[i])
                let dl = Double(docTokenStart[d + 1] - docTokenStart[d])
                scores[d] += idf * tf * (Corpus.bm25K1 + 1) / (tf + Corpus.bm25K1 * (1 - Corpus.bm25B + Corpus.bm25B * dl / max(avgdl, 1)))
            }
        }
        func better(_ a: SearchHit, _ b: SearchHit) -> Bool { a.score != b.score ? a.score > b.score : a.document < b.document }
        if let limit, limit >= 0, limit < docs.count {
            var top: [SearchHit] = []
            top.reserveCapacity(limit + 1)
            for d in docs {
                let h = SearchHit(document: Int(d), score: scores[Int(d)])
                if top.count == limit, let last = top.last, !better(h, last) { continue }
                var i = top.count
                while i > 0, better(h, top[i - 1]) { i -= 1 }
                top.insert(h, at: i)
                if top.count > limit { top.removeLast() }
            }
            return top
        }
        return docs.map { SearchHit(document: Int($0), score: scores[Int($0)]) }.sorted(by: better)
    }

    /// The sentence of document `d` with the most query matches, matches marked «like this».
    public func snippet(document d: Int, query: Query, stem: Bool = false, maxCharacters: Int = 240) -> String {
        guard documents.indices.contains(d) else { return "" }
        let range = docTokenStart[d]..<docTokenStart[d + 1]
        var spans: [(Int, Int)] = []  // token start, length
        for q in query.positiveLeaves {
            switch q {
            case .term, .prefix:
                for id in leafIDs(q, stem: stem) {
                    for p in index.positions(of: Int(id), in: range) { spans.append((Int(p), 1)) }
                }
            default:
                let m = matches(q, stem: stem)
                for (i, s) in m.starts.enumerated() where range.contains(Int(s)) { spans.append((Int(s), m.length(at: i))) }
            }
        }
        spans.sort { $0.0 < $1.0 }
        let doc = documents[d]
        let s0 = docSentenceStart[d], s1 = docSentenceStart[d + 1]
        guard s1 > s0 else { return "" }
        var best = s0, bestCount = -1
        var counts: [Int: Int] = [:]
        for (k, _) in spans { counts[sentence(ofToken: k), default: 0] += 1 }
        for s in s0..<s1 where (counts[s] ?? 0) > bestCount {
            best = s
            bestCount = counts[s] ?? 0
        }
        let sentenceBytes = doc.sentences[best - s0]
        var marks: [(Int, Int)] = []
        for (k, len) in spans where sentence(ofToken: k) == best {
            let lo = Int(tokenStart[k]), hi = Int(tokenEnd[min(k + len - 1, tokenCount - 1)])
            if let last = marks.last, lo < last.1 { continue }
            marks.append((lo, hi))
        }
        return Corpus.markedText(doc.text, range: sentenceBytes, marks: marks, maxCharacters: maxCharacters)
    }

    /// Text of `range` with byte spans wrapped in « », shortened around the first mark, newlines as spaces.
    static func markedText(_ text: String, range: Range<Int>, marks: [(Int, Int)], maxCharacters: Int) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var i = range.lowerBound
        var firstMark = 0
        for (lo, hi) in marks where lo >= range.lowerBound && hi <= range.upperBound {
            out.append(contentsOf: bytes[i..<lo])
            if firstMark == 0 { firstMark = out.count }
            out.append(contentsOf: Array("«".utf8))
            out.append(contentsOf: bytes[lo..<hi])
            out.append(contentsOf: Array("»".utf8))
            i = hi
        }
        out.append(contentsOf: bytes[i..<range.upperBound])
        for k in out.indices where out[k] == 0x0A || out[k] == 0x09 { out[k] = 0x20 }
        var s = String(decoding: out, as: UTF8.self)
        if s.count > maxCharacters {
            let before = String(decoding: out[..<firstMark], as: UTF8.self).count
            let start = max(0, min(before - maxCharacters / 3, s.count - maxCharacters))
            var cut = String(s.dropFirst(start).prefix(maxCharacters))
            if start > 0 { cut = "…" + cut.drop { $0 != " " }.dropFirst() }
            if start + maxCharacters < s.count { cut += "…" }
            s = cut
        }
        return s
    }
}

func union(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var out: [UInt32] = []
    out.reserveCapacity(a.count + b.count)
    var i = 0, j = 0
    while i < a.count || j < b.count {
        if j >= b.count || (i < a.count && a[i] < b[j]) { out.append(a[i]); i += 1 }
        else if i >= a.count || b[j] < a[i] { out.append(b[j]); j += 1 }
        else { out.append(a[i]); i += 1; j += 1 }
    }
    return out
}

func intersect(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var out: [UInt32] = []
    var i = 0, j = 0
    while i < a.count, j < b.count {
        if a[i] < b[j] { i += 1 } else if b[j] < a[i] { j += 1 } else { out.append(a[i]); i += 1; j += 1 }
    }
    return out
}

func subtract(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var out: [UInt32] = []
    var j = 0
    for x in a {
        while j < b.count, b[j] < x { j += 1 }
        if j < b.count, b[j] == x { continue }
        out.append(x)
    }
    return out
}
