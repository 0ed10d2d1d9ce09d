/// Hashing for the tagger's features: FNV-1a over normalised bytes, mixed with a template id.
enum TaggerHash {
    static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The byte the tagger sees for `c`: ASCII letters lowercased.
    @inline(__always)
    static func fold(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }

    @inline(__always)
    static func step(_ h: UInt64, _ c: UInt8) -> UInt64 { (h ^ UInt64(c)) &* prime }

    /// FNV-1a of bytes `lo..<hi` of `b`, folded; the curly apostrophe (E2 80 99) hashes as `'`.
    @inline(__always)
    static func word(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> UInt64 {
        var h = offset
        var i = lo
        while i < hi {
            let c = b[i]
            if c == 0xE2, i + 2 < hi, b[i + 1] == 0x80, b[i + 2] == 0x99 {
                h = step(h, 0x27)
                i += 3
                continue
            }
            h = step(h, fold(c))
            i += 1
        }
        return h
    }

    /// The hash of a Swift string, the same as `word` over its UTF-8.
    static func word(_ s: String) -> UInt64 {
        var t = s
        return t.withUTF8 { word($0, 0, $0.count) }
    }

    /// A 64-bit mix of a template id and a value (SplitMix64 finaliser).
    @inline(__always)
    static func mix(_ template: UInt64, _ value: UInt64) -> UInt64 {
        var z = value &+ (template &* 0x9E37_79B9_7F4A_7C15)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Combines two values into one feature value.
    @inline(__always)
    static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 { mix(a, b ^ 0x5851_F42D_4C95_7F2D) }
}
