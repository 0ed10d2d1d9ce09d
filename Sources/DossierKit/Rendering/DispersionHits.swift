import Foundation

/// Where a term occurs in a document, for dispersion plots. Scans the text for now; meant to be
/// pointed at the corpus index later (the plot only needs a length and positions in the same unit).
public enum DispersionHits {
    /// The document's length and the offsets of each hit, in Unicode scalars of the lowercased text.
    /// A string term matches case-insensitively as whole words (a phrase's words separated by any
    /// run of spaces); a regex term (`.regex`) matches case-insensitively anywhere.
    public static func positions(term: Value, in text: String) -> (length: Int, offsets: [Int]) {
        switch term {
        case .regex(let pattern): return regexPositions(pattern: pattern, in: text)
        default: return positions(term: term.string ?? term.cellText, in: text)
        }
    }

    /// Whole-word, case-insensitive occurrences of `term` in `text` (see `positions(term:in:)`).
    public static func positions(term: String, in text: String) -> (length: Int, offsets: [Int]) {
        let hay = Array(text.lowercased().unicodeScalars)
        let words = term.lowercased().split(whereSeparator: { $0.isWhitespace }).map { Array($0.unicodeScalars) }
        guard let firstWord = words.first, !firstWord.isEmpty else { return (hay.count, []) }
        var offsets: [Int] = []
        var i = 0
        let first = firstWord[0]
        while i < hay.count {
            if hay[i] == first, i == 0 || !isWordScalar(hay[i - 1]) || !isWordScalar(first), let end = match(words, in: hay, at: i),
                end == hay.count || !isWordScalar(hay[end]) || !isWordScalar(hay[end - 1])
            {
                offsets.append(i)
                i = end
                continue
            }
            i += 1
        }
        return (hay.count, offsets)
    }

    /// The end of `words` matched at `start` (words separated by at least one space), or nil.
    static func match(_ words: [[Unicode.Scalar]], in hay: [Unicode.Scalar], at start: Int) -> Int? {
        var i = start
        for (w, word) in words.enumerated() {
            if w > 0 {
                guard i < hay.count, hay[i].properties.isWhitespace else { return nil }
                while i < hay.count, hay[i].properties.isWhitespace { i += 1 }
            }
            guard i + word.count <= hay.count else { return nil }
            for (k, s) in word.enumerated() where hay[i + k] != s { return nil }
            i += word.count
        }
        return i
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil || s == "_"
    }

    static func regexPositions(pattern: String, in text: String) -> (length: Int, offsets: [Int]) {
        let lower = text.lowercased()
        let length = lower.unicodeScalars.count
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
            return (length, [])
        }
        let ns = lower as NSString
        var offsets: [Int] = []
        var utf16Done = 0
        var scalarsDone = 0
        for m in regex.matches(in: lower, range: NSRange(location: 0, length: ns.length)) where m.range.length > 0 {
            // UTF-16 offset to scalar offset, counting only the text since the previous match.
            let between = ns.substring(with: NSRange(location: utf16Done, length: m.range.location - utf16Done))
            scalarsDone += between.unicodeScalars.count
            utf16Done = m.range.location
            offsets.append(scalarsDone)
        }
        return (length, offsets)
    }
}
