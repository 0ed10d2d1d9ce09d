/// Text with every run of spaces, tabs and line breaks read as one space, and none at the start:
/// a name or a quotation wrapped over hard line breaks, as one line.
enum WhitespaceRuns {
    static func collapsed<S: Sequence<UInt8>>(_ bytes: S) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount)
        var space = false
        for c in bytes {
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 {
                space = true
                continue
            }
            if space, !out.isEmpty { out.append(0x20) }
            space = false
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
