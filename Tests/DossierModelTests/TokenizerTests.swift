import Testing
import DossierTestSupport
@testable import DossierModel

@Suite struct CorpusTokenizerTests {
    func tokens(_ s: String) -> [String] {
        let t = Tokenizer.tokenize(s)
        let b = Array(s.utf8)
        return t.starts.indices.map { String(decoding: b[Int(t.starts[$0])..<Int(t.ends[$0])], as: UTF8.self) }
    }
    func sentences(_ s: String) -> [String] {
        let t = Tokenizer.tokenize(s)
        let b = Array(s.utf8)
        return t.sentenceBytes.map { String(decoding: b[$0], as: UTF8.self) }
    }

    @Test func abbreviationsAndNumbers() {
        #expect(tokens("The U.S. sent 2.3 million and 30,000 troops.") == ["The", "U.S.", "sent", "2.3", "million", "and", "30,000", "troops"])
        #expect(sentences("Mr. Smith met Gen. Jones on Oct. 7 in the U.S. Capitol. Then he left.").count == 2)
        #expect(sentences("J. Smith spoke. Then U.N. officials met.").count == 2)
    }

    @Test func hyphensAndPossessives() {
        #expect(tokens("the Israel-Hamas war") == ["the", "Israel-Hamas", "war"])
        #expect(tokens("Gaza's children and Hamas’s leaders") == ["Gaza", "'s", "children", "and", "Hamas", "’s", "leaders"])
        #expect(tokens("don't stop") == ["don't", "stop"])
    }

    @Test func quotesAndEllipses() {
        #expect(tokens("“We will win,” he said.") == ["We", "will", "win", "he", "said"])
        #expect(sentences("“We will fight. We will win,” he said. The end.").count == 3)
        #expect(sentences("He went in...to the room. Then out.").count == 2)
        #expect(sentences("He said “no.” Then he left.").count == 2)
    }

    @Test func headlinesAndLinesAreSentences() {
        let s = sentences("First sentence here.\n\nCracks in the Coalition\n\nAt the heart of it is Gantz.")
        #expect(s == ["First sentence here.", "Cracks in the Coalition", "At the heart of it is Gantz."])
    }

    @Test func offsetsAreUTF8() {
        let s = "Café “Gaza” – ok"
        let t = Tokenizer.tokenize(s)
        let b = Array(s.utf8)
        #expect(t.starts.indices.map { String(decoding: b[Int(t.starts[$0])..<Int(t.ends[$0])], as: UTF8.self) } == ["Café", "Gaza", "ok"])
    }

    @Test func queryParserOperators() throws {
        #expect(try QueryParser.parse("a b") == .and([.term("a"), .term("b")]))
        #expect(try QueryParser.parse("\"humanitarian pauses\" OR truce NOT Rafah")
            == .or([.phrase(["humanitarian", "pauses"]), .and([.term("truce"), .not(.term("rafah"))])]))
        #expect(try QueryParser.parse("(a OR b) AND gaz*") == .and([.or([.term("a"), .term("b")]), .prefix("gaz")]))
        #expect(throws: QueryError.self) { try QueryParser.parse("(a OR b") }
        #expect(throws: QueryError.self) { try QueryParser.parse("\"open") }
        #expect(throws: QueryError.self) { try QueryParser.parse("") }
    }
}

