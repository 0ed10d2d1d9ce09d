import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// Line diffs: a Myers O(ND) shortest edit script and unified-format hunks (`@@ -a,b +c,d @@`).
public enum UnifiedDiff {
    /// One line of an edit script.
    public enum Line: Sendable, Hashable {
        case same(String)
        case deleted(String)
        case inserted(String)
    }

    /// Above this many edits (after the common prefix and suffix) the script is not minimised: the
    /// differing middle is shown as deleted then inserted. Keeps time and memory bounded.
    public static let maxEdits = 1_000

    /// The lines of `text` (empty text has no lines).
    public static func lines(of text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The edit script turning `a` into `b`, shortest when it has at most `maxEdits` edits.
    public static func script(_ a: [String], _ b: [String]) -> [Line] {
        // Intern lines as integers so the inner loop compares Ints.
        var ids: [String: Int] = [:]
        func intern(_ s: String) -> Int {
            if let id = ids[s] { return id }
            let id = ids.count
            ids[s] = id
            return id
        }
        let x = a.map(intern), y = b.map(intern)
        var prefix = 0
        while prefix < x.count, prefix < y.count, x[prefix] == y[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < x.count - prefix, suffix < y.count - prefix, x[x.count - 1 - suffix] == y[y.count - 1 - suffix] {
            suffix += 1
        }
        var out: [Line] = a[..<prefix].map { .same($0) }
        let n = x.count - prefix - suffix, m = y.count - prefix - suffix
        let middle = myers(Array(x[prefix..<(prefix + n)]), Array(y[prefix..<(prefix + m)]))
        if let middle {
            var i = prefix, j = prefix
            for op in middle {
                switch op {
                case 0: out.append(.same(a[i])); i += 1; j += 1
                case 1: out.append(.deleted(a[i])); i += 1
                default: out.append(.inserted(b[j])); j += 1
                }
            }
        } else {
            out += a[prefix..<(prefix + n)].map { .deleted($0) }
            out += b[prefix..<(prefix + m)].map { .inserted($0) }
        }
        out += a[(a.count - suffix)...].map { .same($0) }
        return out
    }

    /// Myers' greedy algorithm with a trace for backtracking. Ops: 0 keep, 1 delete, 2 insert.
    /// `nil` when more than `maxEdits` edits are needed.
    static func myers(_ a: [Int], _ b: [Int]) -> [UInt8]? {
        let n = a.count, m = b.count
        if n == 0 { return [UInt8](repeating: 2, count: m) }
        if m == 0 { return [UInt8](repeating: 1, count: n) }
        let maxD = min(n + m, maxEdits)
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        var found = -1
        search: for d in 0...maxD {
            trace.append(Array(v[(offset - d)...(offset + d)]))
            var k = -d
            while k <= d {
                var xPos: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    xPos = v[offset + k + 1]
                } else {
                    xPos = v[offset + k - 1] + 1
                }
                var yPos = xPos - k
                while xPos < n, yPos < m, a[xPos] == b[yPos] { xPos += 1; yPos += 1 }
                v[offset + k] = xPos
                if xPos >= n, yPos >= m { found = d; break search }
                k += 2
            }
        }
        guard found >= 0 else { return nil }
        // Backtrack from (n, m) through the saved frontiers.
        var ops: [UInt8] = []
        ops.reserveCapacity(n + m)
        var xPos = n, yPos = m
        var d = found
        while d > 0 {
            let saved = trace[d]  // frontier before step d, indices -(d)...d mapped from -d
            func at(_ k: Int) -> Int { saved[k + d] }
            let k = xPos - yPos
            let previousK: Int
            if k == -d || (k != d && at(k - 1) < at(k + 1)) { previousK = k + 1 } else { previousK = k - 1 }
            let previousX = at(previousK)
            let previousY = previousX - previousK
            while xPos > previousX, yPos > previousY {
                ops.append(0); xPos -= 1; yPos -= 1
            }
            if previousK == k + 1 { ops.append(2) } else { ops.append(1) }
            xPos = previousX
            yPos = previousY
            d -= 1
        }
        while xPos > 0, yPos > 0 { ops.append(0); xPos -= 1; yPos -= 1 }
        return ops.reversed()
    }

    /// A unified diff of two texts with `context` lines around each change, headed by
    /// `--- oldLabel` / `+++ newLabel`; empty when the texts are equal.
    public static func render(old: String, new: String, oldLabel: String = "stored", newLabel: String = "replayed", context: Int = 3) -> String {
        let a = lines(of: old), b = lines(of: new)
        guard a != b else { return "" }
        let edits = script(a, b)
        var out = "--- \(oldLabel)\n+++ \(newLabel)\n"
        // Positions of changes in `edits`, grouped into hunks whose context would overlap or touch.
        var index = 0
        var counted = 0, oldLine = 0, newLine = 0
        while index < edits.count {
            guard let firstChange = edits[index...].firstIndex(where: { if case .same = $0 { return false } else { return true } }) else { break }
            var scan = firstChange + 1
            var lastChange = firstChange
            while scan < edits.count {
                if case .same = edits[scan] {
                    if scan - lastChange > 2 * context { break }
                } else {
                    lastChange = scan
                }
                scan += 1
            }
            let last = lastChange
            let start = max(index, firstChange - context)
            let end = min(edits.count, last + context + 1)
            // Line numbers: count lines of each side before `start` (incrementally, so it stays linear).
            for e in edits[counted..<start] {
                switch e {
                case .same: oldLine += 1; newLine += 1
                case .deleted: oldLine += 1
                case .inserted: newLine += 1
                }
            }
            var oldCount = 0, newCount = 0
            var body = ""
            for e in edits[start..<end] {
                switch e {
                case .same(let s): oldCount += 1; newCount += 1; body += " " + s + "\n"
                case .deleted(let s): oldCount += 1; body += "-" + s + "\n"
                case .inserted(let s): newCount += 1; body += "+" + s + "\n"
                }
            }
            out += "@@ -\(range(oldLine, oldCount)) +\(range(newLine, newCount)) @@\n" + body
            oldLine += oldCount
            newLine += newCount
            counted = end
            index = end
        }
        return out
    }

    static func range(_ before: Int, _ count: Int) -> String {
        switch count {
        case 0: return "\(before),0"
        case 1: return "\(before + 1)"
        default: return "\(before + 1),\(count)"
        }
    }
}
