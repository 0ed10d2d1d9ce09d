/// Fixed, locale-free number formatting: results must be byte-identical on every machine.
public enum NumberFormat {
    /// Integers as digits (no separators), others with up to `decimals` places, trailing zeros cut.
    public static func cell(_ n: Double, decimals: Int = 3) -> String {
        if n.isNaN { return "NaN" }
        if n.isInfinite { return n > 0 ? "inf" : "-inf" }
        if n == n.rounded() { return (n < 0 ? "-" : "") + integerDigits(abs(n)) }
        return fixed(n, decimals: decimals, trim: true)
    }

    /// `n` rounded half away from zero to `decimals` places, without locale or exponent. Exact at
    /// every magnitude: numbers too large for a fraction print all their integer digits.
    public static func fixed(_ n: Double, decimals: Int, trim: Bool = false) -> String {
        guard n.isFinite else { return cell(n) }
        let decimals = min(max(0, decimals), 15)
        let a = abs(n)
        let scale = pow10(decimals)
        // The whole part and the fraction apart, each exact: no digit is invented or clamped.
        var whole = a.rounded(.down)
        var frac = ((a - whole) * scale).rounded(.toNearestOrAwayFromZero)
        if frac >= scale {
            whole += 1
            frac = 0
        }
        let sign = n < 0 && (whole != 0 || frac != 0) ? "-" : ""
        let digits = integerDigits(whole)
        guard decimals > 0 else { return sign + digits }
        var f = String(Int64(frac))
        f = String(repeating: "0", count: decimals - f.count) + f
        if trim {
            while f.hasSuffix("0") { f.removeLast() }
            if f.isEmpty { return sign + digits }
        }
        return sign + digits + "." + f
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

    /// The exact decimal digits of a whole, finite, non-negative double (every binary digit kept:
    /// 1e20 prints as 100000000000000000000, never in exponent form and never clamped).
    public static func integerDigits(_ a: Double) -> String {
        if a < 9.2e18 { return String(Int64(a)) }
        // a = significand × 2^shift with a 53-bit whole significand; multiply it out in base 10^9.
        let shift = Int(a.exponent) - 52
        let m = a.significandBitPattern | (1 << 52)
        var limbs: [UInt64] = [m % 1_000_000_000, m / 1_000_000_000 % 1_000_000_000, m / 1_000_000_000_000_000_000]
        for _ in 0..<max(0, shift) {
            var carry: UInt64 = 0
            for i in limbs.indices {
                let v = limbs[i] * 2 + carry
                limbs[i] = v % 1_000_000_000
                carry = v / 1_000_000_000
            }
            if carry > 0 { limbs.append(carry) }
        }
        while limbs.count > 1, limbs.last == 0 { limbs.removeLast() }
        var out = String(limbs[limbs.count - 1])
        for limb in limbs.dropLast().reversed() {
            let s = String(limb)
            out += String(repeating: "0", count: 9 - s.count) + s
        }
        return out
    }

    private static func pow10(_ k: Int) -> Double {
        var r = 1.0
        for _ in 0..<k { r *= 10 }
        return r
    }
}