@Suite struct CorpusStemmerTests {
    @Test func porter2Vectors() {
        let pairs: [(String, String)] = [
            ("consign", "consign"), ("consigned", "consign"), ("consigning", "consign"), ("consignment", "consign"),
            ("consist", "consist"), ("consisted", "consist"), ("consistency", "consist"), ("consistent", "consist"),
            ("consistently", "consist"), ("consisting", "consist"), ("consists", "consist"), ("consolation", "consol"),
            ("consolations", "consol"), ("consolatory", "consolatori"), ("console", "consol"), ("consoled", "consol"),
            ("consoles", "consol"), ("consolidate", "consolid"), ("consolidated", "consolid"), ("consolidating", "consolid"),
            ("consoling", "consol"), ("consolingly", "consol"), ("consols", "consol"), ("consonant", "conson"),
            ("consort", "consort"), ("consorted", "consort"), ("consorting", "consort"), ("conspicuous", "conspicu"),
            ("conspicuously", "conspicu"), ("conspiracy", "conspiraci"), ("conspirator", "conspir"),
            ("conspirators", "conspir"), ("conspire", "conspir"), ("conspired", "conspir"), ("conspiring", "conspir"),
            ("constable", "constabl"), ("constables", "constabl"), ("constance", "constanc"), ("constancy", "constanc"),
            ("constant", "constant"), ("knack", "knack"), ("knackeries", "knackeri"), ("knacks", "knack"),
            ("knag", "knag"), ("knave", "knave"), ("knaves", "knave"), ("knavish", "knavish"), ("kneaded", "knead"),
            ("kneading", "knead"), ("knee", "knee"), ("kneel", "kneel"), ("kneeled", "kneel"), ("kneeling", "kneel"),
            ("kneels", "kneel"), ("knees", "knee"), ("knell", "knell"), ("knelt", "knelt"), ("knew", "knew"),
            ("knick", "knick"), ("knif", "knif"), ("knife", "knife"), ("knight", "knight"), ("knightly", "knight"),
            ("knights", "knight"), ("knit", "knit"), ("knits", "knit"), ("knitted", "knit"), ("knitting", "knit"),
            ("knives", "knive"), ("knob", "knob"), ("knobs", "knob"), ("knock", "knock"), ("knocked", "knock"),
            ("knocker", "knocker"), ("knockers", "knocker"), ("knocking", "knock"), ("knocks", "knock"),
            ("generously", "generous"), ("skies", "sky"), ("dying", "die"), ("news", "news"), ("cried", "cri"),
            ("ties", "tie"), ("hopping", "hop"), ("hoped", "hope"), ("hostages", "hostag"), ("negotiations", "negoti"),
            ("ceasefire", "ceasefir"), ("humanitarian", "humanitarian"),
        ]
        for (w, s) in pairs { #expect(Stemmer.stem(w) == s, "\(w)") }
    }
}

@Suite struct CorpusSHA256Tests {
    @Test func knownVectors() {
        func hex(_ s: String) -> String { ContentHash.hex(ContentHash.digest(Array(s.utf8))) }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(ContentHash.hex(ContentHash.digest([UInt8](repeating: 0x61, count: 1_000_000)))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        var s = ContentHash.Hasher()
        s.update(Array("ab".utf8))
        s.update(Array("c".utf8))
        #expect(ContentHash.hex(s.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// The fingerprint's definition, pinned: SHA-256 over, per file in byte order of its relative path,
    /// the path's UTF-8, one 0x00 byte, and the 32-byte SHA-256 of the file's bytes. (Computed
    /// independently: `python3 -c` with hashlib over the same two files.)
    @Test func fingerprintIsPinned() {
        let files: [(path: String, bytes: [UInt8])] = [
            (path: "b/two.txt", bytes: Array("Second file.".utf8)), (path: "a.txt", bytes: Array("Hello world.".utf8)),
        ]
        #expect(Corpus.fingerprint(of: files) == "sha256:f35c91566af9eef7cddbb05d8927b28ce08c8e6f329d7fdfddfb6282de4ca685")
    }
}

@Suite struct CorpusTokenizerAbbreviationTests {
    @Test func hyphenatedAbbreviations() {
        let s = "Israel-U.S. ties and U.S.-led talks. Next."
        let t = Tokenizer.tokenize(s)
        let b = Array(s.utf8)
        let words = t.starts.indices.map { String(decoding: b[Int(t.starts[$0])..<Int(t.ends[$0])], as: UTF8.self) }
        #expect(words == ["Israel-U.S.", "ties", "and", "U.S.-led", "talks", "Next"])
        #expect(t.sentenceBytes.count == 2)
    }
}
