import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierTestSupport
@testable import DossierLanguage

/// Odd input never throws, never crashes, and an unbalanced mark never swallows a document.
@Suite struct ExtractionRobustnessTests {
    static func corpus(_ texts: [String]) -> Corpus {
        Corpus(name: "t", documents: texts.enumerated().map { ExtractionTestSupport.document(id: "d\($0.offset)", fileText: $0.element) })
    }

    @Test func unbalancedQuoteStopsAtParagraphEnd() {
        let text = """
            The minister said "we will not stop. Nobody can stop us.
            In other news, the council met on Friday.
            "This is fine," Smith said. Later she added: "Done."
            """
        let a = Extractor.extract(corpus: Self.corpus([text]))
        #expect(a.quotes.count == 3)
        #expect(a.quotes.first?.text == "we will not stop. Nobody can stop us.")
        #expect(!a.quotes.contains { $0.text.contains("council") })
        #expect(a.quotes.dropFirst().first?.text == "This is fine,")
    }

    @Test func multiParagraphQuoteContinues() {
        let text = """
            Jane Doe, the mayor of Springfield, spoke at length. "We have rebuilt the bridge.

            "And we will rebuild the school," she said.
            """
        let a = Extractor.extract(corpus: Self.corpus([text]))
        #expect(a.quotes.count == 1)
        #expect(a.quotes.first?.text == "We have rebuilt the bridge. And we will rebuild the school,")
        #expect(a.quotes.first?.speaker.map { a.entities[$0].name } == "Jane Doe")
    }

    @Test func pronounsFollowGenderWhenNamesTellIt() {
        let text = "Sarah Lopez met John Kirby on Friday. \"We agreed on nothing,\" she said. \"Nothing at all,\" he added."
        let a = Extractor.extract(corpus: Self.corpus([text]))
        #expect(a.quotes.map { $0.speaker.map { a.entities[$0].name } ?? "-" } == ["Sarah Lopez", "John Kirby"])
    }

    @Test func longAppositiveBeforeTheCue() {
        let text = "\"We see no progress,\" Dmitry Peskov, the long-serving Kremlin spokesman for President Vladimir Putin, told reporters."
        let a = Extractor.extract(corpus: Self.corpus([text]))
        #expect(a.quotes.first?.speaker.map { a.entities[$0].name } == "Dmitry Peskov")
        #expect(a.quotes.first?.cue == "told reporters")
    }

    @Test func britishSingleQuotes() {
        let text = "Prime Minister Keir Starmer said the plan was ‘a fresh start’. ‘We won’t let the students’ union down,’ he told the BBC."
        let a = Extractor.extract(corpus: Self.corpus([text]))
        #expect(a.quotes.map(\.text) == ["a fresh start", "We won’t let the students’ union down,"])
        #expect(a.quotes.last?.speaker.map { a.entities[$0].name } == "Keir Starmer")
        #expect(a.quotes.first?.kind == .scare)
    }

    @Test func quoteAttributedInTheNextSentence() {
        let text = "Ahmed Saleh walked to the podium. \"The talks have failed.\" Saleh said that on Tuesday."
        let a = Extractor.extract(corpus: Self.corpus([text]))
        #expect(a.quotes.first?.speaker.map { a.entities[$0].name } == "Ahmed Saleh")
    }

    @Test func oddInputsDoNotCrash() {
        let inputs = [
            "", " ", "\"", "\u{201C}", "\u{201D}\u{201C}\"\"\"", "U.S.", "U.", "...", "'s", "’s’s", "-", "$", "$5", "a quarter of",
            "March", "May 2024", "31 February", "2024-13-45", "Oct. 99", "Monday", "well above", "1,000,000,000,000,000,000,000",
            "Dr. Dr. Dr.", "Prime Minister", "Secretary of", "(IDF)", "Israel Defense Forces (", "😀 Émile Zola said \"hi\" 😀",
            "Ünïcödé Nâmé told reporters \"x\"", String(repeating: "Aaa ", count: 500), String(repeating: "\"a ", count: 300),
            "\n\n\n", "A\nB\nC", "date 2024-01-01", " date 2024-02-30 text",
            " date 9999-12-31 Tomorrow and next week and on Monday, December 31 and next year.",
            " date 0001-01-01 Yesterday, last week, last month and last year, on Sunday.",
        ]
        let a = Extractor.extract(corpus: Self.corpus(inputs))
        #expect(a.mentions.allSatisfy { a.entities.indices.contains($0.entity) })
        // documents with bad sentence ranges
        var doc = ExtractionTestSupport.document(id: "bad", fileText: "Joe Biden met Emmanuel Macron in Paris.")
        doc.sentences = [5..<2000, 0..<3, 10..<12]
        _ = Extractor.extract(corpus: Corpus(name: "bad", documents: [doc]))
        doc.sentences = []
        let b = Extractor.extract(corpus: Corpus(name: "bad", documents: [doc]))
        #expect(b.entities.map(\.name).contains("Emmanuel Macron"))
    }

