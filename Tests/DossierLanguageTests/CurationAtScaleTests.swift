import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierTestSupport
@testable import DossierLanguage

/// Curation on a real-sized corpus: ignore of a list or a regex, unalias and split to undo wrong merges,
/// and names that must designate exactly one entity.
@Suite struct CurationAtScaleTests {
    typealias V = ExtractionVerbTests

    static func names(_ state: inout SessionState) throws -> [String] {
        let t = try #require(try V.run("entities", state: &state).table)
        return t.rows.compactMap { $0[0].string }
    }

    @Test func ignoreTakesAListOrARegex() throws {
        var state = V.seedsState()
        let before = try Self.names(&state)
        #expect(before.contains("Hamas") && before.contains("Likud"))
        _ = try V.run("ignore", ["name": .list([.string("Hamas"), .string("Likud")])], state: &state)
        let after = try Self.names(&state)
        #expect(!after.contains("Hamas") && !after.contains("Likud"))
        #expect(after.count == before.count - 2)
        let gone = before.filter { $0.hasPrefix("U") && $0 != "Hamas" && $0 != "Likud" }
        #expect(!gone.isEmpty)
        let v = try V.run("ignore", ["name": .regex("^U")], state: &state)
        #expect(v.string == "ignoring \(gone.count) entit\(gone.count == 1 ? "y" : "ies") matching r\"^U\"")
        #expect(try Self.names(&state).allSatisfy { !$0.hasPrefix("U") })
        // a bad item in a list names the problem and records nothing
        let count = state.extraction.curations.count
        #expect(throws: Diagnostic.self) { try V.run("ignore", ["name": .list([.string("Gaza"), .string("Nobody At All")])], state: &state) }
        #expect(state.extraction.curations.count == count)
    }

    @Test func unaliasAndSplitUndoMerges() throws {
        var state = V.seedsState()
        let a = ExtractionVerbSupport.annotations(&state)
        let e = try #require(a.entities.firstIndex { $0.name == "Benjamin Netanyahu" })
        let form = try #require(a.entities[e].aliases.first)
        let forms = a.entities[e].aliases + a.entities[e].misspellings
        let moving = a.mentions.filter { $0.entity == e && $0.surface.lowercased() == form.lowercased() }.count
        _ = try V.run("unalias", ["alias": .string(form)], state: &state)
        let b = ExtractionVerbSupport.annotations(&state)
        let n = try #require(b.entities.firstIndex { $0.name == "Benjamin Netanyahu" })
        #expect(!b.entities[n].aliases.contains(form))
        let split = try #require(b.entities.firstIndex { $0.name == form })
        #expect(b.mentions.filter { $0.entity == split }.count == moving)
        #expect(b.entities[split].type == .person)
        _ = try V.run("split", ["name": .string("Benjamin Netanyahu")], state: &state)
        let c = ExtractionVerbSupport.annotations(&state)
        for f in forms { #expect(c.entities.contains { $0.name == f }, "\(f) split off") }
        let left = try #require(c.entities.firstIndex { $0.name == "Benjamin Netanyahu" })
        #expect(c.entities[left].aliases.isEmpty && c.entities[left].misspellings.isEmpty)
        #expect(throws: Diagnostic.self) { try V.run("unalias", ["alias": .string("Not An Alias")], state: &state) }
    }

    @Test func aNameDesignatesOneEntityOrTheCandidatesAreListed() throws {
        var state = V.seedsState()
        let a = ExtractionVerbSupport.annotations(&state)
        // a word shared by several entity names is ambiguous for curation
        var byWord: [String: Set<Int>] = [:]
        for (i, en) in a.entities.enumerated() { for w in en.name.lowercased().split(separator: " ") { byWord[String(w), default: []].insert(i) } }
        let exact = Set(a.entities.map { $0.name.lowercased() })
        let aliases = Set(a.entities.flatMap { $0.aliases + $0.misspellings }.map { $0.lowercased() })
        let word = try #require(byWord.filter { $0.value.count >= 2 && !exact.contains($0.key) && !aliases.contains($0.key) }.keys.sorted().first)
        do {
            _ = try V.run("retype", ["name": .string(word), "type": .string("place")], state: &state)
            Issue.record("'\(word)' should be ambiguous")
        } catch let d as Diagnostic {
            #expect(d.message.contains("names \(byWord[word]!.count) entities"), "\(d.message)")
            for i in byWord[word]! { #expect(d.suggestion?.contains(a.entities[i].name) == true) }
        }
        #expect(state.extraction.curations.isEmpty)
        // an exact name is never ambiguous
        _ = try V.run("retype", ["name": .string("Likud"), "type": .string("organization")], state: &state)
        #expect(state.extraction.curations.count == 1)
    }
}
