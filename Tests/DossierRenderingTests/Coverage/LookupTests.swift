import Foundation
import Testing
import DossierTestSupport
@testable import DossierModel
@testable import DossierLanguage
@testable import DossierRendering

@Suite struct LookupTests {
    static func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-lookup-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return dir
    }

    static let dictionary = """
        peace:
          - ceasefire
          - truce
          - ceasefire talks
        violence:
          terror:
            - terror*
          attacks: strike?
        """

    @Test func categoriesPerDocumentWithGlobsPhrasesAndNesting() throws {
        let dir = try Self.folder(["d.yml": Self.dictionary])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var s = CoverageFixtures.session(base: dir)
        guard case .table(let t) = try CoverageFixtures.run("lookup \"d.yml\"", in: &s).get() else { Issue.record("no table"); return }
        #expect(t.columns.map(\.name) == ["doc", "category", "count", "words"])
        func count(_ doc: String, _ category: String) -> Value? {
            t.rows.first { $0[0] == .string(doc) && $0[1] == .string(category) }?[2]
        }
        #expect(count("a1", "peace") == .number(3))  // ceasefire ×2 and the phrase "ceasefire talks"
        #expect(count("a2", "peace") == .number(1))
        #expect(count("a3", "violence.terror") == .number(1))  // terrorists
        #expect(count("a3", "violence.attacks") == .number(0))  // strike? needs one more letter
        #expect(count("s1", "peace") == .number(0))
        #expect(t.rows.count == CoverageFixtures.corpus.documents.count * 3)
        guard case .table(let byMonth) = try CoverageFixtures.run("lookup \"d.yml\" by month", in: &s).get() else { return }
        #expect(byMonth.columns.first?.name == "month")
        #expect(byMonth.rows.first?[1] == .string("peace"))
        guard case .table(let piped) = try CoverageFixtures.run("lookup \"d.yml\" | trend by month", in: &s).get() else { return }
        #expect(piped.rows == byMonth.rows)
    }

    @Test(arguments: [
        ("peace:\n  - ceasefire\n  - [a, b]\n", "d.yml:3:5:", "must be a word or phrase"),
        ("peace:\n  - ceasefire\n peace2: x\n", "d.yml:3:", "not valid YAML"),
        ("- just\n- a list\n", "d.yml:1:1:", "expected categories"),
        ("peace: []\n", "d.yml:1:8:", "has no patterns"),
        ("", "d.yml:1:1:", "empty"),
        ("a: x\na: y\n", "d.yml:", "appears twice"),
    ])
    func badDictionariesNameTheFileAndLine(_ text: String, _ location: String, _ message: String) throws {
        let dir = try Self.folder(["d.yml": text])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var s = CoverageFixtures.session(base: dir)
        guard case .failure(let d) = CoverageFixtures.run("lookup \"d.yml\"", in: &s) else { Issue.record("no error for \(text)"); return }
        #expect(d.message.hasPrefix(location), "\(d.message)")
        #expect(d.message.contains(message), "\(d.message)")
    }

    @Test func globsMatchWholeWords() {
        func m(_ p: String, _ w: String) -> Bool { Glob.matches(Array(p.unicodeScalars), Array(w.unicodeScalars)) }
        #expect(m("terror*", "terrorists"))
        #expect(m("terror*", "terror"))
        #expect(!m("terror*", "anti-terror"))
        #expect(m("colo?r", "colour"))
        #expect(!m("colo?r", "color"))
        #expect(m("*ism", "terrorism"))
        #expect(m("a*b*c", "aXbYc"))
        #expect(!m("a*b*c", "aXbY"))
    }
}
