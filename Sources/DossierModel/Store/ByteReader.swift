/// Reads what `ByteWriter` wrote; every read is bounds-checked and returns nil past the end.
struct ByteReader {
    let p: UnsafeRawBufferPointer
    var offset = 0

    init(_ p: UnsafeRawBufferPointer) { self.p = p }

    var atEnd: Bool { offset == p.count }

    mutating func u64() -> UInt64? {
        guard offset + 8 <= p.count else { return nil }
        let v = p.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        offset += 8
        return UInt64(littleEndian: v)
    }

    mutating func i64() -> Int64? { u64().map { Int64(bitPattern: $0) } }

    /// A non-negative integer below 2^53 (a damaged number is refused rather than trapping).
    mutating func int() -> Int? {
        guard let v = u64(), v < 1 << 53 else { return nil }
        return Int(v)
    }

    /// A count of records of at least `minimumSize` bytes each: it must fit in what is left, so a
    /// damaged count cannot make a reader reserve terabytes.
    mutating func count(minimumSize: Int) -> Int? {
        guard let n = int(), n <= (p.count - offset) / max(1, minimumSize) else { return nil }
        return n
    }

    mutating func data() -> [UInt8]? {
        guard let n = int(), offset + n <= p.count else { return nil }
        defer { offset += n }
        return Array(p[offset..<(offset + n)])
    }

    mutating func string() -> String? {
        guard let n = int(), offset + n <= p.count else { return nil }
        defer { offset += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: p[offset..<(offset + n)]), as: UTF8.self)
    }
}
