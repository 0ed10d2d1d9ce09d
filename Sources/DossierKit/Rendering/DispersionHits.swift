import Foundation

/// Where a term occurs in a document, for dispersion plots. Scans the text for now; meant to be
/// pointed at the corpus index later (the plot only needs a length and positions in the same unit).
public enum DispersionHits {
    /// The document's length and the offsets of each hit, in one unit per call (UTF-8 bytes for an
    /// ASCII term, else Unicode scalars of the lowercased text); a plot only uses offset / length.
    /// A string term matches case-insensitively as whole words (a phrase's words separated by any
    /// run of spaces); a regex term (`.regex`) matches case-insensitively anywhere.
    public static func positions(term: Value, in text: String) -> (length: Int, offsets: [Int]) {
        switch term {
        case .regex(let pattern): return regexPositions(pattern: pattern, in: text)
        default: return positions(term: term.string ?? term.cellText, in: text)
        }
    }

    /// Whole-word, case-insensitive occurrences of `term` in `text` (see `positions(term:in:)`).
    /// An ASCII term is matched over the UTF-8 bytes without copying the text (offsets and length then
    /// count bytes, which for ASCII text are the same as scalars).
    public static func positions(term: String, in text: String) -> (length: Int, offsets: [Int]) {
        let words = term.split(whereSeparator: { $0.isWhitespace }).map { Array($0.utf8) }
        if !words.isEmpty, words.allSatisfy({ $0.allSatisfy { $0 < 0x80 } }) {
            var text = text
            let lowered = words.map { $0.map(asciiLower) }
            return text.withUTF8 { bytes in (bytes.count, asciiPositions(lowered, in: bytes)) }
        }
        return scalarPositions(term: term, in: text)
    }

    @inline(__always) static func asciiLower(_ b: UInt8) -> UInt8 {
        b >= 0x41 && b <= 0x5A ? b | 0x20 : b
    }

    @inline(__always) static func isASCIIWord(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    /// Whether the character ending just before byte `i` is a word character.
    static func wordBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = bytes[i - 1]
        if p < 0x80 { return isASCIIWord(p) }
        var j = i - 1
        while j > 0, j > i - 4, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return decodedIsWord(bytes, j, i)
    }

    /// Whether the character starting at byte `i` is a word character.
    static func wordAt(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let b = bytes[i]
        if b < 0x80 { return isASCIIWord(b) }
        var end = i + 1
        while end < bytes.count, end < i + 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return decodedIsWord(bytes, i, end)
    }

    static func decodedIsWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var it = bytes[start..<end].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let s) = decoder.decode(&it) { return isWordScalar(s) }
        return false
    }

    /// A run of white space at `i` (ASCII spaces, tabs, line breaks, or U+00A0): its end, else nil.
    static func spaceRun(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        var k = i
        while k < bytes.count {
            let b = bytes[k]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { k += 1; continue }
            if b == 0xC2, k + 1 < bytes.count, bytes[k + 1] == 0xA0 { k += 2; continue }
            break
        }
        return k > i ? k : nil
    }

    static func asciiPositions(_ words: [[UInt8]], in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let first = words.first?.first else { return [] }
        let firstIsWord = isASCIIWord(first)
        let lastIsWord = words.last.flatMap(\.last).map(isASCIIWord) ?? false
        var offsets: [Int] = []
        var i = 0
        let n = bytes.count
        outer: while i < n {
            guard asciiLower(bytes[i]) == first else { i += 1; continue }
            if firstIsWord, wordBefore(bytes, i) { i += 1; continue }
            var k = i
            for (w, word) in words.enumerated() {
                if w > 0 {
                    guard let after = spaceRun(bytes, k) else { i += 1; continue outer }
                    k = after
                }
                guard k + word.count <= n else { i += 1; continue outer }
                for (m, c) in word.enumerated() where asciiLower(bytes[k + m]) != c { i += 1; continue outer }
                k += word.count
            }
            if lastIsWord, wordAt(bytes, k) { i += 1; continue }
            offsets.append(i)
            i = k
        }
        return offsets
    }

    /// The general path: the lowercased text's Unicode scalars.
    static func scalarPositions(term: String, in text: String) -> (length: Int, offsets: [Int]) {
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
