/// When an extracted quotation is the same as a gold one: both are byte ranges inside the marks of the
/// same document, and they overlap by at least 80% of the gold span and 50% of the extracted one (a
/// quote cut at a hard line break, or glued to its neighbour, does not match).
enum QuoteMatch {
    static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }

    static func matches(extracted e: Range<Int>, gold g: Range<Int>) -> Bool {
        let o = overlap(e, g)
        return !g.isEmpty && !e.isEmpty && Double(o) >= 0.8 * Double(g.count) && Double(o) >= 0.5 * Double(e.count)
    }

    /// An extracted quotation that lies mostly inside a gold span of kind `other` (a title, a scare-quoted
    /// term): neither right nor wrong.
    static func inside(extracted e: Range<Int>, other g: Range<Int>) -> Bool {
        !e.isEmpty && Double(overlap(e, g)) >= 0.5 * Double(e.count)
    }
}
