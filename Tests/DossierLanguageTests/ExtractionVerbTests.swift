import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierTestSupport
@testable import DossierLanguage

/// The extraction and curation verbs, called through the registry as the evaluator does.
@Suite struct ExtractionVerbTests {
    static func run(_ verb: String, _ args: [String: Value] = [:], scope: [Int]? = nil, state: inout SessionState) throws -> Value {
        let spec = try #require(Registry.standard.verb(verb), "verb \(verb)")
        let value = try VerbRunner.run(verb, args, scope: scope, state: &state)
        if case .table(let t) = value {
            #expect(t.columns.map(\.name) == spec.columns.map(\.name), "\(verb) columns")
            for row in t.rows { #expect(row.count == t.columns.count) }
        }
        return value
    }

    static func seedsState() -> SessionState { SessionState(corpus: ExtractionTestSupport.seeds) }

    static func field(_ v: Value, _ name: String) -> Value? {
        guard case .record(let r) = v else { return nil }
        return r.fields.first { $0.name == name }?.value
    }

    static func strings(_ v: Value?) -> [String] {
        guard case .list(let items)? = v else { return [] }
        return items.compactMap(\.string)
    }

    @Test func whoNetanyahuHasMisspellingAndRole() throws {
        var state = Self.seedsState()
        let v = try Self.run("who", ["name": .string("Netanyahu")], state: &state)
        guard case .record(let r) = v else { Issue.record("not a record"); return }
        #expect(r.title == "Benjamin Netanyahu")
        #expect(Self.strings(Self.field(v, "aliases")).contains("Netayanu"))
        #expect(Self.strings(Self.field(v, "likely misspellings")) == ["Netayanu"])
        #expect(Self.strings(Self.field(v, "roles")).contains("Prime Minister"))
        #expect(Self.field(v, "type") == .string("person"))
        #expect(Self.strings(Self.field(v, "documents")).count == 5)
        #expect(Self.strings(Self.field(v, "quotes")).count == 1)
    }

    @Test func quotesByTurk() throws {
        var state = Self.seedsState()
        let v = try Self.run("quotes", ["speaker": .string("Turk")], state: &state)
        let t = try #require(v.table)
        #expect(t.rows.count == 3)
        #expect(t.rows.allSatisfy { $0[0] == .string("Volker Turk") })
        #expect(t.rows.map { $0[2] } == [.string("said"), .null, .string("said")])
        let scare = try #require(try Self.run("quotes", ["kind": .string("scare")], state: &state).table)
        #expect(scare.rows.map { $0[1] } == [.string("powder keg"), .string("humanitarian pauses"), .string("small")])
    }

    @Test func discrepanciesReportGazaDeathToll() throws {
        var state = Self.seedsState()
        let t = try #require(try Self.run("discrepancies", state: &state).table)
        #expect(t.rows.count == 1)
        let row = try #require(t.rows.first)
        #expect(row[0] == .string("deaths (Gaza Strip)"))
        #expect(row[1] == .list([.string("well above 30,000"), .string("over 31,000")]))
        #expect(row[2] == .list([.string("000_9ab77a9976a034a4"), .string("002_2d58e2d24ab33054")]))
    }

    @Test func entitiesMentionsAndScope() throws {
        var state = Self.seedsState()
        let all = try #require(try Self.run("entities", state: &state).table)
        #expect(all.rows.first?[0] == .string("Israelis") || all.rows.first?[0] == .string("Israel"))
        let people = try #require(try Self.run("entities", ["type": .string("person")], state: &state).table)
        #expect(people.rows.allSatisfy { $0[1] == .string("person") })
        #expect(people.rows.first?[0] == .string("Benjamin Netanyahu"))
        #expect(people.rows.first?[2] == .number(19))
        let scoped = try #require(try Self.run("entities", scope: [2], state: &state).table)
        #expect(scoped.rows.contains { $0[0] == .string("Rafah") && $0[2] == .number(4) && $0[3] == .number(1) })
        let m = try #require(try Self.run("mentions", ["name": .string("Benjamin Netanyahu")], state: &state).table)
        #expect(m.rows.count == 19)
        #expect(m.rows.contains { $0[3] == .string("Netayanu") })
        #expect(m.rows.allSatisfy { row in (row[1].number ?? 0) >= 1 })
        #expect(m.rows.first?[1] == .number(1))
        #expect(throws: Diagnostic.self) { try Self.run("mentions", ["name": .string("Netanyahoo Xyz")], state: &state) }
    }

    @Test func timelineClaimsCooc() throws {
        var state = Self.seedsState()
        let tl = try #require(try Self.run("timeline", state: &state).table)
        #expect(tl.rows.prefix(2).map { $0[0] } == [.date(Day(year: 2023, month: 10, day: 7)!), .date(Day(year: 2024, month: 2, day: 15)!)])
        #expect(tl.rows.count == 14)
        let claims = try #require(try Self.run("claims", ["text": .string("death toll")], state: &state).table)
        #expect(claims.rows.map { $0[0] } == [.number(30000), .number(31000)])
        #expect(claims.rows.first?[1] == .string("well above"))
        let cooc = try #require(try Self.run("cooc", ["type": .string("person")], state: &state).table)
        #expect(!cooc.rows.isEmpty)
        let counts = cooc.rows.compactMap { $0[2].number }
        #expect(counts == counts.sorted(by: >))
    }

    @Test func curationIsReflected() throws {
        var state = Self.seedsState()
        let r = try Self.run("alias", ["alias": .string("Bibi"), "name": .string("Netanyahu")], state: &state)
        #expect(r.string?.contains("Benjamin Netanyahu") == true)
        let who = try Self.run("who", ["name": .string("Bibi")], state: &state)
        #expect(Self.strings(Self.field(who, "aliases")).contains("Bibi"))
        // merging an existing entity moves its quotes
        _ = try Self.run("alias", ["alias": .string("Osama Hamdan"), "name": .string("Volker Turk")], state: &state)
        let q = try #require(try Self.run("quotes", ["speaker": .string("Volker Turk")], state: &state).table)
        #expect(q.rows.count == 6)
        _ = try Self.run("retype", ["name": .string("Likud"), "type": .string("place")], state: &state)
        _ = try Self.run("ignore", ["name": .string("Hamas")], state: &state)
        let ents = try #require(try Self.run("entities", state: &state).table)
        #expect(!ents.rows.contains { $0[0] == .string("Hamas") })
        #expect(ents.rows.contains { $0[0] == .string("Likud") && $0[1] == .string("place") })
        _ = try Self.run("redate", ["doc": .number(0), "date": .date(Day(year: 2024, month: 3, day: 4)!)], state: &state)
        let tl = try #require(try Self.run("timeline", state: &state).table)
        #expect(tl.rows.contains { $0[0] == .date(Day(year: 2024, month: 3, day: 4)!) && $0[1] == .string("day") && $0[2].string?.hasPrefix("[Monday]") == true })
        #expect(tl.rows.contains { $0[0] == .date(Day(year: 2023, month: 10, day: 7)!) && $0[3] == .string("000_9ab77a9976a034a4") })
        #expect(state.extraction.curations.count == 5)
    }

    @Test func everyVerbAnswersOnAnEmptyCorpus() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-extract-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var state = SessionState(corpus: .empty, files: FileAccess(baseDirectory: dir.path))
        for verb in ["entities", "timeline", "claims", "discrepancies", "cooc", "quotes"] {
            let t = try #require(try Self.run(verb, state: &state).table)
            #expect(t.rows.isEmpty)
        }
        let g = try Self.run("graph", ["file": .string("g.json")], state: &state)
        #expect(g.string?.hasPrefix("wrote 0 entities") == true)
        #expect(throws: Diagnostic.self) { try Self.run("who", ["name": .string("Anyone")], state: &state) }
        #expect(throws: Diagnostic.self) { try Self.run("redate", ["doc": .number(0), "date": .string("2024-01-01")], state: &state) }
    }

    @Test func graphFormats() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-graph-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var state = SessionState(corpus: ExtractionTestSupport.seeds, files: FileAccess(baseDirectory: dir.path))
        for name in ["p.dot", "p.graphml", "p.json"] {
            _ = try Self.run("graph", ["type": .string("person"), "file": .string(name)], state: &state)
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            #expect(text.contains("Benjamin Netanyahu"))
        }
        let json = try Data(contentsOf: dir.appendingPathComponent("p.json"))
        #expect((try? JSONSerialization.jsonObject(with: json)) != nil)
        #expect(throws: Diagnostic.self) { try Self.run("graph", ["file": .string("p.png")], state: &state) }
        var confined = SessionState(corpus: ExtractionTestSupport.seeds, files: FileAccess(baseDirectory: dir.path, confinedTo: [dir.path]))
        #expect(throws: Diagnostic.self) { try Self.run("graph", ["file": .string("/tmp/outside.dot")], state: &confined) }
    }
}
