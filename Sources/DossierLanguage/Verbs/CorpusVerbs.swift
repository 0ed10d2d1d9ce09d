import Foundation
import DossierModel
import DossierExtraction

extension Registry {
    /// Search, concordance, word statistics and document verbs of the corpus engine.
    static var corpusVerbs: [VerbSpec] {
        corpusDocumentVerbs + corpusSearchVerbs + corpusStatisticsVerbs
    }
}

/// Shared helpers of the corpus verbs.
enum CorpusVerbSupport {
    static func docColumn(_ c: Corpus, _ d: Int) -> Value { .string(c.documents[d].id) }

    /// A number rounded to `places` decimals, so tables compare and print identically everywhere.
    static func rounded(_ x: Double, _ places: Int = 3) -> Value {
        .number(Functions.roundHalfAway(x, places))
    }

    static func table(_ spec: [ColumnSpec], roles: [String: ColumnRole] = [:], rows: [[Value]], unit: String = "rows") -> Table {
        Table(columns: spec.map { Column($0.name, $0.type, role: roles[$0.name] ?? .plain) }, rows: rows, unit: unit)
    }

    /// A document argument, with diagnostics for unknown, ambiguous and out-of-range references.
    static func document(_ call: VerbCall, _ name: String, in c: Corpus) throws(Diagnostic) -> Int {
        guard let v = call.arguments[name] else { throw call.error("missing document", at: name) }
        return try document(v, call, name, in: c)
    }

    static func document(_ v: Value, _ call: VerbCall, _ name: String, in c: Corpus) throws(Diagnostic) -> Int {
        switch c.lookupDocument(v) {
        case .found(let i): return i
        case .outOfRange(let i, let count):
            throw call.error(
                count == 0 ? "the corpus has no documents" : "no document \(i): documents are numbered 0 to \(count - 1)",
                at: name)
        case .unknown(let s, let suggestion):
            throw call.error("no document '\(s)'", at: name, suggestion: suggestion.map { "did you mean '\($0)'?" } ?? "see `docs` for the ids")
        case .ambiguous(let s, let candidates):
            throw call.error(
                "'\(s)' matches several documents", at: name,
                suggestion: "one of: " + candidates.joined(separator: ", ") + (candidates.count == 5 ? ", …" : ""))
        case .invalid:
            throw call.error("expected a document number or id, got a \(v.type.rawValue)", at: name)
        }
    }

    /// Documents named by a value: a number, an id, a list of them, a table with a `doc` column.
    static func documents(_ v: Value, _ call: VerbCall, _ name: String, in c: Corpus) throws(Diagnostic) -> [Int] {
        switch v {
        case .list(let items):
            var out: [Int] = []
            for item in items { out.append(contentsOf: try documents(item, call, name, in: c)) }
            return out
        case .table(let t):
            guard let col = t.columnIndex("doc") ?? t.columnIndex("id") else { throw call.error("the table has no 'doc' or 'id' column", at: name) }
            var out: [Int] = []
            for row in t.rows { out.append(try document(row[col], call, name, in: c)) }
            return out
        default:
            return [try document(v, call, name, in: c)]
        }
    }

    /// The matches of a word, phrase, prefix* or regex pattern.
    static func matches(_ call: VerbCall, _ name: String, in c: Corpus, stem: Bool) throws(Diagnostic) -> (MatchList, String) {
        guard let v = call.arguments[name] else { throw call.error("missing pattern", at: name) }
        return try matches(v, call, name, in: c, stem: stem)
    }

    /// The matches of one pattern value (a word, phrase, prefix*, token query or regex), for verbs that
    /// take several. Phrases and token queries stay inside a sentence unless the call has `within=doc`.
    static func matches(_ v: Value, _ call: VerbCall, _ name: String, in c: Corpus, stem: Bool) throws(Diagnostic) -> (MatchList, String) {
        let withinDocument = call.string("within") == "doc"
        switch v {
        case .regex(let source):
            return (try regexMatches(source, call, name, in: c), "r\"\(source)\"")
        case .string(let s):
            do throws(QueryError) {
                if let q = try tokenQuery(for: s) {
                    let matcher = try TokenQueryMatcher(q, attributes: CorpusTokenAttributes(c))
                    let all = [Bool](repeating: true, count: c.documents.count)
                    let (starts, lengths) = try matcher.matches(inScope: all, withinDocument: withinDocument)
                    return (MatchList(starts: starts, length: 1, lengths: lengths), s)
                }
                let q = try QueryParser.pattern(s)
                let m = c.matches(q, stem: stem)
                return (withinDocument ? m : m.withinSentences(of: c), s)
            } catch {
                throw queryError(error, text: s, call, name)
            }
        default:
            throw call.error("expected a word, a \"phrase\" or a regex, got a \(v.type.rawValue)", at: name)
        }
    }

    /// A pattern as a token query: CQP syntax (brackets, braces), or a phrase with `*` standing for any
    /// one word ("raise * rates"). nil for a plain word, phrase or prefix*.
    static func tokenQuery(for s: String) throws(QueryError) -> TokenQuery? {
        if TokenQueryParser.looksLikeTokenQuery(s) { return try TokenQueryParser.parse(s) }
        let words = s.split(whereSeparator: \.isWhitespace)
        if words.count == 1, words[0] == "*" {
            throw QueryError(message: "a lone '*' matches nothing: use it inside a phrase (\"raise * rates\") or after letters (rate*)", offset: s.firstIndex(of: "*").map { s.distance(from: s.startIndex, to: $0) } ?? 0)
        }
        guard words.count > 1, words.contains(where: { $0.hasSuffix("*") }) else { return nil }
        var elements: [TokenQuery.Element] = []
        var offset = 0
        for w in words {
            offset = s.distance(from: s.startIndex, to: w.startIndex)
            if w == "*" {
                elements.append(TokenQuery.Element(predicate: .any, min: 1, max: 1))
            } else if w.hasSuffix("*") {
                let prefix = Lexicon.fold(String(w.dropLast()))
                guard !prefix.contains("*") else { throw QueryError(message: "'*' goes at the end of a word", offset: offset) }
                let escaped = prefix.map { $0.isLetter || $0.isNumber ? String($0) : "\\" + String($0) }.joined()
                elements.append(TokenQuery.Element(predicate: .test(.lower, .regex(escaped + ".*"), negated: false, offset: offset), min: 1, max: 1))
            } else {
                for part in QueryParser.words(of: String(w)) {
                    elements.append(TokenQuery.Element(predicate: .test(.lower, .text(part), negated: false, offset: offset), min: 1, max: 1))
                }
            }
        }
        return TokenQuery(elements: elements)
    }