    @Test func placeholderSplitterStillMeetsTheDoneWhenChecks() throws {
        // The corpus engine's placeholder splits at every period; extraction must not depend on a good splitter.
        let corpus = try Corpus.load(path: ExtractionTestSupport.repoRoot.appendingPathComponent("seeds").path, cacheDirectory: nil)
        var state = SessionState(corpus: corpus)
        let a = state.extraction.annotations(for: corpus)
        let n = try #require(EntityLookup.find("Netanyahu", in: a))
        #expect(a.entities[n].aliases.contains("Netayanu"))
        #expect(a.entities[n].roles.contains("Prime Minister"))
        let turk = try #require(EntityLookup.find("Turk", in: a))
        #expect(a.quotes.filter { $0.speaker == turk && $0.kind == .speech }.count == 3)
        #expect(a.discrepancies().count == 1)
    }

    @Test func extractionIsDeterministicAndFast() {
        // 600 documents made by recombining the seeds' paragraphs.
        let seeds = ExtractionTestSupport.seeds
        let paras = seeds.documents.flatMap { $0.text.split(separator: "\n").map(String.init) }
        var texts: [String] = []
        for i in 0..<600 {
            texts.append((0..<8).map { paras[(i * 7 + $0 * 13) % paras.count] }.joined(separator: "\n"))
        }
        let corpus = Self.corpus(texts)
        let clock = ContinuousClock()
        var first = Annotations.empty
        let t = clock.measure { first = Extractor.extract(corpus: corpus) }
        let second = Extractor.extract(corpus: corpus)
        #expect(first == second)
        #expect(t < .seconds(30), "extraction of 600 documents took \(t)")
        print("[extraction] 600 documents, \(corpus.wordCount) words: \(t)")
    }
}

/// Rules checked on small made-up texts from other beats.
@Suite struct ExtractionRuleTests {
    static func extract(_ texts: [String]) -> Annotations {
        Extractor.extract(corpus: ExtractionRobustnessTests.corpus(texts))
    }

    @Test func sentenceInitialSurnameAndCommonWords() {
        let a = Self.extract([
            "Officials in Kenya met John Kirby on Monday.\nKirby said the plan would work. Despite that, Meanwhile nothing changed.",
        ])
        let names = Set(a.entities.map(\.name))
        #expect(names.contains("John Kirby"))
        #expect(names.contains("Kenya"))
        #expect(!names.contains("Officials") && !names.contains("Despite") && !names.contains("Meanwhile"))
        let kirby = a.entities.firstIndex { $0.name == "John Kirby" }
        #expect(a.mentions.filter { $0.entity == kirby }.count == 2)
    }

    @Test func titlesAcronymsAndPossessives() {
        let a = Self.extract([
            "German Chancellor Olaf Scholz met the World Health Organization (WHO) chief in Geneva’s old town. The WHO said Scholz's plan was sound. Officials at Germany's Federal Reserve disagreed.",
        ])
        let scholz = a.entities.first { $0.name == "Olaf Scholz" }
        #expect(scholz?.type == .person)
        #expect(scholz?.roles == ["Chancellor"])
        #expect(a.entities.contains { $0.name == "Germans" && $0.type == .group })
        #expect(a.entities.contains { $0.name == "Geneva" && $0.type == .place })
        let who = a.entities.firstIndex { $0.name == "World Health Organization" }
        #expect(a.mentions.filter { $0.entity == who }.count == 3)  // name, (WHO), The WHO
    }

    @Test func givenNamesThatArePlaces() {
        let a = Self.extract(["Jordan Peterson spoke in Jordan. Israel Katz flew home to Israel. Georgia Meloni visited Georgia."])
        let types = Dictionary(a.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { x, _ in x })
        #expect(types["Jordan Peterson"] == .person && types["Jordan"] == .place)
        #expect(types["Israel Katz"] == .person && types["Israel"] == .place)
        #expect(types["Georgia Meloni"] == .person && types["Georgia"] == .place)
    }

