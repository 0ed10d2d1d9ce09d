import Foundation
import Testing
import DossierModel
import DossierTestSupport
@testable import DossierExtraction

/// Corpus-level type decisions (issue 10.3): one type per name and per surface form, the tagger's reading
/// as evidence, and the speaker rules that depend on them.
@Suite struct CorpusTypeDecisionTests {
    static func extract(_ texts: [String]) -> Annotations {
        Extractor.extract(corpus: Corpus(name: "t", documents: texts.enumerated().map {
            ExtractionTestSupport.document(id: "d\($0.offset)", fileText: $0.element)
        }))
    }

    static func raw(_ surface: String, doc: Int, type: EntityType?, canonical: String? = nil, tagged: EntityType? = nil) -> RawMention {
        var m = RawMention(doc: doc, sentence: 0, tokens: 0..<1, range: 0..<surface.utf8.count, surface: surface, type: type, canonical: canonical)
        m.tagged = tagged
        return m
    }

    @Test func aSurfaceFormInClustersOfTwoTypesGetsTheTypeItsOwnMentionsFavour() {
        typealias Key = EntityClusterer.Key
        // "Hughes" is in an organisation's cluster (by a guess) in one document, a person's (by rule) in two
        let raw = [
            Self.raw("Hughes", doc: 0, type: nil), Self.raw("Hughes", doc: 1, type: .person),
            Self.raw("Hughes", doc: 2, type: .person, tagged: .person), Self.raw("Hughes Tool Co", doc: 0, type: .organization),
            Self.raw("Hughes Tool Co", doc: 3, type: .organization),
        ]
        let keys = [
            Key(name: "Hughes Tool Co", type: .organization), Key(name: "Howard Hughes", type: .person),
            Key(name: "Howard Hughes", type: .person), Key(name: "Hughes Tool Co", type: .organization),
            Key(name: "Hughes Tool Co", type: .organization),
        ]
        let out = EntityClusterer.decideTypes(keys, raw: raw, guessed: [true, false, false, false, false], gazetteer: .shared)
        #expect(out[0] == Key(name: "Howard Hughes", type: .person))
        // the longer name that contains the form keeps its own type: its mentions do not vote on "Hughes"
        #expect(out[3].type == .organization && out[4].type == .organization)
        var typesOfForm: [String: Set<EntityType>] = [:]
        for (i, m) in raw.enumerated() { typesOfForm[m.surface, default: []].insert(out[i].type) }
        #expect(typesOfForm.values.allSatisfy { $0.count == 1 })
    }

    @Test func aClusterNameHasOneTypeFromTheWeightedVote() {
        typealias Key = EntityClusterer.Key
        // two guesses as organisation lose to the tagger reading three mentions as a place
        let raw = (0..<3).map { Self.raw("Kobane", doc: $0, type: nil, tagged: .place) }
        let keys = [Key(name: "Kobane", type: .organization), Key(name: "Kobane", type: .organization), Key(name: "Kobane", type: .place)]
        let out = EntityClusterer.decideTypes(keys, raw: raw, guessed: [true, true, true], gazetteer: .shared)
        #expect(Set(out.map(\.type)) == [.place])
    }

    @Test func theTaggerWindowMatchesTheWholeSentenceAfterTwoOutsideTags() throws {
        let tagger = Tagger.shared
        try #require(tagger.isTrained)
        var text = "Yesterday the chairman of Acme Robotics met Maria Lopez in Chicago to discuss the deal ."
        let ranges = text.split(separator: " ").map { $0.utf8 }
        var starts: [UInt32] = [], ends: [UInt32] = []
        var p = 0
        for r in ranges {
            starts.append(UInt32(p))
            ends.append(UInt32(p + r.count))
            p += r.count + 1
        }
        let n = starts.count
        var pos = [UInt8](repeating: 0, count: n), full = [UInt8](repeating: 0, count: n)
        var scratch = Tagger.Scratch()
        text.withUTF8 { b in
            starts.withUnsafeBufferPointer { st in
                ends.withUnsafeBufferPointer { en in
                    pos.withUnsafeMutableBufferPointer { pp in
                        full.withUnsafeMutableBufferPointer { fp in
                            tagger.tag(b, starts: st, ends: en, pos: pp.baseAddress!, entities: fp.baseAddress!, scratch: &scratch)
                        }
                    }
                }
            }
        }
        var compared = 0
        for lo in 0..<n where (lo < 1 || full[lo - 1] == 0) && (lo < 2 || full[lo - 2] == 0) {
            var out = [UInt8](repeating: 9, count: n - lo)
            text.withUTF8 { b in
                starts.withUnsafeBufferPointer { st in
                    ends.withUnsafeBufferPointer { en in
                        pos.withUnsafeBufferPointer { pp in
                            out.withUnsafeMutableBufferPointer { o in
                                tagger.entities(b, starts: st, ends: en, pos: pp, window: lo..<n, out: o.baseAddress!, scratch: &scratch)
                            }
                        }
                    }
                }
            }
            #expect(out == Array(full[lo...]), "window from token \(lo)")
            compared += 1
        }
        #expect(compared >= 3)
    }

