/// A file's bytes as UTF-8 text: UTF-16 and UTF-32 with a byte-order mark are decoded, invalid
/// UTF-8 is repaired one bad sequence at a time (each becomes U+FFFD, valid text is untouched),
/// and a file with no valid multi-byte sequence at all is read as Windows-1252 (a legacy 8-bit file).
enum TextDecoding {
    struct Decoded {
        var bytes: [UInt8]
        /// What was done to the bytes, for a warning; nil when they were valid UTF-8 as they were.
        var note: String?
    }

    static func decode(_ bytes: [UInt8]) -> Decoded {
        if let wide = decodeWide(bytes) { return wide }
        return repairUTF8(bytes)
    }

    /// UTF-32 or UTF-16 marked by a byte-order mark (UTF-32 first: its LE mark starts like UTF-16's).
    static func decodeWide(_ b: [UInt8]) -> Decoded? {
        func units<T: FixedWidthInteger>(_: T.Type, bigEndian: Bool, skip: Int) -> [T] {
            let size = MemoryLayout<T>.size
            var out: [T] = []
            out.reserveCapacity((b.count - skip) / size)
            var i = skip
            while i + size <= b.count {
                var v: T = 0
                for k in 0..<size { v |= T(b[i + (bigEndian ? k : size - 1 - k)]) << (8 * (size - 1 - k)) }
                out.append(v)
                i += size
            }
            return out
        }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0 {
            return Decoded(bytes: utf8(fromScalars: units(UInt32.self, bigEndian: false, skip: 4)), note: "decoded from UTF-32LE")
        }
        if b.count >= 4, b[0] == 0, b[1] == 0, b[2] == 0xFE, b[3] == 0xFF {
            return Decoded(bytes: utf8(fromScalars: units(UInt32.self, bigEndian: true, skip: 4)), note: "decoded from UTF-32BE")
        }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE {
            let text = String(decoding: units(UInt16.self, bigEndian: false, skip: 2), as: UTF16.self)
            return Decoded(bytes: Array(text.utf8), note: "decoded from UTF-16LE")
        }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF {
            let text = String(decoding: units(UInt16.self, bigEndian: true, skip: 2), as: UTF16.self)
            return Decoded(bytes: Array(text.utf8), note: "decoded from UTF-16BE")
        }
        return nil
    }

    static func utf8(fromScalars values: [UInt32]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(values.count)
        for v in values {
            let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
            out.append(contentsOf: String(Character(scalar)).utf8)
        }
        return out
    }

    /// Replaces each maximal invalid subsequence (Unicode's recommended practice) with U+FFFD.
    static func repairUTF8(_ b: [UInt8]) -> Decoded {
        if b.withUnsafeBufferPointer({ DocumentParser.isValidUTF8($0) }) { return Decoded(bytes: b, note: nil) }
        var out: [UInt8] = []
        var bad = 0, multibyte = 0, line = 1, firstLine = 0, badLines = 0, lastBadLine = 0
        var i = 0
        while i < b.count {
            let n = sequenceLength(b, at: i)
            if n > 0 {
                if n > 1 { multibyte += 1 }
                if b[i] == 0x0A { line += 1 }
                if bad > 0 { out.append(contentsOf: b[i..<(i + n)]) }
                i += n
                continue
            }
            if bad == 0 {
                out.reserveCapacity(b.count + 16)
                out.append(contentsOf: b[0..<i])
                firstLine = line
            }
            bad += 1
            if lastBadLine != line {
                badLines += 1
                lastBadLine = line
            }
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            i += -n
        }
        guard bad > 0 else { return Decoded(bytes: b, note: nil) }
        if multibyte == 0 {
            return Decoded(bytes: Array(windows1252(b).utf8), note: "repaired invalid UTF-8 by reading the file as Windows-1252 (it holds no UTF-8 sequence at all)")
        }
        let more = badLines > 1 ? " and \(badLines - 1) more line\(badLines == 2 ? "" : "s")" : ""
        return Decoded(
            bytes: out,
            note: "repaired \(bad) invalid UTF-8 sequence\(bad == 1 ? "" : "s") (each now U+FFFD) on line \(firstLine)\(more)")
    }

    /// The length of the valid UTF-8 sequence at `i`, or minus the length of the maximal invalid
    /// subpart there (Unicode Table 3-7).
    static func sequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return 1 }
        let count: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: count = 2
        case 0xE0: count = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: count = 3
        case 0xED: count = 3; high = 0x9F
        case 0xF0: count = 4; low = 0x90
        case 0xF1...0xF3: count = 4
        case 0xF4: count = 4; high = 0x8F
        default: return -1
        }
        for k in 1..<count {
            guard i + k < b.count else { return -k }
            let d = b[i + k]
            let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard d >= lo, d <= hi else { return -k }
        }
        return count
    }

    /// Windows-1252 (a superset of Latin-1 in 0x80–0x9F) to a string.
    static func windows1252(_ bytes: [UInt8]) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
            0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
            0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let v: UInt32 = (b >= 0x80 && b < 0xA0) ? high[Int(b - 0x80)] : UInt32(b)
            if let u = Unicode.Scalar(v) { scalars.append(u) }
        }
        return String(scalars)
    }
}