    @Test func aPersonBeforeOfIsANameOfItsOwn() {
        let a = Self.extract([
            "Rates\n\nRates will fall, said Ward McCarthy of Merrill Lynch Capital Markets. The chamber said the Milan Chamber of Commerce agreed.",
            "Fed\n\nThe Fed will act, said McCarthy of Salomon Brothers, and the bay was calm near the Bay of Plenty. Analyst Thomas McCrann of Merrill Lynch agreed, and another analyst did too.",
        ])
        let types = Dictionary(a.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { x, _ in x })
        #expect(types["Ward McCarthy"] == .person)
        #expect(types["Merrill Lynch Capital Markets"] == .organization)
        #expect(types["Salomon Brothers"] == .organization)
        // the known surname is a person; a firm or a common word before "of" stays in the name
        let ward = a.entities.firstIndex { $0.name == "Ward McCarthy" }
        #expect(a.mentions.filter { $0.entity == ward }.count == 2)
        #expect(types["Milan Chamber"] == nil && types["Chamber of Commerce"] != nil)
        #expect(types["Bay of Plenty"] != nil)
        #expect(!a.entities.contains { $0.name.contains("McCarthy of") })
        #expect(types["Thomas McCrann"] == .person && types["Merrill Lynch"] == .organization)
    }

    @Test func aMisCasedDocumentIsNoEvidenceThatANameIsAWord() {
        let body = "Finance minister Manuel Azpurua said talks go on.\n\n\"The idea is to meet the banks,\" Azpurua said."
        let lowercased = "Debt\n\nvenezuela seeks help, minister manuel azpurua said, after brazil halted payments."
        let a = Self.extract(["Credit\n\n" + body, lowercased])
        let manuel = a.entities.firstIndex { $0.name == "Manuel Azpurua" }
        #expect(manuel != nil)
        #expect(a.mentions.filter { $0.entity == manuel }.count == 2)
        #expect(a.quotes.first?.speaker == manuel)
        // a text that writes one country in lowercase still counts: "turkey" and "china" are words, and so
        // is "azpurua", so "Azpurua met" is a common word (before a reporting verb a known surname is
        // the person whatever the casing: "Cook said")
        let met = "Finance minister Manuel Azpurua said talks go on.\n\nLater Azpurua met the banks."
        let b = Self.extract(["Credit\n\n" + met, "Food\n\nThe azpurua is a dish of turkey served on china."])
        let m = b.entities.firstIndex { $0.name == "Manuel Azpurua" }
        #expect(b.mentions.filter { $0.entity == m }.count == 1)
        let c = Self.extract(["Credit\n\n" + met, "Food\n\nThe stew is a dish of turkey served on china."])
        let n = c.entities.firstIndex { $0.name == "Manuel Azpurua" }
        #expect(c.mentions.filter { $0.entity == n }.count == 2)
    }

    @Test func theAnalystIsThePersonTheTextGaveThatRole() {
        let a = Self.extract(["Auto\n\n\"It is a done deal,\" said Shearson analyst Jack Glantz. \"Chrysler gets the plant,\" the analyst told Reuters. The analyst said, \"It is fair.\""])
        let glantz = a.entities.firstIndex { $0.name == "Jack Glantz" }
        #expect(glantz != nil)
        #expect(a.quotes.count == 3 && a.quotes.allSatisfy { $0.speaker == glantz }, "\(a.quotes)")
        // an unnamed analyst, and a person never called an analyst, are not "the analyst"
        let b = Self.extract(["Auto\n\nChairman Lee Iacocca spoke. \"Prices will fall,\" said an analyst who asked not to be named. \"They fell,\" the analyst said."])
        #expect(b.quotes.count == 2 && b.quotes.allSatisfy { $0.speaker == nil }, "\(b.quotes)")
        // never called an analyst, but the person in focus who has spoken
        let d = Self.extract(["Auto\n\nRonald Glantz of Montgomery Securities said the bid was fair. \"It is a reasonable deal,\" the analyst told Reuters."])
        let ronald = d.entities.firstIndex { $0.name == "Ronald Glantz" }
        #expect(ronald != nil && d.quotes.count == 1 && d.quotes.first?.speaker == ronald, "\(d.quotes)")
        let c = Self.extract(["Health\n\nLeader Kim Jong Un is well, a source said. The source said that Kim hurt his leg. \"He ordered drills,\" the source told Reuters."])
        #expect(c.quotes.count == 1 && c.quotes.first?.speaker == nil, "\(c.quotes)")
    }

