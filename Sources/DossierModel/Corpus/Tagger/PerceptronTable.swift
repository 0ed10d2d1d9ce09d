import Foundation

/// A perceptron's weights as stored: hashed feature buckets → rows of int8 weights with one scale per
/// row. Only buckets with weight are kept; `rowOf` maps a bucket to its row (-1 = none).
struct PerceptronTable: Sendable {
    let classes: Int
    let bits: Int
    var rowOf: [Int32]
    var scales: [Float]
    var weights: [Int8]
    /// The run-time layout: one `stride`-byte slot per bucket (a Float32 scale, then the int8 weights),
    /// so a feature costs one memory access; empty buckets are zero.
    let stride: Int
    let packed: [UInt8]

    init(classes: Int, bits: Int, rowOf: [Int32], scales: [Float], weights: [Int8]) {
        self.classes = classes
        self.bits = bits
        self.rowOf = rowOf
        self.scales = scales
        self.weights = weights
        let stride = (4 + classes + 3) / 4 * 4
        self.stride = stride
        var packed = [UInt8](repeating: 0, count: (1 << bits) * stride)
        packed.withUnsafeMutableBytes { raw in
            for (b, r) in rowOf.enumerated() where r >= 0 && Int(r) < scales.count {
                raw.storeBytes(of: scales[Int(r)].bitPattern, toByteOffset: b * stride, as: UInt32.self)
                for j in 0..<classes {
                    raw.storeBytes(of: weights[Int(r) * classes + j], toByteOffset: b * stride + 4 + j, as: Int8.self)
                }
            }
        }
        self.packed = packed
    }

    /// An empty table: every score 0.
    init(classes: Int, bits: Int) {
        self.init(classes: classes, bits: bits, rowOf: Array(repeating: -1, count: 1 << bits), scales: [], weights: [])
    }

    /// Adds the rows of `count` features to `scores` (length `classes`, zeroed by the caller).
    @inline(__always)
    func score(_ feats: UnsafePointer<UInt64>, _ count: Int, _ scores: UnsafeMutablePointer<Float>) {
        let c = classes
        let shift = UInt64(64 - bits)
        let stride = self.stride
        packed.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            for k in 0..<count {
                let slot = base + Int(truncatingIfNeeded: feats[k] >> shift) * stride
                let s = Float(bitPattern: slot.loadUnaligned(as: UInt32.self))
                let w = (slot + 4).assumingMemoryBound(to: Int8.self)
                for j in 0..<c { scores[j] += s * Float(w[j]) }
            }
        }
    }

    /// The number of stored rows.
    var rowCount: Int { scales.count }
}
