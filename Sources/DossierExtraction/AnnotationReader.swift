/// Reads the columns `AnnotationWriter` wrote. Every word read is bounds-checked, every string id,
/// entity index and enum code validated: anything out of place makes the read fail (nil).
struct AnnotationReader {
    private let words: UnsafeRawBufferPointer
    private let wordCount: Int
    private var at = 0
    private let table: [String]
    /// Each document's sentence count and byte count, which stored places must lie within.
    let bounds: [(sentences: Int, bytes: Int)]

    init?(_ raw: UnsafeRawBufferPointer, bounds: [(sentences: Int, bytes: Int)]) {
        self.bounds = bounds
        let h = AnnotationCodec.headerWords
        guard raw.count >= 4 * h else { return nil }
        func word(_ i: Int) -> UInt32 { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)) }
        guard word(0) == AnnotationCodec.magic, word(1) == AnnotationCodec.format else { return nil }
        let (stringCount, arenaSize, count) = (Int(word(2)), Int(word(3)), Int(word(4)))
        let offsetsAt = 4 * h
        let wordsAt = offsetsAt + 4 * (stringCount + 1)
        let arenaAt = wordsAt + 4 * count
        guard arenaAt + arenaSize == raw.count else { return nil }
        var list: [String] = []
        list.reserveCapacity(stringCount)
        var previous = Int(word(h))
        guard previous == 0 else { return nil }
        for i in 0..<stringCount {
            let end = Int(word(h + 1 + i))
            guard end >= previous, end <= arenaSize else { return nil }
            list.append(String(decoding: UnsafeRawBufferPointer(rebasing: raw[(arenaAt + previous)..<(arenaAt + end)]), as: UTF8.self))
            previous = end
        }
        table = list
        words = UnsafeRawBufferPointer(rebasing: raw[wordsAt..<arenaAt])
        wordCount = count
    }

    var atEnd: Bool { at == wordCount }

    mutating func u32() -> UInt32? {
        guard at < wordCount else { return nil }
        defer { at += 1 }
        return UInt32(littleEndian: words.loadUnaligned(fromByteOffset: 4 * at, as: UInt32.self))
    }
    mutating func int() -> Int? { u32().map { Int($0) } }
    mutating func bool() -> Bool? {
        guard let v = u32(), v <= 1 else { return nil }
        return v == 1
    }
    /// An optional stored as value + 1; nil inside when the stored word is 0, nil outside when unreadable.
    mutating func optional() -> Int?? {
        guard let v = u32() else { return nil }
        return .some(v == 0 ? nil : Int(v) - 1)
    }
    mutating func double() -> Double? {
        guard let lo = u32(), let hi = u32() else { return nil }
        return Double(bitPattern: UInt64(hi) << 32 | UInt64(lo))
    }
    mutating func range() -> Range<Int>? {
        guard let a = int(), let b = int(), a <= b else { return nil }
        return a..<b
    }
    mutating func string() -> String? {
        guard let id = int(), id < table.count else { return nil }
        return table[id]
    }
    mutating func optionalString() -> String?? {
        guard let present = bool() else { return nil }
        guard present else { return .some(nil) }
        return string().map { .some($0) }
    }
    mutating func strings() -> [String]? {
        guard let n = count(minimumWords: 1) else { return nil }
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let s = string() else { return nil }
            out.append(s)
        }
        return out
    }
    /// A record count that fits in the words left (`minimumWords` each), so damage cannot reserve much.
    mutating func count(minimumWords: Int) -> Int? {
        guard let n = int(), n <= (wordCount - at) / max(1, minimumWords) else { return nil }
        return n
    }
    mutating func code<T: CaseIterable>(_ type: T.Type) -> T? {
        u32().flatMap { AnnotationCodecTags.value($0, as: type) }
    }
}
