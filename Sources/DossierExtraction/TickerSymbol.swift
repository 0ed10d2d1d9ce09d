/// Stock ticker symbols in angle brackets, as wire copy writes them after a company's name
/// (`Tesco Plc <TSCO.L>`, `Chrysler Corp <C>`): codes, not names, so no mention is made of them.
enum TickerSymbol {
    /// Whether bytes `r` of `b` lie inside `<…>` whose content has no space and no lowercase letter.
    static func contains(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.lowerBound >= 1, r.upperBound < b.count else { return false }
        func code(_ c: UInt8) -> Bool { !(c >= 0x61 && c <= 0x7A) && c > 0x20 && c != 0x3C && c != 0x3E }
        var i = r.lowerBound - 1
        var n = 0
        while i >= 0, b[i] != 0x3C {
            guard code(b[i]), n < 16 else { return false }
            i -= 1
            n += 1
        }
        guard i >= 0 else { return false }
        var j = r.upperBound
        while j < b.count, b[j] != 0x3E {
            guard code(b[j]), n < 24 else { return false }
            j += 1
            n += 1
        }
        guard j < b.count else { return false }
        return b[r].allSatisfy(code)
    }
}