    @Test func aSurnameStaysWithTheFullNameOfItsDocument() {
        let oil = "Oil\n\nShell chairman Peter Holmes spoke. \"Exploration is flat,\" Holmes said. Holmes added that prices would rise."
        let deal = "Deal\n\nWormald said Holmes Protection Group Inc will merge. Holmes is based in New York. Holmes has 900 staff. Holmes sells alarms."
        let a = Self.extract([oil, deal])
        let peter = a.entities.firstIndex { $0.name == "Peter Holmes" }
        #expect(peter != nil && a.quotes.first?.speaker == peter, "\(a.entities.map(\.name)) \(a.quotes)")
        #expect(a.mentions.filter { $0.entity == peter }.count == 3)
    }

    @Test func aSurnameOfAGivenNameStaysWithItsPerson() {
        // "Yukio Honda ... Honda said" keeps its speaker beside the company Honda in another article
        let car = "Cars\n\nYukio Honda, an analyst, spoke. \"Exports are shrinking,\" Honda said."
        let firms = "Firms\n\nHonda Motor Co reported. Honda rose. Honda said it would pay more. Honda also said costs fell."
        let a = Self.extract([car, firms])
        let yukio = a.entities.firstIndex { $0.name == "Yukio Honda" }
        #expect(yukio != nil && a.quotes.first { $0.doc == 0 }?.speaker == yukio, "\(a.entities.map(\.name)) \(a.quotes)")
    }

    @Test func aTitleWordAfterAGivenNameIsASurname() {
        let a = Self.extract(["Oil\n\n\"Prices will firm,\" said John Lord, a Mobil Corp spokesman. Major General Tom Smith and Virginia Governor Gerald Baliles spoke."])
        let names = Set(a.entities.map(\.name))
        let lord = a.entities.firstIndex { $0.name == "John Lord" }
        #expect(lord != nil && a.entities[lord!].type == .person)
        #expect(a.quotes.first?.speaker == lord)
        // a given name that is a title or a place is still part of the role
        #expect(names.contains("Tom Smith") && names.contains("Gerald Baliles"), "\(names.sorted())")
    }

    @Test func hyphenatedNamesAndParticles() {
        let a = Self.extract(["Rep. Alexandria Ocasio-Cortez criticized Bashar al-Assad and al-Qaeda after the Israel-Hamas war began. Ocasio-Cortez said so."])
        let names = Set(a.entities.map(\.name))
        #expect(names.isSuperset(of: ["Alexandria Ocasio-Cortez", "Bashar al-Assad", "al-Qaeda", "Israel", "Hamas"]))
        let aoc = a.entities.firstIndex { $0.name == "Alexandria Ocasio-Cortez" }
        #expect(a.mentions.filter { $0.entity == aoc }.count == 2)
    }

    @Test func datesResolveAgainstTheDocumentDate() {
        let a = Self.extract([" date 2024-03-13 On Monday and last week, and on Jan. 5 and December 24, 2023, and yesterday."])
        let v = a.dates.map { "\($0.text)=\($0.value ?? "nil")" }
        #expect(v == ["Monday=2024-03-11", "last week=2024-03-04", "Jan. 5=2024-01-05", "December 24, 2023=2023-12-24", "yesterday=2024-03-12"])
        let f = Self.extract([" date 2024-03-04 Ramadan is due to begin around March 10. It began on March 11 last year."])
        #expect(f.dates.map(\.value) == ["2024-03-10", "2023-03-11", "2023-01-01"])
        let b = Self.extract(["On Monday, March 3 came."])
        #expect(b.dates.map(\.value) == [nil, "--03-03"])
    }

    @Test func datelineAheadOfTheFileDateKeepsItsYearAndPrecisionIsKept() {
        // A dateline one day after the file's date is that day, not the same day a year earlier.
        let a = Self.extract([" date 1987-02-26 TOKYO, Feb 27 - Prices rose. Output fell last year and in March, and in 1985."])
        #expect(a.dates.first?.value == "1987-02-27")
        let p = a.dates.map { "\($0.text)=\($0.precision.rawValue)" }
        #expect(p == ["Feb 27=day", "last year=year", "March=month", "1985=year"])
        // More than a few days ahead with nothing about the future: the past one.
        let b = Self.extract([" date 1987-02-26 The plant closed on March 20."])
        #expect(b.dates.first?.value == "1986-03-20")
    }

