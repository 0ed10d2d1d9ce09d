import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
import DossierTestSupport
@testable import DossierNotebook

@Suite struct UnifiedDiffTests {
    /// Applies an edit script to check it turns `a` into `b`.
    func apply(_ script: [UnifiedDiff.Line]) -> (old: [String], new: [String]) {
        var old: [String] = [], new: [String] = []
        for line in script {
            switch line {
            case .same(let s): old.append(s); new.append(s)
            case .deleted(let s): old.append(s)
            case .inserted(let s): new.append(s)
            }
        }
        return (old, new)
    }

    func edits(_ script: [UnifiedDiff.Line]) -> Int {
        script.filter { if case .same = $0 { return false } else { return true } }.count
    }

    @Test func shortestScriptOnClassicExample() {
        let a = "ABCABBA".map(String.init), b = "CBABAC".map(String.init)
        let s = UnifiedDiff.script(a, b)
        #expect(apply(s).old == a)
        #expect(apply(s).new == b)
        #expect(edits(s) == 5)  // Myers' paper: D = 5
    }

    @Test func scriptsAreValidOnPseudoRandomInputs() {
        var seed: UInt64 = 42
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % 4)
        }
        for _ in 0..<200 {
            let a = (0..<(next() * 3)).map { _ in String(next()) }
            let b = (0..<(next() * 3)).map { _ in String(next()) }
            let s = UnifiedDiff.script(a, b)
            #expect(apply(s).old == a && apply(s).new == b)
            // Minimal: edits = n + m - 2 * LCS.
            var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
            #expect(edits(s) == a.count + b.count - 2 * lcs[0][0])
        }
    }

    @Test func rendersUnifiedHunks() {
        let old = (1...12).map { "line \($0)" }.joined(separator: "\n")
        var newLines = (1...12).map { "line \($0)" }
        newLines[1] = "line two"
        newLines.remove(at: 10)
        let diff = UnifiedDiff.render(old: old, new: newLines.joined(separator: "\n"))
        #expect(diff == """
            --- stored
            +++ replayed
            @@ -1,5 +1,5 @@
             line 1
            -line 2
            +line two
             line 3
             line 4
             line 5
            @@ -8,5 +8,4 @@
             line 8
             line 9
             line 10
            -line 11
             line 12

            """)
        #expect(UnifiedDiff.render(old: old, new: old) == "")
        #expect(UnifiedDiff.render(old: "", new: "a") == "--- stored\n+++ replayed\n@@ -0,0 +1 @@\n+a\n")
        #expect(UnifiedDiff.render(old: "a\nb", new: "") == "--- stored\n+++ replayed\n@@ -1,2 +0,0 @@\n-a\n-b\n")
    }

    @Test func nearbyChangesShareAHunk() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh"
        let new = "a\nB\nc\nd\ne\nf\nG\nh"
        let diff = UnifiedDiff.render(old: old, new: new)
        #expect(diff.components(separatedBy: "@@ ").count == 2)
        #expect(diff.contains("@@ -1,8 +1,8 @@\n"))
    }

    @Test func hugeDifferencesFallBackWithoutBlowingUp() {
        let a = (0..<5_000).map { "a\($0)" }, b = (0..<5_000).map { "b\($0)" }
        let s = UnifiedDiff.script(a, b)
        #expect(apply(s).old == a && apply(s).new == b)
    }
}
