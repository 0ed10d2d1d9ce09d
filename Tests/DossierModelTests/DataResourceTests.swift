import Foundation
import Testing
@testable import DossierModel

/// Every bundled data file: a header naming its source and columns, rows with exactly that many
/// tab-separated non-empty columns (the last may be empty only where the header says so), no
/// surrounding spaces, no duplicate keys.
@Suite struct DataResourceTests {
    static func files() -> [String] {
        guard let root = DataResources.root,
            let e = FileManager.default.enumerator(atPath: root.path)
        else { return [] }
        return e.compactMap { $0 as? String }.filter { $0.hasSuffix(".tsv") }.sorted()
    }

    @Test func resourcesArePresent() {
        let f = Self.files()
        for name in ["gazetteer/places.tsv", "gazetteer/given-names.tsv", "gazetteer/surnames.tsv", "gazetteer/words.tsv",
            "tagger/lemmas.tsv", "tagger/lemma-rules.tsv"]
        {
            #expect(f.contains(name), "missing \(name)")
        }
        #expect(DataResources.data("tagger/weights.bin") != nil)
    }

    @Test(arguments: DataResourceTests.files()) func wellFormed(_ name: String) throws {
        let text = String(decoding: try #require(DataResources.data(name)), as: UTF8.self)
        let problems = DataResourceTests.check(text)
        #expect(problems.isEmpty, "\(name): \(problems.prefix(5).joined(separator: "; "))")
    }

    /// The header's column count and the key columns: a row's key is its first column, or its first two
    /// when the header says `key: 2`.
    static func check(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let header = lines.prefix { $0.hasPrefix("#") }
        guard let columnsLine = header.first(where: { $0.hasPrefix("# columns:") }) else { return ["no '# columns:' header"] }
        let columns = columnsLine.split(separator: "<TAB>").count
        let keyWidth = header.contains { $0.hasPrefix("# key: 2") } ? 2 : 1
        let optionalLast = columnsLine.contains("(may be empty)")
        var problems: [String] = []
        var seen: Set<[Substring]> = []
        for (i, line) in lines.enumerated() where !line.hasPrefix("#") && !line.isEmpty {
            let c = line.split(separator: "\t", omittingEmptySubsequences: false)
            if c.count != columns { problems.append("line \(i + 1): \(c.count) columns, want \(columns)") }
            for (j, col) in c.enumerated() {
                if col.isEmpty, !(optionalLast && j == c.count - 1) { problems.append("line \(i + 1): empty column \(j + 1)") }
                if col.first == " " || col.last == " " { problems.append("line \(i + 1): spaces around '\(col)'") }
            }
            let key = Array(c.prefix(keyWidth))
            if !seen.insert(key).inserted { problems.append("line \(i + 1): duplicate \(key.joined(separator: " "))") }
        }
        if seen.isEmpty { problems.append("no rows") }
        return problems
    }

    @Test func checkerRejectsDuplicatesAndMalformedRows() {
        let good = "# source: test\n# columns: a<TAB>b\nx\t1\ny\t2\n"
        #expect(Self.check(good).isEmpty)
        #expect(!Self.check(good + "x\t3\n").isEmpty)
        #expect(!Self.check(good + "z\n").isEmpty)
        #expect(!Self.check(good + "z \t3\n").isEmpty)
        #expect(!Self.check(good + "z\t\n").isEmpty)
        #expect(!Self.check("x\t1\n").isEmpty)
    }
}
