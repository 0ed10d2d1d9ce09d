/// Little-endian integers and length-prefixed strings into a byte buffer (small structured sections).
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func i64(_ v: Int64) { u64(UInt64(bitPattern: v)) }
    mutating func int(_ v: Int) { u64(UInt64(clamping: max(0, v))) }
    mutating func string(_ s: String) {
        var t = s
        t.withUTF8 { b in
            u64(UInt64(b.count))
            bytes.append(contentsOf: b)
        }
    }
    mutating func data(_ d: [UInt8]) {
        u64(UInt64(d.count))
        bytes.append(contentsOf: d)
    }
}