    @Test func figuresWithScalesFractionsAndApproximations() {
        let a = Self.extract(["Nearly half of the 1.5 billion residents and some 40 percent of about 3,000 firms lost $2 million, up to twelve workers each."])
        let f = a.figures.map { "\($0.text)|\(NumberFormat.cell($0.value))|\($0.approx ?? "-")|\($0.counts ?? "-")" }
        #expect(f.contains("1.5 billion|1500000000|-|residents"))
        #expect(f.contains("some 40|40|some|percent"))
        #expect(f.contains("about 3,000|3000|about|firms"))
        #expect(f.contains("$2 million|2000000|-|money"))
        #expect(f.contains("up to twelve|12|up to|workers"))
    }
}

/// Extraction speed on a generated news-like corpus with thousands of distinct names.
@Suite struct ExtractionSpeedTests {
    typealias RNG = SplitMix64

    static func generated(documents: Int) -> Corpus {
        var rng = RNG(state: 7)
        let syllables = ["ka", "lo", "mi", "ren", "sa", "tor", "vel", "un", "dri", "pe", "gan", "shu", "ob", "yal", "zen", "fi"]
        func word() -> String { (0..<(1 + rng.int(3))).map { _ in syllables[rng.int(syllables.count)] }.joined() }
        let vocab = (0..<4000).map { _ in word() }
        func cap(_ w: String) -> String { w.prefix(1).uppercased() + w.dropFirst() }
        let names = (0..<3000).map { _ in cap(vocab[rng.int(vocab.count)]) + " " + cap(vocab[rng.int(vocab.count)]) }
        let places = (0..<400).map { _ in cap(vocab[rng.int(vocab.count)]) }
        let months = ["Jan.", "Feb.", "March", "April", "June", "Oct."]
        var docs: [CorpusDocument] = []
        for d in 0..<documents {
            var text = (0..<5).map { _ in cap(vocab[rng.int(vocab.count)]) }.joined(separator: " ") + "\n"
            for _ in 0..<(4 + rng.int(6)) {
                for _ in 0..<(2 + rng.int(3)) {
                    let quoted = rng.int(8) == 0
                    var words: [String] = []
                    for i in 0..<(8 + rng.int(20)) {
                        let r = rng.int(100)
                        if r < 4 { words.append(names[rng.int(names.count)] + (rng.int(6) == 0 ? "\u{2019}s" : "")) }
                        else if r < 6 { words.append(places[rng.int(places.count)]) }
                        else if r < 7 { words.append("\(1 + rng.int(999)),000 \(vocab[rng.int(vocab.count)])s") }
                        else if r < 8 { words.append("\(months[rng.int(months.count)]) \(1 + rng.int(28))") }
                        else { words.append(i == 0 ? cap(vocab[rng.int(vocab.count)]) : vocab[rng.int(vocab.count)]) }
                    }
                    let s = words.joined(separator: " ")
                    text += quoted ? "\u{201C}\(s),\u{201D} said \(names[rng.int(names.count)]). " : s + ". "
                }
                text += "\n\n"
            }
            docs.append(ExtractionTestSupport.document(id: String(format: "g%05d", d), fileText: " date 2024-03-0\(1 + d % 9) " + text))
        }
        return Corpus(name: "generated", documents: docs)
    }

    @Test func generatedCorpus() {
        let corpus = Self.generated(documents: 1500)
        let clock = ContinuousClock()
        var a = Annotations.empty
        let t = clock.measure { a = Extractor.extract(corpus: corpus) }
        print("[extraction] generated \(corpus.documents.count) documents, \(corpus.wordCount) words: \(t); \(a.entities.count) entities, \(a.mentions.count) mentions, \(a.quotes.count) quotes, \(a.figures.count) figures")
        #expect(a.quotes.allSatisfy { $0.speaker != nil })
        #expect(t < .seconds(60))
    }
}

@Suite struct DiscrepancyTests {
    @Test func onlyComparableFiguresAreReported() {
        let a = Extractor.extract(corpus: ExtractionRobustnessTests.corpus([
            "At least 120 people died in the floods in Pakistan, officials said. About 300 people attended a rally in Paris.",
            "The flood death toll in Pakistan rose to 180 people. In Berlin, 350 people attended a concert.",
            "Some 2,000 people marched in Lima.",
        ]))
        let d = a.discrepancies()
        #expect(d.map(\.about) == ["people (Pakistan)"])
        #expect(d.first?.figures.map(\.text) == ["At least 120", "180"])
    }
}
