import Testing
import DossierModel
import DossierExtraction
import DossierTestSupport
@testable import DossierLanguage

@Suite struct ParserTests {
    @Test func pipelinesAndStages() throws {
        let (s, d) = Parser.parse("docs | where date >= 2024-03-01 | sort date desc, title | top 3 | select id, date")
        #expect(d.isEmpty)
        guard case .pipeline(let p) = try #require(s.first) else { Issue.record("not a pipeline"); return }
        #expect(p.stages.count == 5)
        guard case .sort(let keys, _) = p.stages[2] else { Issue.record("no sort"); return }
        #expect(keys.map(\.column) == ["date", "title"])
        #expect(keys.map(\.descending) == [true, false])
    }

    @Test func letAndDef() {
        let (s, d) = Parser.parse("let march = docs | where date >= 2024-03-01\ndef f(topic) = docs | where title ~ topic")
        #expect(d.isEmpty)
        #expect(s.count == 2)
        if case .definition(let name, _, let params, _, _, let source) = s[1] {
            #expect(name == "f")
            #expect(params == ["topic"])
            #expect(source == "docs | where title ~ topic")
        } else {
            Issue.record("no definition")
        }
    }

    @Test func continuationLines() {
        let (s, d) = Parser.parse("docs |\n  where words > 10\n  | count\nhelp")
        #expect(d.isEmpty)
        #expect(s.count == 2)
    }

    @Test func recoversAndReportsEveryBrokenStatement() {
        let (s, d) = Parser.parse("docs | where\nhelp\ndocs | top\nlet = 3")
        #expect(s.count == 1)  // only `help` survives
        #expect(d.map(\.range.start.line) == [1, 3, 4])
        #expect(d[0].message.contains("'where' needs a condition"))
    }

    @Test func keywordAndChoiceArguments() {
        let spec = VerbSpec(
            name: "freq", category: .statistics, summary: "", input: .scope,
            parameters: [
                ParameterSpec("term", .pattern, help: ""),
                ParameterSpec("by", .choice(["doc", "date"]), keyword: "by", help: ""),
            ],
            options: [OptionSpec("stop", .bool, default: .bool(true), help: "")], example: "",
            evaluate: { _, _ in .null })
        let (s, d) = Parser.parse(#"freq "Hamas" by doc stop=false"#, registry: Registry(verbs: [spec]))
        #expect(d.isEmpty)
        guard case .pipeline(let p) = s[0], case .call(_, let args, _, _) = p.stages[0] else {
            Issue.record("no call"); return
        }
        #expect(args.map(\.label) == [.positional, .keyword("by"), .option("stop")])
        if case .literal(.string("doc"), _) = args[1].value {} else { Issue.record("bare choice word not literal") }
    }

    @Test func assignmentInsteadOfComparisonIsExplained() {
        let (_, d) = Parser.parse("docs | where id = 3")
        #expect(d.first?.suggestion == "did you mean '=='?")
    }
}
