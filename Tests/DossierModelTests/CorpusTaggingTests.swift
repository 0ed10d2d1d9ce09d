import Foundation
import Testing
@testable import DossierModel

@Suite struct CorpusTaggingTests {
    static func corpus(_ text: String) -> Corpus {
        Corpus(name: "t", documents: [CorpusDocument(id: "a", title: "", date: nil, metadata: [], text: text)])
    }

    func tags(_ c: Corpus) -> [(String, UniversalPOS, String)] {
        (0..<c.tokenCount).map { (c.tokenText($0, in: 0), c.pos(ofToken: $0), c.lemma(ofToken: $0)) }
    }

    @Test func everyTokenGetsATagAndALemma() {
        let c = Self.corpus("The children were running to the old station. She said they had seen seen two cats.")
        #expect(c.tokenPOS.count == c.tokenCount)
        #expect(c.tokenLemma.count == c.tokenCount)
        let t = tags(c)
        let byWord = Dictionary(t.map { ($0.0, ($0.1, $0.2)) }, uniquingKeysWith: { a, _ in a })
        #expect(byWord["The"]?.0 == .det)
        #expect(byWord["children"]! == (.noun, "child"))
        #expect(byWord["were"]?.1 == "be")
        #expect(byWord["running"]! == (.verb, "run"))
        #expect(byWord["said"]! == (.verb, "say"))
        #expect(byWord["seen"]?.1 == "see")
        #expect(byWord["cats"]! == (.noun, "cat"))
        #expect(byWord["two"]?.0 == .num)
        #expect(byWord["She"]?.0 == .pron)
    }

    @Test func accessorsAreSafeOutOfRange() {
        let c = Self.corpus("Hello world.")
        #expect(c.pos(ofToken: -1) == .x)
        #expect(c.pos(ofToken: 99) == .x)
        #expect(c.lemma(ofToken: 99) == "")
        #expect(Corpus.empty.tokenPOS.isEmpty)
    }

    @Test func universalPOSNamesRoundTrip() {
        #expect(UniversalPOS.allCases.count == 17)
        for p in UniversalPOS.allCases { #expect(UniversalPOS(name: p.name) == p) }
        #expect(UniversalPOS(name: "propn") == .propn)
        #expect(UniversalPOS(name: "NOPE") == nil)
    }

    @Test func entitiesOnDemand() {
        let c = Self.corpus("Angela Merkel met officials of the World Bank in Paris on Monday.")
        let e = c.entityTags(inDocument: 0)
        #expect(e.count == c.tokenCount)
        let names = (0..<c.tokenCount).map { c.tokenText($0, in: 0) }
        let paris = names.firstIndex(of: "Paris")!
        #expect(e[paris] == .beginLocation)
        let angela = names.firstIndex(of: "Angela")!
        #expect(e[angela] == .beginPerson)
        #expect(c.entityTags(inDocument: 5).isEmpty)
    }

    @Test(.enabled(if: TaggerScoreTests.available, "treebank test splits absent: run scripts/fetch-treebanks.sh"))
    func trainingIsDeterministic() throws {
        let text = try TaggerScoreTests.fixture("en_ewt-ud-test.conllu")
        let data = Array(TreebankReader.read(text, ner: false).prefix(200))
        var o = TaggerTrainer.Options()
        o.posEpochs = 2
        o.posBits = 14
        let a = TaggerTrainer.trainPOS(data, .shared, o, log: { _ in })
        let b = TaggerTrainer.trainPOS(data, .shared, o, log: { _ in })
        #expect(TaggerWeights.encode([a]) == TaggerWeights.encode([b]))
        let decoded = try #require(TaggerWeights.decode(TaggerWeights.encode([a])))
        #expect(decoded.first?.weights == a.weights)
        #expect(TaggerWeights.decode(Data([1, 2, 3])) == nil)
    }
}
