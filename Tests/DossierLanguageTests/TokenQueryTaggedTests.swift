import Testing
import DossierModel
import DossierTestSupport
@testable import DossierLanguage

/// Token queries over the tagger's lemmas and part-of-speech tags, checked against a plain scan of the
/// stored per-token annotations (`corpus.lemma(ofToken:)`, `corpus.pos(ofToken:)`).
@Suite struct TokenQueryTaggedTests {
    static let corpus = CorpusFixtures.seeds

    /// A small corpus with several forms of "say".
    static let sayings = Corpus.load(files: [
        (path: "a.txt", bytes: Array("The minister says talks will resume. Officials said nothing. Saying less, she says more.\n".utf8))
    ], name: "sayings")

    /// The matched tokens' texts, in order, each match's words joined with spaces.
    static func matched(_ query: String, in c: Corpus = corpus) throws -> [String] {
        let matcher = try TokenQueryMatcher(TokenQueryParser.parse(query), attributes: CorpusTokenAttributes(c))
        let m = try matcher.matches(inScope: [Bool](repeating: true, count: c.documents.count), withinDocument: false)
        return zip(m.starts, m.lengths).map { s, n in
            (Int(s)..<Int(s + n)).map { c.tokenText($0, in: c.document(ofToken: $0)) }.joined(separator: " ")
        }
    }

    static func failure(_ query: String, in c: Corpus = corpus) -> QueryError? {
        do {
            _ = try matched(query, in: c)
            return nil
        } catch let e as QueryError {
            return e
        } catch {
            return nil
        }
    }

    static func tokens(where keep: (Int) -> Bool, in c: Corpus = corpus) -> [String] {
        (0..<c.tokenCount).filter(keep).map { c.tokenText($0, in: c.document(ofToken: $0)) }
    }

    @Test func lemmaFindsInflectedForms() throws {
        let c = Self.corpus
        let said = try Self.matched(#"[lemma="say"]"#)
        #expect(said == Self.tokens { c.lemma(ofToken: $0) == "say" })
        #expect(said.contains("said"))
        #expect(try Self.matched(#"[lemma="SAY"]"#) == said)
        let forms = try Self.matched(#"[lemma="say"]"#, in: Self.sayings).map { $0.lowercased() }
        #expect(forms.filter { $0 == "says" }.count == 2)
        #expect(forms.contains("said"))
        #expect(try Self.matched(#"[lemma="zzzunknown"]"#).isEmpty)
        #expect(try Self.matched(#"[lemma!="zzzunknown"]"#).count == c.tokenCount)
    }

    @Test func partOfSpeechFindsProperNouns() throws {
        let c = Self.corpus
        let proper = try Self.matched(#"[pos="PROPN"]"#)
        #expect(proper == Self.tokens { c.pos(ofToken: $0) == .propn })
        #expect(proper.contains("Netanyahu"))
        #expect(proper.contains("Gaza"))
        #expect(try Self.matched(#"[pos="propn"]"#) == proper)
        let notPunct = try Self.matched(#"[pos!="PUNCT"]"#)
        #expect(notPunct.count == c.tokenCount - Self.tokens { c.pos(ofToken: $0) == .punct }.count)
    }

    @Test func sequencesCombineTagsAndLemmas() throws {
        let c = Self.corpus
        var expected: [String] = []
        var k = 0
        while k + 1 < c.tokenCount {
            if c.pos(ofToken: k) == .adj, c.lemma(ofToken: k + 1) == "official", c.sentence(ofToken: k) == c.sentence(ofToken: k + 1) {
                expected.append(c.tokenText(k, in: c.document(ofToken: k)) + " " + c.tokenText(k + 1, in: c.document(ofToken: k + 1)))
                k += 2
            } else {
                k += 1
            }
        }
        #expect(!expected.isEmpty)
        #expect(try Self.matched(#"[pos="ADJ"] [lemma="official"]"#) == expected)
        #expect(try Self.matched(#"[pos="ADJ" & lemma!="israeli"] [pos="NOUN"]"#).allSatisfy { !$0.lowercased().hasPrefix("israeli ") })
    }

    @Test func regexAttributesMatchWholeValues() throws {
        let c = Self.corpus
        #expect(try Self.matched(#"[lemma=r"say|tell"]"#) == Self.tokens { ["say", "tell"].contains(c.lemma(ofToken: $0)) })
        #expect(try Self.matched(#"[lemma=r"offici.*"]"#) == Self.tokens { c.lemma(ofToken: $0).hasPrefix("offici") })
        let nouns = try Self.matched(#"[pos=r"N.*|PROPN"]"#)
        #expect(nouns == Self.tokens { [.noun, .num, .propn].contains(c.pos(ofToken: $0)) })
        #expect(!nouns.isEmpty)
        // The same regex twice shares one cache slot and gives the same answer.
        let twice = try Self.matched(#"[lemma=r"offici.*" & lower=r"offici.*"]"#)
        #expect(twice == Self.tokens { c.lemma(ofToken: $0).hasPrefix("offici") && Lexicon.fold(c.tokenText($0, in: c.document(ofToken: $0))).hasPrefix("offici") })
    }

    @Test func unknownTagNamesPointAtTheTest() {
        let e = Self.failure(#"[lower="the"] [pos="PORPN"]"#)
        #expect(e?.offset == 15)
        #expect(e?.message.hasPrefix("unknown part of speech 'PORPN': did you mean 'PROPN'? tags are ADJ ADP") == true)
        #expect(Self.failure(#"[pos="QQQQQQQ"]"#)?.message.contains("did you mean") == false)
        #expect(Self.failure(#"[pos=r"("]"#)?.message.hasPrefix("invalid regex") == true)
    }

    @Test func missingTagsAreDiagnostics() {
        let empty = Self.failure(#"[pos="NOUN"]"#, in: .empty)
        #expect(empty?.message == "this corpus is empty: it has no part-of-speech tags")
        #expect(empty?.offset == 1)
        #expect(Self.failure(#"[lemma="say"]"#, in: .empty)?.message == "this corpus is empty: it has no lemmas")
        var untagged = Self.corpus
        untagged.tokenPOS = []
        untagged.tokenLemma = []
        let e = Self.failure(#"[lemma="cut"] [pos="NOUN"]"#, in: untagged)
        #expect(e?.message == "this corpus model has no lemmas")
        #expect(e?.offset == 1)
        #expect(Self.failure(#"[lower="cut"] [pos="NOUN"]"#, in: untagged)?.message == "this corpus model has no part-of-speech tags")
        #expect(Self.failure(#"[lower="cut"] [pos="NOUN"]"#, in: untagged)?.offset == 15)
        #expect(Self.failure(#"[lower="gaza"]"#, in: untagged) == nil)
    }

    @Test func regexTestsAreBounded() {
        let many = (0...TokenQueryMatcher.maximumRegexTests).map { #"lower=r"a\#($0).*""# }.joined(separator: " | ")
        #expect(Self.failure("[\(many)]")?.message == "a token query has at most \(TokenQueryMatcher.maximumRegexTests) regex tests")
        let repeated = (0...TokenQueryMatcher.maximumRegexTests).map { _ in #"lower=r"a.*""# }.joined(separator: " | ")
        #expect(Self.failure("[\(repeated)]") == nil)
    }
}
