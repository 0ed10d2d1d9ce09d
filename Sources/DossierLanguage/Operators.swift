import Foundation
import Synchronization
import DossierModel
import DossierExtraction

/// Binary operators of expressions: comparison, matching, membership, arithmetic.
enum Operators {
    static func apply(_ op: String, _ a: Value, _ b: Value, at r: SourceRange, rhsRange: SourceRange) throws(Diagnostic) -> Value {
        switch op {
        case "==": return .bool(ValueOrder.equal(a, b))
        case "!=": return .bool(!ValueOrder.equal(a, b))
        case "<", "<=", ">", ">=":
            if a.isNull || b.isNull { return .bool(false) }
            guard let c = ValueOrder.compare(a, b) else {
                throw .error("cannot compare \(a.type.rawValue) with \(b.type.rawValue)", at: r)
            }
            switch op {
            case "<": return .bool(c < 0)
            case "<=": return .bool(c <= 0)
            case ">": return .bool(c > 0)
            default: return .bool(c >= 0)
            }
        case "~", "!~":
            let m = try matches(a, b, at: rhsRange)
            return .bool(op == "~" ? m : !m)
        case "in":
            switch b {
            case .list(let items): return .bool(items.contains { ValueOrder.equal(a, $0) })
            case .string(let s): return .bool(contains(s, a.cellText, ignoringDiacritics: false))
            case .table(let t):
                guard !t.columns.isEmpty else { return .bool(false) }
                let c = t.columnIndex("doc") ?? t.columnIndex("id") ?? 0
                return .bool(t.rows.contains { ValueOrder.equal(a, $0[c]) })
            default: throw .error("'in' needs a list, a text or a table on its right, got \(b.type.rawValue)", at: rhsRange)
            }
        case "+":
            switch (a, b) {
            case (.number(let x), .number(let y)): return .number(x + y)
            case (.date(let d), .number(let n)) where n == n.rounded(): return .date(try shift(d, n, "+", at: r))
            case (.string(let x), .string(let y)):
                try ValueLimits.checkText(x.utf8.count + y.utf8.count, at: r)
                return .string(x + y)
            case (.list(let x), .list(let y)):
                try ValueLimits.checkList(x.count + y.count, at: r)
                return .list(x + y)
            default:
                let hint = a.type == .string || b.type == .string ? "to join text, make both sides text" : nil
                throw .error("cannot add \(b.type.rawValue) to \(a.type.rawValue)", at: r, suggestion: hint)
            }
        case "-":
            switch (a, b) {
            case (.number(let x), .number(let y)): return .number(x - y)
            case (.date(let d), .number(let n)) where n == n.rounded(): return .date(try shift(d, -n, "-", at: r))
            case (.date(let x), .date(let y)): return .number(Double(x.ordinal - y.ordinal))
            default: throw .error("cannot subtract \(b.type.rawValue) from \(a.type.rawValue)", at: r)
            }
        case "*", "/", "%":
            guard case .number(let x) = a, case .number(let y) = b else {
                throw .error("'\(op)' needs numbers, got \(a.type.rawValue) and \(b.type.rawValue)", at: r)
            }
            if op == "*" { return .number(x * y) }
            if y == 0 { throw .error("division by zero", at: rhsRange) }
            return .number(op == "/" ? x / y : x.truncatingRemainder(dividingBy: y))
        default:
            throw .error("unknown operator '\(op)'", at: r)
        }
    }

    /// `date ± days`, an error (naming the calendar's range) when the result leaves it.
    static func shift(_ d: Day, _ days: Double, _ op: String, at r: SourceRange) throws(Diagnostic) -> Day {
        // Any shift beyond the calendar's span is out of range; checking first keeps Int(days) safe.
        if abs(days) <= Double(Day.maxOrdinal), let shifted = d.adding(days: Int(days)) { return shifted }
        let amount = NumberFormat.cell(op == "-" ? -days : days)
        throw .error("date out of range: \(d.iso) \(op) \(amount) is outside \(Day.rangeText)", at: r)
    }

