/// Reads the columns `AnnotationWriter` wrote. Every word read is bounds-checked, every string id,
/// entity index and enum code validated: anything out of place makes the read fail (nil).
struct AnnotationReader {
    /// Where the parts of a stored buffer lie, checked against its size.
    struct Layout: Sendable {
        let stringCount: Int
        let arenaSize: Int
        let wordsAt: Int
        let arenaAt: Int
        let wordCount: Int
        /// Each section's first word and (one past) its last.
        let sections: [Range<Int>]

        init?(_ raw: UnsafeRawBufferPointer) {
            let h = AnnotationCodec.headerWords
            guard raw.count >= 4 * h else { return nil }
            func word(_ i: Int) -> Int { Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))) }
            guard word(0) == Int(AnnotationCodec.magic), word(1) == Int(AnnotationCodec.format) else { return nil }
            (stringCount, arenaSize, wordCount) = (word(2), word(3), word(4))
            wordsAt = 4 * h + 4 * (stringCount + 1)
            arenaAt = wordsAt + 4 * wordCount
            guard arenaAt + arenaSize == raw.count else { return nil }
            let starts = (0..<AnnotationCodec.sectionCount).map { word(5 + $0) } + [wordCount]
            guard starts[0] == 0, zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
            sections = zip(starts, starts.dropFirst()).map { $0..<$1 }
        }

        /// The string table, each string decoded once; nil when its offsets are out of order or place.
        func table(_ raw: UnsafeRawBufferPointer) -> [String]? {
            func word(_ i: Int) -> Int { Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))) }
            let h = AnnotationCodec.headerWords
            var list: [String] = []
            list.reserveCapacity(stringCount)
            var previous = word(h)
            guard previous == 0 else { return nil }
            for i in 0..<stringCount {
                let end = word(h + 1 + i)
                guard end >= previous, end <= arenaSize else { return nil }
                list.append(String(decoding: UnsafeRawBufferPointer(rebasing: raw[(arenaAt + previous)..<(arenaAt + end)]), as: UTF8.self))
                previous = end
            }
            return list
        }

        /// The first word of section `k` (its record count), nil when the section is empty.
        func firstWord(ofSection k: Int, in bytes: [UInt8]) -> Int? {
            guard !sections[k].isEmpty else { return nil }
            let at = wordsAt + 4 * sections[k].lowerBound
            return bytes.withUnsafeBytes { Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
        }
    }

    private let words: UnsafeRawBufferPointer
    /// The end of the section being read: no read goes past it.
    private let wordCount: Int
    private var at: Int
    private let table: [String]
    /// Each document's sentence count and byte count, which stored places must lie within.
    let bounds: [(sentences: Int, bytes: Int)]

    /// A reader of section `k` of `raw`.
    init(_ raw: UnsafeRawBufferPointer, layout: Layout, table: [String], bounds: [(sentences: Int, bytes: Int)], section k: Int) {
        self.bounds = bounds
        self.table = table
        words = UnsafeRawBufferPointer(rebasing: raw[layout.wordsAt..<layout.arenaAt])
        at = layout.sections[k].lowerBound
        wordCount = layout.sections[k].upperBound
    }

    /// Section `k` read whole: nil when damaged or when it does not end where the next one starts.
    mutating func section(_ k: Int, entityCount: Int) -> AnnotationCodec.Section? {
        let s: AnnotationCodec.Section?
        switch k {
        case 0: s = entities().map { .entities($0) }
        case 1: s = mentions(entityCount: entityCount).map { .mentions($0) }
        case 2: s = quotes(entityCount: entityCount).map { .quotes($0) }
        case 3: s = dates().map { .dates($0) }
        default: s = figures().map { .figures($0) }
        }
        return atEnd ? s : nil
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
