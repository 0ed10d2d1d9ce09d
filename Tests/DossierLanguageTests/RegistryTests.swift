import Testing
import DossierModel
import DossierExtraction
import DossierTestSupport
@testable import DossierLanguage

@Suite struct RegistryTests {
    @Test func namesAreUniqueAndDocumented() {
        let names = Registry.standard.names
        #expect(Set(names).count == names.count)
        for v in Registry.standard.verbs {
            #expect(!v.summary.isEmpty, "\(v.name) has no summary")
            #expect(!v.example.isEmpty, "\(v.name) has no example")
            #expect(v.example.hasPrefix(v.name) || v.example.contains("| \(v.name)"), "\(v.name)'s example does not use it")
            for o in v.options { #expect(!o.help.isEmpty, "\(v.name) option \(o.name) has no help") }
        }
    }

    @Test func everyExampleParses() {
        for v in Registry.standard.verbs {
            let (_, d) = Parser.parse(v.example)
            #expect(d.isEmpty, "example of \(v.name) does not parse: \(d.map(\.message))")
        }
    }

    @Test func helpIsGeneratedFromTheRegistry() {
        let page = Help.page(Registry.standard.verb("top")!)
        #expect(page.hasPrefix("top N"))
        #expect(page.contains("Example\n  freq | top 20"))
        #expect(Help.overview(.standard).contains("where"))
    }

    @Test func nearestName() {
        #expect(NearestName.suggest("dcos", among: ["docs", "show"]) == "docs")
        #expect(NearestName.suggest("kwik", among: ["kwic", "freq"]) == "kwic")
        #expect(NearestName.suggest("zzzzzz", among: ["kwic"]) == nil)
    }
}