    @Test func tickerCodesAreNoNames() {
        let b = Array("Tesco Plc <TSCO.L> and <Hughes Capital Corp> rose.".utf8)
        func range(_ s: String) -> Range<Int> {
            let t = Array(s.utf8)
            let i = (0...(b.count - t.count)).first { Array(b[$0..<($0 + t.count)]) == t }!
            return i..<(i + t.count)
        }
        #expect(TickerSymbol.contains(b, range("TSCO")))
        #expect(TickerSymbol.contains(b, range("L")))
        #expect(!TickerSymbol.contains(b, range("Hughes")))
        #expect(!TickerSymbol.contains(b, range("Tesco")))
    }

    @Test func aNameWrappedOverALineBreakFindsItsSurname() {
        let a = Self.extract([
            "    BUENOS AIRES, March 25 - Central Bank President Jose Luis\nMachinea said talks were difficult.\n"
                + "    \"What the banks are demanding is not the same,\" Machinea said.\n"
        ])
        let names = Set(a.mentions.map { a.entities[$0.entity].name })
        #expect(names.contains("Jose Luis Machinea"))
        #expect(!names.contains { $0.contains("\n") })
        let q = a.quotes.first { $0.text.hasPrefix("What the banks") }
        #expect(q?.speaker.map { a.entities[$0].name } == "Jose Luis Machinea")
    }

    @Test func unnamedSourcesAndItSaid() {
        let a = Self.extract([
            "Acme Robotics Inc said profits rose. \"We expect more growth,\" it said.\n\n"
                + "John Kirby spoke on Monday. \"Prices will fall,\" one analyst said. \"They will not recover soon,\" he said.\n"
        ])
        func speaker(_ opens: String) -> String? {
            a.quotes.first { $0.text.hasPrefix(opens) }?.speaker.map { a.entities[$0].name }
        }
        #expect(speaker("We expect") == "Acme Robotics Inc")
        #expect(a.quotes.contains { $0.text.hasPrefix("Prices will") })
        #expect(speaker("Prices will") == nil)
        // the pronoun after the analyst's words is the analyst, not John Kirby
        #expect(speaker("They will") == nil)
    }

    @Test func aNameAlsoWrittenWithACorporateSuffixIsThatOrganisation() {
        let a = Self.extract([
            "Reynolds Metals Co said it would raise aluminium prices by two cents a pound.\n",
            "Reynolds Metals said shipments rose. Aluminium prices were higher, traders said.\n",
        ])
        let types = Dictionary(a.mentions.map { ($0.surface, a.entities[$0.entity].type) }, uniquingKeysWith: { x, _ in x })
        #expect(types["Reynolds Metals"] == .organization)
        #expect(types["Reynolds Metals Co"] == .organization)
    }

    @Test func theRoleNounAfterTheCueNamesThePersonAfterIt() {
        let a = Self.extract([
            "\"This is where the market is going to be,\" said Salomon Brothers (Asia) Ltd analyst Carole Ryavec.\n",
            "Salomon Brothers Inc said it had hired ten traders.\n",
        ])
        let q = a.quotes.first { $0.text.hasPrefix("This is where") }
        #expect(q?.speaker.map { a.entities[$0].name } == "Carole Ryavec")
    }

    @Test func aKnownSurnameThatIsAlsoACommonWordSpeaksBeforeAReportingVerb() {
        let a = Self.extract([
            "Apple chief executive Tim Cook spoke in March. \"We read every email,\" Cook said.\n",
            "The cook said the soup was ready. A good cook tastes everything.\n",
        ])
        let q = a.quotes.first { $0.text.hasPrefix("We read") }
        #expect(q?.speaker.map { a.entities[$0].name } == "Tim Cook")
        #expect(!a.mentions.contains { $0.doc == 1 })
    }

    @Test func aQuoteAfterAnInvertedCueContinuesItsSpeaker() {
        let a = Self.extract([
            "\"The basic trend in the currencies is higher,\" said Anne Parker Mills, currency analyst with Shearson "
                + "Lehman Brothers Inc. \"The market wants to take the dollar lower.\"\n"
        ])
        let q = a.quotes.first { $0.text.hasPrefix("The market wants") }
        #expect(q?.speaker.map { a.entities[$0].name } == "Anne Parker Mills")
    }

