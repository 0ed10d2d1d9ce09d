import Foundation

/// The binary weights file (little-endian): "DTAG", format version, feature version, table count, then
/// per table: classes, bits, rows (UInt32 each), the rows' buckets (UInt32), scales (Float32 bits) and
/// int8 weights (rows × classes).
enum TaggerWeights {
    static let magic: [UInt8] = Array("DTAG".utf8)
    static let formatVersion: UInt32 = 1

    static func encode(_ tables: [PerceptronTable]) -> Data {
        var out = Data(magic)
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        u32(formatVersion)
        u32(TaggerFeatures.version)
        u32(UInt32(tables.count))
        for t in tables {
            u32(UInt32(t.classes))
            u32(UInt32(t.bits))
            u32(UInt32(t.rowCount))
            var buckets = [UInt32](repeating: 0, count: t.rowCount)
            for (b, r) in t.rowOf.enumerated() where r >= 0 { buckets[Int(r)] = UInt32(b) }
            for b in buckets { u32(b) }
            for s in t.scales { u32(s.bitPattern) }
            out.append(contentsOf: t.weights.map { UInt8(bitPattern: $0) })
        }
        return out
    }

    /// The tables of `data`, or nil when it is not a weights file of this format and feature version.
    static func decode(_ data: Data) -> [PerceptronTable]? {
        let bytes = [UInt8](data)
        var at = 0
        func u32() -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            let v = UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
            at += 4
            return v
        }
        guard bytes.count >= 16, Array(bytes[0..<4]) == magic else { return nil }
        at = 4
        guard u32() == formatVersion, u32() == TaggerFeatures.version, let n = u32(), n <= 8 else { return nil }
        var tables: [PerceptronTable] = []
        for _ in 0..<n {
            guard let c = u32(), let bits = u32(), let rows = u32(), (1...64).contains(c), (8...24).contains(bits),
                rows <= 1 << bits
            else { return nil }
            let classes = Int(c), count = Int(rows)
            guard at + count * (8 + classes) <= bytes.count else { return nil }
            var rowOf = [Int32](repeating: -1, count: 1 << Int(bits))
            for r in 0..<count {
                guard let b = u32(), Int(b) < rowOf.count else { return nil }
                rowOf[Int(b)] = Int32(r)
            }
            var scales = [Float](repeating: 0, count: count)
            for r in 0..<count { scales[r] = Float(bitPattern: u32() ?? 0) }
            let weights = bytes[at..<(at + count * classes)].map { Int8(bitPattern: $0) }
            at += count * classes
            tables.append(PerceptronTable(classes: classes, bits: Int(bits), rowOf: rowOf, scales: scales, weights: weights))
        }
        return tables
    }
}