    /// Whether `text` holds `part`, ignoring case (and accents when `ignoringDiacritics`), the same in
    /// every locale; an empty part is never found, as before. Both sides are folded, then compared as
    /// characters: Foundation's insensitive `range(of:options:)` traps on some text (C1 controls
    /// before NULs, found by the language fuzz target).
    static func contains(_ text: String, _ part: String, ignoringDiacritics: Bool) -> Bool {
        let options: String.CompareOptions = ignoringDiacritics ? [.caseInsensitive, .diacriticInsensitive] : [.caseInsensitive]
        let folded = part.folding(options: options, locale: nil)
        return !folded.isEmpty && text.folding(options: options, locale: nil).firstRange(of: folded) != nil
    }

    /// `text ~ "word"` is a case-insensitive substring test; `text ~ r"re"` a regex search.
    static func matches(_ a: Value, _ b: Value, at r: SourceRange) throws(Diagnostic) -> Bool {
        if a.isNull { return false }
        let text = a.cellText
        switch b {
        case .string(let s): return contains(text, s, ignoringDiacritics: true)
        case .regex(let pattern):
            return try RegexCache.shared.compile(pattern, at: r).matches(text)
        default:
            throw .error("'~' needs a text or a regex on its right, got \(b.type.rawValue)", at: r)
        }
    }
}

/// Compiled regular expressions, shared and reused (a `where` runs its regex on every row).
public final class RegexCache: Sendable {
    public static let shared = RegexCache()
    private let cache = Mutex<[String: LinearRegex]>([:])

    public func compile(_ pattern: String, caseInsensitive: Bool = false, at r: SourceRange) throws(Diagnostic) -> LinearRegex {
        let key = (caseInsensitive ? "i:" : "s:") + pattern
        if let hit = cache.withLock({ $0[key] }) { return hit }
        do {
            let re = try LinearRegex(pattern, caseInsensitive: caseInsensitive)
            cache.withLock { c in
                if c.count > 256 { c.removeAll() }
                c[key] = re
            }
            return re
        } catch {
            throw .error("invalid regex r\"\(pattern)\": \(error.message)", at: r)
        }
    }
}

/// A total, deterministic order on values, used by `sort`, comparisons and tie-breaks.
public enum ValueOrder {
    public static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.date(let d), .string(let s)), (.string(let s), .date(let d)): return Day(iso: s) == d
        case (.number(let x), .number(let y)): return x == y
        default: return a == b
        }
    }

    /// nil when the two kinds are not comparable.
    public static func compare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.date(let x), .date(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.date(let x), .string(let s)):
            guard let y = Day(iso: s) else { return nil }
            return x < y ? -1 : x > y ? 1 : 0
        case (.string(let s), .date(let y)):
            guard let x = Day(iso: s) else { return nil }
            return x < y ? -1 : x > y ? 1 : 0
        case (.string(let x), .string(let y)): return compareText(x, y)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        default: return nil
        }
    }

    /// Case-insensitive first, then exact, so sorting is stable across machines and locales.
    public static func compareText(_ x: String, _ y: String) -> Int {
        let lx = x.lowercased(), ly = y.lowercased()
        if lx != ly { return lx < ly ? -1 : 1 }
        return x == y ? 0 : (x < y ? -1 : 1)
    }

    /// For sorting mixed columns: nulls last, then by kind, then by value.
    public static func sortCompare(_ a: Value, _ b: Value) -> Int {
        if a.isNull || b.isNull { return a.isNull == b.isNull ? 0 : (a.isNull ? 1 : -1) }
        if let c = compare(a, b) { return c }
        let ka = a.type.rawValue, kb = b.type.rawValue
        if ka != kb { return ka < kb ? -1 : 1 }
        return compareText(a.cellText, b.cellText)
    }
}