    @Test func anAppositionEndingInAnOrganisationNounIsNotTheSubject() {
        let a = Self.extract([
            "The inquiry opened. David Steel, representing the government, told the inquiry that this was \"the only tenable explanation.\"\n"
        ])
        let q = a.quotes.first { $0.text.hasPrefix("the only tenable") }
        #expect(q?.speaker.map { a.entities[$0].name } == "David Steel")
    }

    @Test func aStateAbbreviationIsTheState() {
        let a = Self.extract([
            "    PALO ALTO, Calif, March 3 - Hewlett-Packard Co said it would cut prices.\n",
            "\"Not unless you want to tax a whole bunch of people,\" said House Speaker Jim Wright (D-Tex).\n",
        ])
        let types = Dictionary(a.mentions.map { ($0.surface, a.entities[$0.entity].type) }, uniquingKeysWith: { x, _ in x })
        #expect(types["Calif"] == .place)
        #expect(a.mentions.first { $0.surface == "Calif" }.map { a.entities[$0.entity].name } == "California")
        let q = a.quotes.first { $0.text.hasPrefix("Not unless") }
        #expect(q?.speaker.map { a.entities[$0].name } == "Jim Wright")
    }

    @Test func aDividendScheduleLineNamesNobody() {
        let a = Self.extract([
            "    CINCINNATI, March 2 -\n    Qtly div 48 cts vs 44 cts prior\n    Pay May One\n    Record April 15\n Reuter\n",
            "    LONDON, March 3 -\n    Qtly div 12 cts vs 12 cts\n    Payable 1 April\n    Record 15 March\n Reuter\n",
            "    WASHINGTON, March 27 - Investor Paul Bilzerian disclosed he\nholds a 7.2 pct stake in Pay 'N Pak Stores Inc common stock and\n"
                + "is considering seeking control of the firm.\n    Bilzerian said he may seek to acquire one or more positions on\n"
                + "(Pay 'N Pak's) Board of directors.\n",
        ])
        let surfaces = Set(a.mentions.filter { $0.doc < 2 }.map(\.surface))
        #expect(!surfaces.contains("Pay"))
        #expect(!surfaces.contains("Payable"))
        #expect(!surfaces.contains("Record"))
        #expect(surfaces.contains("Cincinnati") || surfaces.contains("CINCINNATI"))
    }

    /// "and" between names: one company up to its legal suffix ("Standard and Poor's Corp", "Merrill
    /// Lynch and Co"), but two when the first already ends with a suffix or is a person's name (Reuters
    /// sentences). A sentence that ends with "Inc." is running text, not a headline of capitals.
    @Test func andJoinsACompanyNameButNotTwoNames() {
        let a = Self.extract([
            "    NEW YORK, March 2 - Texaco Inc and Pennzoil Co resumed talks, sources said.\n"
                + "    Standard and Poor's Corp cut its rating, and Merrill Lynch and Co said it was neutral.\n",
            "    CINCINNATI, March 17 - Dudley Taft and Narragansett Capital Inc said it was prepared to raise its offer.\n"
                + "    Earlier, the SEC settled civil charges against Boyd Jefferies and Jefferies Group Inc.\n",
        ])
        let surfaces = Set(a.mentions.map(\.surface))
        #expect(surfaces.isSuperset(of: ["Texaco Inc", "Pennzoil Co", "Standard and Poor's Corp", "Merrill Lynch and Co"]))
        #expect(surfaces.isSuperset(of: ["Dudley Taft", "Narragansett Capital Inc", "Boyd Jefferies", "Jefferies Group Inc."]))
        #expect(!surfaces.contains { $0.contains("Taft and") || $0.contains("Jefferies and") || $0.contains("Inc and") })
    }

    /// A month after a lone given name is a surname when the census has it as a common one ("analyst
    /// Rick May", Reuters); a date otherwise ("in May 1987", "Elon January" stays apart).
    @Test func aMonthAfterAGivenNameIsASurname() {
        let a = Self.extract([
            "    TOKYO, March 3 - \"It was an entry point,\" said Barclays de Zoete Wedd Ltd analyst Rick May.\n"
                + "    Sales rose in May 1987, and Coming into Elon January was different, Glover said.\n"
        ])
        let surfaces = Set(a.mentions.map(\.surface))
        #expect(surfaces.contains("Rick May"))
        #expect(!surfaces.contains("Rick"))
        #expect(!surfaces.contains { $0.hasSuffix("January") || $0.hasPrefix("May") })
        #expect(a.quotes.first?.speaker.map { a.entities[$0].name } == "Rick May")
    }

