/// The container format of the on-disk model and of the freshness index.
///
/// Layout (all integers little-endian):
/// - header, 96 bytes: magic `DOSSIERM` (8), container version UInt32, section count UInt32, file size
///   UInt64, kind (8 ASCII bytes: `corpus  ` or `index   `), analyser key (32 ASCII bytes, zero-padded),
///   content key (32 bytes: the corpus fingerprint's digest, or the root path's), header checksum UInt64
///   over the header's other bytes and the table of contents.
/// - table of contents, 32 bytes per section: tag (8 ASCII bytes), offset UInt64, length UInt64,
///   checksum UInt64 of the section's bytes.
/// - sections, each starting at a multiple of 16.
///
/// Opening validates the size (against the header and a plausible bound, before mapping), the magic,
/// the version, the keys and the header checksum: a few hundred bytes. A section's own checksum is
/// verified when it is first read. Unknown tags are ignored, so sections can be added (annotations,
/// tagger output) without breaking readers; changing what a known section holds needs a new analyser key.
public enum ModelFormat {
    public static let magic: [UInt8] = Array("DOSSIERM".utf8)
    public static let containerVersion: UInt32 = 1
    static let headerSize = 96
    static let entrySize = 32
    static let maxSections = 1024
    /// Larger files are refused before reading (a model is a few times its corpus; corpora are below 64 GB).
    static let maxFileSize: UInt64 = 1 << 38
    static let alignment = 16

    /// A section tag: up to 8 ASCII bytes, zero-padded.
    static func tagBytes(_ tag: String) -> [UInt8] {
        var b = Array(tag.utf8.prefix(8))
        while b.count < 8 { b.append(0) }
        return b
    }

    /// Fixed-width ASCII field (zero-padded, cut at `width`).
    static func field(_ s: String, width: Int) -> [UInt8] {
        var b = Array(s.utf8.prefix(width))
        while b.count < width { b.append(0) }
        return b
    }

    /// A 32-byte key field: the first 32 bytes of `key`, zero-padded.
    static func key(_ key: [UInt8]) -> [UInt8] {
        Array(key.prefix(32)) + [UInt8](repeating: 0, count: max(0, 32 - key.count))
    }

    /// A fast 64-bit checksum (four lanes of multiply-rotate over 32-byte blocks): catches truncation,
    /// flipped bits and foreign bytes; not a cryptographic hash.
    public static func checksum(_ p: UnsafeRawBufferPointer) -> UInt64 {
        let p1: UInt64 = 0x9E37_79B1_85EB_CA87, p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        var a: UInt64 = 0x6A09_E667_F3BC_C908, b: UInt64 = 0xBB67_AE85_84CA_A73B
        var c: UInt64 = 0x3C6E_F372_FE94_F82B, d: UInt64 = 0xA54F_F53A_5F1D_36F1
        @inline(__always) func round(_ h: UInt64, _ w: UInt64) -> UInt64 {
            let x = h &+ w &* p2
            return ((x << 31) | (x >> 33)) &* p1
        }
        let blocks = p.count / 32
        var i = 0
        while i < blocks {
            let o = i * 32
            a = round(a, p.loadUnaligned(fromByteOffset: o, as: UInt64.self))
            b = round(b, p.loadUnaligned(fromByteOffset: o + 8, as: UInt64.self))
            c = round(c, p.loadUnaligned(fromByteOffset: o + 16, as: UInt64.self))
            d = round(d, p.loadUnaligned(fromByteOffset: o + 24, as: UInt64.self))
            i += 1
        }
        var h = ((a << 1) | (a >> 63)) &+ ((b << 7) | (b >> 57)) &+ ((c << 12) | (c >> 52)) &+ ((d << 18) | (d >> 46))
        for j in (blocks * 32)..<p.count { h = round(h, UInt64(p[j])) }
        h ^= UInt64(p.count)
        h ^= h >> 33
        h = h &* p1
        h ^= h >> 29
        return h
    }
}
