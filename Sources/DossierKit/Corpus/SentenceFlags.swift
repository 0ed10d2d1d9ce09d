/// Bits describing a sentence of the token stream: where it sits and whether it is running text.
enum SentenceFlags {
    /// The first sentence of a paragraph.
    static let paragraphStart: UInt8 = 1
    /// A dateline (`TOKYO, Feb 27 -`), not sentence text.
    static let dateline: UInt8 = 2
    /// A line that repeats across many documents (sign-off, byline, boilerplate), not sentence text.
    static let boilerplate: UInt8 = 4
    /// A line of a table (mostly numbers and abbreviations: `Shr 24 cts vs 19 cts`), not sentence text.
    static let table: UInt8 = 8
    /// Any of the bits that keep a sentence out of entities, quotes and figures.
    static let notText: UInt8 = dateline | boilerplate | table
}