    /// A query error as a diagnostic whose caret points inside the quoted pattern when it can.
    static func queryError(_ e: QueryError, text: String, _ call: VerbCall, _ name: String) -> Diagnostic {
        guard let r = call.argumentRanges[name], r.start.line == r.end.line, r.length == text.count + 2 else {
            return call.error(e.message, at: name)
        }
        let column = r.start.column + 1 + max(0, min(e.offset, text.count - 1))
        let at = SourceRange(start: SourceLocation(line: r.start.line, column: column), end: SourceLocation(line: r.start.line, column: column + 1))
        return .error(e.message, at: at)
    }

    /// Tokens whose case-folded form wholly matches the regex (case-insensitive).
    static func regexMatches(_ source: String, _ call: VerbCall, _ name: String, in c: Corpus) throws(Diagnostic) -> MatchList {
        let regex: LinearRegex
        do {
            regex = try RegexCache.shared.compile(source, caseInsensitive: true, at: call.argumentRanges[name] ?? call.range)
        }
        var ids: [UInt32] = []
        for id in 0..<c.lexicon.count {
            if regex.wholeMatch(c.lexicon.term(id)) { ids.append(UInt32(id)) }
        }
        return MatchList(starts: c.positions(ofAny: ids), length: 1)
    }

    static func inScope(_ call: VerbCall, _ c: Corpus) -> [Bool] {
        var mask = [Bool](repeating: call.scope == nil, count: c.documents.count)
        if let s = call.scope { for d in s where c.documents.indices.contains(d) { mask[d] = true } }
        return mask
    }

    /// Text around a byte range of a document: `width` characters, whitespace runs as one space, cut with "…"
    /// (the left side at a word boundary).
    static func context(_ text: UnsafeBufferPointer<UInt8>, from: Int, to: Int, width: Int, left: Bool) -> String {
        @inline(__always) func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }
        var lo = from, hi = to
        var cut = false
        if left {
            while hi > lo, isSpace(text[hi - 1]) { hi -= 1 }
            // Walk back `width` characters (a whitespace run counts once).
            var i = hi, chars = 0
            while i > lo {
                if chars >= width { cut = true; break }
                var j = i - 1
                if isSpace(text[j]) {
                    while j > lo, isSpace(text[j - 1]) { j -= 1 }
                } else {
                    while j > lo, text[j] & 0xC0 == 0x80 { j -= 1 }
                }
                chars += 1
                i = j
            }
            lo = i
            if cut {
                // Start at the next word boundary; nothing left means only the ellipsis.
                while lo < hi, !isSpace(text[lo]) { lo += 1 }
            }
            while lo < hi, isSpace(text[lo]) { lo += 1 }
        } else {
            while lo < hi, isSpace(text[lo]) { lo += 1 }
            var i = lo, chars = 0
            while i < hi {
                if chars >= width { cut = true; break }
                var j = i + 1
                if isSpace(text[i]) {
                    while j < hi, isSpace(text[j]) { j += 1 }
                } else {
                    while j < hi, text[j] & 0xC0 == 0x80 { j += 1 }
                }
                chars += 1
                i = j
            }
            hi = i
            while hi > lo, isSpace(text[hi - 1]) { hi -= 1 }
        }
        let extra = cut ? 3 : 0
        return String(unsafeUninitializedCapacity: hi - lo + extra) { out in
            var n = 0
            if cut && left { out[0] = 0xE2; out[1] = 0x80; out[2] = 0xA6; n = 3 }
            var k = lo
            while k < hi {
                let c = text[k]
                if isSpace(c) {
                    if n == 0 || out[n - 1] != 0x20 { out[n] = 0x20; n += 1 }
                } else {
                    out[n] = c
                    n += 1
                }
                k += 1
            }
            if cut && !left { out[n] = 0xE2; out[n + 1] = 0x80; out[n + 2] = 0xA6; n += 3 }
            return n
        }
    }

    static func collapse(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for b in bytes {
            let c: UInt8 = (b == 0x0A || b == 0x09 || b == 0x0D) ? 0x20 : b
            if c == 0x20, out.last == 0x20 { continue }
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A variadic argument's values: its list, the one value given, or none.
    static func values(_ call: VerbCall, _ name: String) -> [Value] {
        switch call.arguments[name] {
        case .list(let items)?: items
        case let v?: [v]
        case nil: []
        }
    }

    static func choice(_ call: VerbCall, _ name: String, _ fallback: String) -> String {
        call.string(name) ?? fallback
    }

    static func positiveInt(_ call: VerbCall, _ name: String, default d: Int, max m: Int = 1_000_000) throws(Diagnostic) -> Int {
        guard call.has(name) else { return d }
        guard let n = call.int(name), n >= 0, n <= m else { throw call.error("\(name) must be a whole number from 0 to \(m)", at: name) }
        return n
    }
}
