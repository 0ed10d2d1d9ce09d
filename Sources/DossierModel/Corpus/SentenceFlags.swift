/// Bits describing a sentence of the token stream: where it sits and whether it is running text.
public enum SentenceFlags {
    /// The first sentence of a paragraph.
    public static let paragraphStart: UInt8 = 1
    /// A dateline (`TOKYO, Feb 27 -`), not sentence text.
    public static let dateline: UInt8 = 2
    /// A line that repeats across many documents (sign-off, byline, boilerplate), not sentence text.
    public static let boilerplate: UInt8 = 4
    /// A line of a table (mostly numbers and abbreviations: `Shr 24 cts vs 19 cts`), not sentence text.
    public static let table: UInt8 = 8
    /// Any of the bits that keep a sentence out of entities, quotes and figures.
    public static let notText: UInt8 = dateline | boilerplate | table
}
