import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierTestSupport
@testable import DossierLanguage

/// Computed columns, functions, aggregates, distinct, join, sort by expression, top N by, strict types.
@Suite struct ExpressionTests {
    @Test func computedColumnsAndDeclaredDecimals() {
        let t = TestVerbs.value("rows | select name, n * 10 as ten, round(n / 3, 2) as third")?.table
        #expect(t?.columns.map(\.name) == ["name", "ten", "third"])
        #expect(t?.rows.first == [.string("beta"), .number(20), .number(0.67)])
        #expect(t?.columns[2].decimals == 2)
        #expect(t?.columns[2].text(.number(1.5)) == "1.50")
        #expect(TestVerbs.value("rows | select n + 1")?.table?.columns.first?.name == "n + 1")
    }

    @Test func functions() {
        #expect(TestVerbs.value("year(2024-03-05)") == .number(2024))
        #expect(TestVerbs.value("month(2024-03-05)") == .string("2024-03"))
        #expect(TestVerbs.value("week(2024-03-07)") == .date(Day(iso: "2024-03-04")!))
        #expect(TestVerbs.value("day(2024-03-05)") == .number(5))
        #expect(TestVerbs.value(#"upper("gaza") + lower("STRIP")"#) == .string("GAZAstrip"))
        #expect(TestVerbs.value(#"length("Gaza")"#) == .number(4))
        #expect(TestVerbs.value("round(2.345, 2)") == .number(2.35))
        #expect(TestVerbs.value("round(-2.5)") == .number(-3))
        #expect(TestVerbs.value("log(8, 2)") == .number(3))
        #expect(TestVerbs.value("abs(-4)") == .number(4))
        #expect(TestVerbs.value(#"coalesce(null, null, "x")"#) == .string("x"))
        let nullIn = TestVerbs.run("year(null)").last
        #expect(nullIn?.failed == false && nullIn?.value == nil)  // null in, null out (shown as nothing)
    }

    @Test func typeErrorsAreDiagnostics() {
        #expect(TestVerbs.error(#""a" + 1"#)?.message == "cannot add number to string")
        #expect(TestVerbs.error(#"1 + "a""#)?.message == "cannot add string to number")
        #expect(TestVerbs.error("year(3)")?.message == "'year' needs a date, got number")
        #expect(TestVerbs.error("log(-1)")?.message == "'log' needs a positive number, got -1")
        #expect(TestVerbs.error("rows | group name agg s = sum(name)")?.message == "sum() needs numbers, got string")
        #expect(TestVerbs.error("rows | select count()")?.message.hasPrefix("'count()' is an aggregate") == true)
        #expect(TestVerbs.error("rows | group name agg s = total(n)")?.message == "unknown aggregate 'total'")
    }

    @Test func groupWithAggregates() {
        let t = TestVerbs.value("rows | group lower(name) as who agg k = count(), total = sum(n), avg = mean(n), lo = min(day)")?.table
        #expect(t?.columns.map(\.name) == ["who", "k", "total", "avg", "lo"])
        #expect(t?.rows.map { $0[0] } == [.string("alpha"), .string("beta"), .string("gamma")])  // key order
        #expect(t?.rows[0] == [.string("alpha"), .number(2), .number(6), .number(3), .date(Day(iso: "2024-03-01")!)])
        #expect(t?.rows[2][4] == .null)  // min of nulls only
        let plain = TestVerbs.value("rows | group n")?.table
        #expect(plain?.columns.map(\.name) == ["n", "count"])
    }

    @Test func distinctJoinSortTop() {
        #expect(TestVerbs.value("rows | distinct n")?.table?.rows == [[.number(2)], [.number(5)], [.number(1)]])
        let joined = TestVerbs.value("let r = rows | select n, name as other; rows | join r on n | select name, other")?.table
        #expect(joined?.rows.count == 6)  // n=2 matches twice for each of two rows
        #expect(joined?.rows.first == [.string("beta"), .string("beta")])
        let inner = TestVerbs.value("let r = rows | where n > 1 | select name as who, n as m; rows | join r on n = m | count")
        #expect(inner == .number(5))
        let left = TestVerbs.value("let r = rows | where n > 2 | select n, name as big; rows | join left r on n")?.table
        #expect(left?.rows.count == 4)
        #expect(left?.rows.compactMap { $0[3].string } == ["Alpha"])
        let sorted = TestVerbs.value("rows | sort n * -1, name | select name")?.table?.rows.map { $0[0] }
        #expect(sorted == [.string("Alpha"), .string("beta"), .string("gamma"), .string("alpha")])
        let top = TestVerbs.value("rows | top 2 by n * 10 | select name")?.table
        #expect(top?.rows.map { $0[0] } == [.string("Alpha"), .string("beta")])
        #expect(top?.total == 4)
        #expect(TestVerbs.value("rows | top 1 by n asc | select name")?.table?.rows.first == [.string("alpha")])
    }

    @Test func keywordsAgainstAReferenceFolder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var s = Session(corpus: CorpusFixtures.seeds, files: FileAccess(baseDirectory: root.path))
        let r = s.execute(#"keywords 1 against "Tests/Fixtures/extraction" min=3"#)
        guard case .table(let t)? = r.first?.value else { Issue.record("no table: \(String(describing: r.first?.diagnostic))"); return }
        #expect(t.columns.map(\.name) == ["term", "target", "reference", "g2", "logratio", "pdiff"])
        #expect(t.rows.first?[0] == .string("gantz"))
        let scores = t.rows.compactMap { $0[3].number }
        #expect(scores == scores.sorted(by: >))
    }
}
