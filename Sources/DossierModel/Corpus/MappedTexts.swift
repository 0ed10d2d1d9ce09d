import Synchronization

/// The texts of a model's documents, left in its memory-mapped text section and decoded one document
/// at a time, on first use (each decoded text is kept). Opening a corpus of any size so decodes none
/// of them, and its pages come in only for the documents a query reads.
final class MappedTexts: Sendable {
    /// The mapped section; valid while `owner` (the model's reader, which unmaps on deinit) lives.
    private let bytes: SharedBytes
    private let owner: any Sendable
    private let spans: [Range<Int>]
    private let decoded: Mutex<[String?]>

    /// `spans`: each document's bytes in `section` (all inside it: the caller checked).
    init(section: UnsafeRawBufferPointer, owner: any Sendable, spans: [Range<Int>]) {
        self.bytes = SharedBytes(p: section)
        self.owner = owner
        self.spans = spans
        self.decoded = Mutex([String?](repeating: nil, count: spans.count))
    }

    /// The UTF-8 length of document `d`'s text, without decoding it.
    func byteCount(_ d: Int) -> Int { spans[d].count }

    /// Bytes `range` of document `d`'s text (clamped to it), decoded alone: a sentence or a token
    /// needs no decoding of its whole document. Read like `text(_:)`: bytes that are not UTF-8 read as `?`.
    func slice(_ d: Int, _ range: Range<Int>) -> String {
        if let known = decoded.withLock({ $0[d] }) { return known.utf8Slice(range) }
        let span = spans[d]
        let lo = span.lowerBound + max(0, min(range.lowerBound, span.count))
        let hi = max(lo, span.lowerBound + max(0, min(range.upperBound, span.count)))
        return Self.decode(UnsafeRawBufferPointer(rebasing: bytes.p[lo..<hi]))
    }

    /// UTF-8 bytes as a string of the same length: any byte of an invalid sequence reads as `?`.
    private static func decode(_ raw: UnsafeRawBufferPointer) -> String {
        let s = String(decoding: raw, as: UTF8.self)
        if s.utf8.count == raw.count { return s }
        return String(decoding: raw.map { $0 < 0x80 ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
    }

    /// Document `d`'s text. Bytes that are not UTF-8 (a model damaged in a way its stamp did not show)
    /// read as `?`, byte for byte, so every stored offset still falls inside the text.
    func text(_ d: Int) -> String {
        if let known = decoded.withLock({ $0[d] }) { return known }
        let s = Self.decode(UnsafeRawBufferPointer(rebasing: bytes.p[spans[d]]))
        decoded.withLock { $0[d] = s }
        return s
    }
}
