import Foundation
import Testing
import DossierModel
import DossierTestSupport
@testable import DossierExtraction

/// The measures of the score table on hand-built cases, and the blind gold files' shape.
@Suite struct ExtractionMeasurerTests {
    static let text = "Acme said \"we will grow fast this year\" on Monday. \"No comment,\" Jo Bell said."

    static func range(_ s: String) -> Range<Int> {
        let b = Array(text.utf8)
        return GoldSpans.find(Array(s.utf8), in: b, wordBounded: false)[0]
    }

    static var gold: GoldSpans {
        var g = GoldSpans()
        g.names = [.init(name: "Acme", type: "organization", forms: ["Acme"]), .init(name: "Jo Bell", type: "person", forms: ["Jo Bell"])]
        var d = GoldSpans.Document(index: 0, id: "d")
        d.occurrences = [0: [range("Acme")], 1: [range("Jo Bell")]]
        d.quotes = [
            .init(range: range("we will grow fast this year"), speech: true, speaker: "Acme", opens: "we will"),
            .init(range: range("No comment,"), speech: true, speaker: "Jo Bell", opens: "No comment"),
        ]
        g.documents = [d]
        return g
    }

    static func entity(_ name: String, _ type: EntityType) -> Entity {
        Entity(name: name, type: type, aliases: [], misspellings: [], roles: [])
    }

    static func mention(_ s: String, _ e: Int) -> EntityMention {
        EntityMention(doc: 0, sentence: 0, range: range(s), surface: s, entity: e, misspelling: false)
    }

    @Test func rightAnswersScoreOne() {
        var a = Annotations()
        a.entities = [Self.entity("Acme", .organization), Self.entity("Jo Bell", .person)]
        a.mentions = [Self.mention("Acme", 0), Self.mention("Jo Bell", 1)]
        a.quotes = [Quote(doc: 0, sentence: 0, range: Self.range("we will grow fast this year"), text: "", kind: .speech, speaker: 0, cue: "said"),
            Quote(doc: 0, sentence: 1, range: Self.range("No comment,"), text: "", kind: .speech, speaker: 1, cue: "said")]
        let m = ExtractionMeasurer.measure(Self.gold, annotations: a)
        #expect(m.typeAccuracy == 1 && m.split == 0 && m.recall == 1 && m.precision == 1 && m.speakerAccuracy == 1)
    }

    @Test func wrongAnswersAreCounted() {
        var a = Annotations()
        // Acme typed person; Jo Bell's mention glued with "said" and typed place; a quote cut short;
        // a spurious quote; the second quote given Acme as speaker.
        a.entities = [Self.entity("Acme", .person), Self.entity("Jo Bell said", .place)]
        a.mentions = [Self.mention("Acme", 0), Self.mention("Jo Bell said", 1)]
        a.quotes = [Quote(doc: 0, sentence: 0, range: Self.range("we will"), text: "we will", kind: .speech, speaker: 0, cue: nil),
            Quote(doc: 0, sentence: 1, range: Self.range("No comment,"), text: "", kind: .speech, speaker: 0, cue: nil),
            Quote(doc: 0, sentence: 0, range: Self.range("on Monday"), text: "on Monday", kind: .speech, speaker: nil, cue: nil)]
        let m = ExtractionMeasurer.measure(Self.gold, annotations: a)
        #expect(m.typeCorrect == 0 && m.names == 2)
        #expect(m.found == 1 && m.goldQuotes == 2)
        #expect(m.extractedRight == 1 && m.extracted == 3)
        #expect(m.speakerRight == 0)
    }

    @Test func splitNamesAndOtherSpans() {
        var g = Self.gold
        g.documents[0].quotes.append(.init(range: Self.range("on Monday"), speech: false, speaker: nil, opens: "on"))
        var a = Annotations()
        a.entities = [Self.entity("Acme", .organization), Self.entity("Acme", .person)]
        a.mentions = [Self.mention("Acme", 0), Self.mention("Acme", 1)]
        a.quotes = [Quote(doc: 0, sentence: 0, range: Self.range("on Monday"), text: "", kind: .speech, speaker: nil, cue: nil)]
        let m = ExtractionMeasurer.measure(g, annotations: a)
        #expect(m.split == 1)
        #expect(m.extracted == 0, "a quotation inside a gold scare quote is neutral")
    }

    @Test(arguments: ["reuters", "fnc1"])
    func blindGoldIsWellFormed(_ set: String) throws {
        let g = try #require(BlindGold.load(set: set))
        let names = Dictionary(g.names.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        #expect(g.names.filter { $0.mentions >= 2 }.count >= 150, "\(set): frequent names")
        let speech = g.documents.flatMap(\.quotes).filter { $0.kind == "speech" }
        #expect(speech.count >= 100, "\(set): speech quotes")
        for d in g.documents {
            for q in d.quotes {
                #expect(q.range.count == 2 && q.range[0] < q.range[1] && q.range[1] <= d.bytes, "\(d.id) \(q.opens)")
                if let s = q.speaker { #expect(["person", "organization", "group"].contains(names[s] ?? ""), "\(d.id): \(s)") }
            }
            for n in d.names {
                #expect(names[n.name] != nil)
                #expect(n.occurrences.allSatisfy { $0.count == 2 && $0[0] < $0[1] && $0[1] <= d.bytes })
            }
        }
    }
}
