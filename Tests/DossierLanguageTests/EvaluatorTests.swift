import Testing
import DossierModel
import DossierExtraction
import DossierTestSupport
@testable import DossierLanguage

/// A tiny registry of test verbs, so the evaluator is tested without the corpus engine.
enum TestVerbs {
    static let table = Table(
        columns: [Column("name", .string), Column("n", .number), Column("day", .date)],
        rows: [
            [.string("beta"), .number(2), .date(Day(iso: "2024-03-02")!)],
            [.string("Alpha"), .number(5), .date(Day(iso: "2024-03-01")!)],
            [.string("gamma"), .number(2), .null],
            [.string("alpha"), .number(1), .date(Day(iso: "2024-03-05")!)],
        ])
    static let registry = Registry(
        verbs: Registry.standard.verbs + [
            VerbSpec(name: "rows", category: .corpus, summary: "test rows", columns: [], example: "rows", evaluate: { _, _ in .table(table) }),
            VerbSpec(
                name: "echo", category: .corpus, summary: "", parameters: [ParameterSpec("x", .number, required: true, help: "")],
                options: [OptionSpec("times", .integer, default: .number(1), help: "")], example: "",
                evaluate: { call, _ in .number((call.number("x") ?? 0) * Double(call.int("times") ?? 1)) }),
        ])

    static func run(_ text: String) -> [Session.Result] {
        var s = Session(corpus: .empty, registry: registry)
        return s.execute(text)
    }

    static func value(_ text: String) -> Value? { run(text).last?.value }
    static func error(_ text: String) -> Diagnostic? { run(text).compactMap(\.diagnostic).first }
}

@Suite struct EvaluatorTests {
    @Test func arithmeticAndLogic() {
        #expect(TestVerbs.value("1 + 2 * 3") == .number(7))
        #expect(TestVerbs.value("(1 + 2) * 3") == .number(9))
        #expect(TestVerbs.value("not (1 > 2) and 3 in [1, 2, 3]") == .bool(true))
        #expect(TestVerbs.value(#""Gaza Strip" ~ "strip""#) == .bool(true))
        #expect(TestVerbs.value(#""Netanyahu" ~ r"^Net\w+u$""#) == .bool(true))
        #expect(TestVerbs.value("2024-03-01 + 30") == .date(Day(iso: "2024-03-31")!))
    }

    @Test func whereSortTopSelectGroupCount() {
        #expect(TestVerbs.value("rows | where n > 1 | count") == .number(3))
        let sorted = TestVerbs.value("rows | sort n desc, name | select name")?.table?.rows.map { $0[0] }
        #expect(sorted == [.string("Alpha"), .string("beta"), .string("gamma"), .string("alpha")])
        let byDay = TestVerbs.value("rows | sort day | select name")?.table?.rows.map { $0[0] }
        #expect(byDay == [.string("Alpha"), .string("beta"), .string("alpha"), .string("gamma")])  // nulls last
        let top = TestVerbs.value("rows | top 2")?.table
        #expect(top?.rows.count == 2)
        #expect(top?.total == 4)
        let g = TestVerbs.value("rows | group n")?.table
        #expect(g?.columns.map(\.name) == ["n", "count"])
        #expect(g?.rows.first == [.number(2), .number(2)])
        #expect(TestVerbs.value("rows | where day >= 2024-03-02 | count") == .number(2))
    }

    @Test func letDefAndCalls() {
        #expect(TestVerbs.value("let big = rows | where n >= 2; big | count") == .number(3))
        #expect(TestVerbs.value("def over(k) = rows | where n > k; over(2) | count") == .number(1))
        #expect(TestVerbs.value("echo 4 times=3") == .number(12))
    }

    @Test func runtimeErrorsCarryTheirRange() {
        let unknownColumn = TestVerbs.error("rows | where nme == 1")
        #expect(unknownColumn?.message == "unknown column 'nme'")
        #expect(unknownColumn?.suggestion == "did you mean 'name'?")
        #expect(unknownColumn?.range.start.column == 14)
        #expect(TestVerbs.error("ehco 3")?.suggestion == "did you mean 'echo'?")
        #expect(TestVerbs.error("echo 3 tims=2")?.message == "unknown option 'tims' for 'echo'")
        #expect(TestVerbs.error(#"echo "x""#)?.message == "'echo' expects a number for x, got string")
        #expect(TestVerbs.error("echo")?.message == "'echo' needs X")
        #expect(TestVerbs.error("nothing + 1")?.message == "unbound variable 'nothing'")
        #expect(TestVerbs.error("1 / 0")?.message == "division by zero")
        #expect(TestVerbs.error("def f(x) = f(x); f(1)")?.message == "'f' calls itself too deeply")
    }

    @Test func aFailedStatementLeavesTheSessionUsable() {
        var s = Session(corpus: .empty, registry: TestVerbs.registry)
        _ = s.execute("let a = 2")
        #expect(s.execute("rows | where zzz")[0].failed)
        #expect(s.execute("a + 1")[0].value == .number(3))
    }
}
