import DossierModel
import Foundation

/// The built-in scalar functions of expressions (`year(date)`, `round(x, 2)` …). Arguments are checked
/// strictly: a wrong type is a diagnostic, never a silent conversion. Null in gives null out (except
/// `coalesce`).
public enum Functions {
    /// One function: its name, arity, signature and what it does, for parsing, help and the docs.
    public struct Spec: Sendable {
        public var name: String
        public var arity: ClosedRange<Int>
        public var signature: String
        public var help: String
    }

    public static let all: [Spec] = [
        Spec(name: "year", arity: 1...1, signature: "year(DATE) → number", help: "the year, e.g. 2024"),
        Spec(name: "month", arity: 1...1, signature: "month(DATE) → text", help: "the calendar month as YYYY-MM (sorts in time order)"),
        Spec(name: "week", arity: 1...1, signature: "week(DATE) → date", help: "the Monday that starts the date's week"),
        Spec(name: "day", arity: 1...1, signature: "day(DATE) → number", help: "the day of the month, 1 to 31"),
        Spec(name: "lower", arity: 1...1, signature: "lower(TEXT) → text", help: "lowercase"),
        Spec(name: "upper", arity: 1...1, signature: "upper(TEXT) → text", help: "uppercase"),
        Spec(name: "length", arity: 1...1, signature: "length(TEXT|LIST) → number", help: "characters of a text, items of a list"),
        Spec(
            name: "round", arity: 1...2, signature: "round(NUMBER[, DECIMALS]) → number",
            help: "rounded half away from zero; in select/group the column prints with exactly DECIMALS places"),
        Spec(name: "log", arity: 1...2, signature: "log(NUMBER[, BASE]) → number", help: "natural logarithm, or to BASE; needs a positive number"),
        Spec(name: "abs", arity: 1...1, signature: "abs(NUMBER) → number", help: "absolute value"),
        Spec(name: "coalesce", arity: 1...16, signature: "coalesce(A, B, …) → value", help: "the first argument that is not null"),
    ]

    static let byName: [String: Spec] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    public static func isBuiltin(_ name: String) -> Bool { byName[name] != nil }

    /// Help text listing every function (for `help functions` and the docs).
    public static var reference: String {
        let w = all.map(\.signature.count).max() ?? 0
        var out = "Functions (in where, select, group, sort and top … by)\n"
        for f in all { out += "  " + f.signature + String(repeating: " ", count: w - f.signature.count + 2) + f.help + "\n" }
        out += "Aggregates (in group … agg NAME = FUNC(EXPR), …)\n"
        out += "  count()  rows;  sum(X)  total;  mean(X)  average;  min(X), max(X), median(X)  (nulls skipped)\n"
        return out
    }

    /// Applies `name` to evaluated arguments; `ranges` point at each argument for type errors.
    static func call(_ name: String, _ args: [Value], ranges: [SourceRange], at range: SourceRange) throws(Diagnostic) -> Value {
        guard let spec = byName[name] else { throw .error("unknown function '\(name)'", at: range) }
        guard spec.arity.contains(args.count) else {
            let n = spec.arity.lowerBound == spec.arity.upperBound ? "\(spec.arity.lowerBound)" : "\(spec.arity.lowerBound) to \(spec.arity.upperBound)"
            throw .error("'\(name)' takes \(n) argument\(n == "1" ? "" : "s"), got \(args.count)", at: range, suggestion: spec.signature)
        }
        if name == "coalesce" { return args.first { !$0.isNull } ?? .null }
        if args.contains(where: \.isNull) { return .null }
        func wrong(_ i: Int, _ expected: String) -> Diagnostic {
            .error("'\(name)' needs \(expected), got \(args[i].type.rawValue)", at: ranges[i], suggestion: spec.signature)
        }
        func date(_ i: Int) throws(Diagnostic) -> Day {
            if case .date(let d) = args[i] { return d }
            throw wrong(i, "a date")
        }
        func text(_ i: Int) throws(Diagnostic) -> String {
            if case .string(let s) = args[i] { return s }
            throw wrong(i, "a text")
        }
        func number(_ i: Int) throws(Diagnostic) -> Double {
            if case .number(let n) = args[i] { return n }
            throw wrong(i, "a number")
        }
        switch name {
        case "year": return .number(Double(try date(0).year))
        case "month":
            let d = try date(0)
            return .string(String(d.iso.prefix(7)))
        case "week":
            let d = try date(0)
            return .date(try Operators.shift(d, Double(-d.weekday), "+", at: range))
        case "day": return .number(Double(try date(0).day))
        case "lower": return .string(try text(0).lowercased())
        case "upper": return .string(try text(0).uppercased())
        case "length":
            if case .list(let l) = args[0] { return .number(Double(l.count)) }
            return .number(Double(try text(0).count))
        case "round":
            let x = try number(0)
            let places = args.count > 1 ? try decimals(args[1], at: ranges[1]) : 0
            return .number(roundHalfAway(x, places))
        case "log":
            let x = try number(0)
            guard x > 0 else { throw .error("'log' needs a positive number, got \(NumberFormat.cell(x))", at: ranges[0]) }
            guard args.count == 2 else { return .number(Foundation.log(x)) }
            let b = try number(1)
            guard b > 0, b != 1 else { throw .error("'log' needs a positive base other than 1", at: ranges[1]) }
            return .number(Foundation.log(x) / Foundation.log(b))
        case "abs": return .number(Swift.abs(try number(0)))
        default: throw .error("unknown function '\(name)'", at: range)
        }
    }

    /// A number of decimal places: a whole number from 0 to 12.
    static func decimals(_ v: Value, at r: SourceRange) throws(Diagnostic) -> Int {
        guard case .number(let n) = v, n == n.rounded(), n >= 0, n <= 12 else {
            throw .error("decimal places must be a whole number from 0 to 12", at: r)
        }
        return Int(n)
    }

    static func roundHalfAway(_ x: Double, _ places: Int) -> Double {
        guard x.isFinite else { return x }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = x * scale
        guard scaled.magnitude < 9e15 else { return x }
        return scaled.rounded(.toNearestOrAwayFromZero) / scale
    }

    /// The decimals a computed column declares: `round(X, N)` with a literal N.
    static func declaredDecimals(_ e: Expr) -> Int? {
        guard case .function("round", let args, _) = e else { return nil }
        guard args.count == 2 else { return 0 }
        guard case .literal(let v, let r) = args[1] else { return nil }
        return try? decimals(v, at: r)
    }
}