    @Test func aDemonymBesideItsPlaceIsAGroup() {
        let a = Self.extract([
            "Exports from West Germany rose in March. West German officials said the West German bond market was calm.",
            "Talks in West Germany ended. Industry in West Germany grew.",
        ])
        let types = Dictionary(a.mentions.map { ($0.surface, a.entities[$0.entity].type) }, uniquingKeysWith: { x, _ in x })
        #expect(types["West German"] == .group)
    }

    /// Reuters-21578 (reut-09927 beside reut-18084): "Fruehauf Corp ... Fruehauf said" three times (the
    /// tagger reads two as a person) in one article, "Fruehauf's" typed person in another. The form's vote
    /// favours person; the mentions whose own document names the company stay with it.
    @Test func aShortFormStaysWithTheCompanyItsDocumentNames() {
        typealias Key = EntityClusterer.Key
        let raw = [
            Self.raw("Fruehauf Corp", doc: 0, type: .organization), Self.raw("Fruehauf", doc: 0, type: nil, tagged: .person),
            Self.raw("Fruehauf", doc: 0, type: nil, tagged: .person), Self.raw("Fruehauf", doc: 0, type: nil),
            Self.raw("Fruehauf", doc: 1, type: .person, tagged: .person),
        ]
        let company = Key(name: "Fruehauf Corp", type: .organization)
        let keys = [company, company, company, company, Key(name: "Fruehauf", type: .person)]
        let out = EntityClusterer.decideTypes(keys, raw: raw, guessed: [false, false, false, false, false], gazetteer: .shared)
        #expect(Array(out[0...3]) == [company, company, company, company])
        // a guess is no hold: the same mentions keyed by a guess take the form's type
        let guessed = EntityClusterer.decideTypes(keys, raw: raw, guessed: [false, true, true, true, false], gazetteer: .shared)
        #expect(guessed[1] == Key(name: "Fruehauf", type: .person))
    }

    /// Reuters-21578 (reut-15149, reut-06853): "Fruehauf Corp." ending a sentence is "Fruehauf Corp".
    @Test func aFinalStopIsNoPartOfACompanysName() {
        let a = Self.extract([
            "Edelman was unsuccessful last year in offers for Lucky Stores Inc and Fruehauf Corp. He did succeed in buying Ponderosa Inc.",
            "Terex Corp said it agreed to buy the trailer business of Fruehauf Corp for about 70 mln dlrs.",
        ])
        let company = a.mentions.filter { $0.surface.hasPrefix("Fruehauf Corp") }
        #expect(company.count == 2)
        #expect(Set(company.map { a.entities[$0.entity].name }) == ["Fruehauf Corp"])
        #expect(EntityClusterer(gazetteer: .shared).orgKey("Asamera Oil U.S.") == "asamera oil u.s.")
    }

    /// Reuters-21578 (reut-01909): a minister's portfolio of two words joined by "and" is part of the
    /// title, not of the name ("Mines Subroto" had become the name of Subroto in 39 mentions).
    @Test func aPortfolioJoinedByAndIsPartOfTheTitle() {
        let a = Self.extract([
            """
                TOKYO, March 5 - OPEC countries are all sticking firmly to
            official crude oil prices but the volatility of spot prices is
            likely to continue into the third quarter, Indonesian Minister
            of Mines and Energy Subroto told Reuters.
                Subroto, attending a Pacific Energy Cooperation conference,
            blamed recent rapid spot price changes on unbalanced supply and demand.
            """,
            "Output at the mines rose as energy demand grew.",
        ])
        let names = Set(a.mentions.filter { $0.surface.contains("Subroto") }.map { a.entities[$0.entity].name })
        #expect(names == ["Subroto"])
        #expect(a.entities.first { $0.name == "Subroto" }?.type == .person)
    }

    /// A surname keeps the full name of its own document only when that name is a person's, not a
    /// company's or a group's words typed person.
    static let personNames: [(words: [String], otherForms: Set<String>, expected: Bool)] = [
        (["Yukio", "Honda"], [], true),
        (["Peter", "Holmes"], ["Holmes"], true),
        (["Eric", "Rasmussen"], ["Jardine"], true),
        (["Honeywell", "Bull"], ["Honeywell"], false),
        (["Jardine", "Fleming"], ["Jardine"], false),
        (["National", "UAW"], [], false),
        (["Representatives", "of", "ASA"], [], false),
        (["A.", "William", "Reynolds"], [], true),
        (["J.P.", "Stevens"], [], true),
        (["H.K.", "Dlrs"], ["Dlrs"], false),
        (["A."], [], false),
    ]

    @Test(arguments: personNames)
    func aPersonsNameIsAGivenNameAndASurname(_ c: (words: [String], otherForms: Set<String>, expected: Bool)) {
        #expect(EntityClusterer.looksLikePersonName(c.words, otherForms: c.otherForms) == c.expected)
    }
}
