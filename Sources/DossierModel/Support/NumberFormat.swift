/// Fixed, locale-free number formatting: results must be byte-identical on every machine.
public enum NumberFormat {
    /// Integers as digits (no separators), others with up to `decimals` places, trailing zeros cut.
    public static func cell(_ n: Double, decimals: Int = 3) -> String {
        if n.isNaN { return "NaN" }
        if n.isInfinite { return n > 0 ? "inf" : "-inf" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return fixed(n, decimals: decimals, trim: true)
    }

    /// `n` rounded half away from zero to `decimals` places, without locale or exponent.
    public static func fixed(_ n: Double, decimals: Int, trim: Bool = false) -> String {
        let scale = pow10(decimals)
        var scaled = (abs(n) * scale).rounded(.toNearestOrAwayFromZero)
        if scaled > 9e17 { scaled = 9e17 }
        let whole = Int64(scaled) / Int64(scale)
        let frac = Int64(scaled) % Int64(scale)
        let sign = n < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(whole) }
        var f = String(frac)
        f = String(repeating: "0", count: decimals - f.count) + f
        if trim {
            while f.hasSuffix("0") { f.removeLast() }
            if f.isEmpty { return sign + String(whole) }
        }
        return sign + String(whole) + "." + f
    }

    /// Digits grouped by thousands with commas (for human summaries such as the banner).
    public static func grouped(_ n: Int) -> String {
        let s = String(abs(n))
        var out = ""
        for (i, ch) in s.enumerated() {
            if i > 0, (s.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    private static func pow10(_ k: Int) -> Double {
        var r = 1.0
        for _ in 0..<k { r *= 10 }
        return r
    }
}
