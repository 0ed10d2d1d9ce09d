/// A document's sentence spans (UTF-8 byte ranges of its text): an array of its own, or its run of a
/// model's mapped sentence table (start and end per sentence), read in place, so opening a corpus
/// builds no per-document arrays.
public struct SentenceSpans: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral {
    private enum Storage: Sendable {
        case owned([Range<Int>])
        /// The mapped table (two words per sentence) and this document's first sentence in it.
        case mapped(FlatArray<UInt32>, first: Int)
    }

    private let storage: Storage
    public let count: Int

    public init(_ spans: [Range<Int>]) {
        storage = .owned(spans)
        count = spans.count
    }

    public init(arrayLiteral spans: Range<Int>...) { self.init(spans) }

    /// Sentences `first..<first + count` of a mapped table (the caller checked the table's size).
    init(mapped table: FlatArray<UInt32>, first: Int, count: Int) {
        storage = .mapped(table, first: first)
        self.count = count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// Sentence `i`. A mapped end before its start (a damaged table) reads as an empty span.
    public subscript(i: Int) -> Range<Int> {
        precondition(i >= 0 && i < count, "sentence index out of range")
        switch storage {
        case .owned(let spans): return spans[i]
        case .mapped(let table, let first):
            let lo = Int(table[2 * (first + i)]), hi = Int(table[2 * (first + i) + 1])
            return lo..<Swift.max(lo, hi)
        }
    }

    public static func == (a: SentenceSpans, b: SentenceSpans) -> Bool { a.elementsEqual(b) }
}
