import Testing
import DossierModel
import DossierExtraction
import DossierTestSupport
@testable import DossierLanguage

/// Token-query hit counts on the seeds against a plain scan of the same tokens (their folded text and
/// the sentence boundaries), with the matcher's semantics: leftmost, greedy, non-overlapping, in a sentence.
@Suite struct TokenQueryTests {
    static let corpus = CorpusFixtures.seeds

    /// Folded text and sentence number of every token.
    static let plain: (lower: [String], word: [String], sentence: [Int]) = {
        let c = corpus
        var lower: [String] = [], word: [String] = [], sentence: [Int] = []
        for k in 0..<c.tokenCount {
            let text = c.tokenText(k, in: c.document(ofToken: k))
            word.append(text)
            lower.append(Lexicon.fold(text))
            sentence.append(c.sentence(ofToken: k))
        }
        return (lower, word, sentence)
    }()

    static func hits(_ query: String, withinDocument: Bool = false) throws -> Int {
        let q = try TokenQueryParser.parse(query)
        let matcher = try TokenQueryMatcher(q, attributes: CorpusTokenAttributes(corpus))
        return try matcher.matches(inScope: [Bool](repeating: true, count: corpus.documents.count), withinDocument: withinDocument).starts.count
    }

    /// Scans left to right: at each token, the furthest end `match` accepts (nil: none), then resumes there.
    static func scan(_ match: (Int) -> Int?) -> Int {
        var n = 0, k = 0
        while k < plain.lower.count {
            if let end = match(k) { n += 1; k = end } else { k += 1 }
        }
        return n
    }

    static func sameSentence(_ a: Int, _ b: Int) -> Bool { b < plain.sentence.count && plain.sentence[a] == plain.sentence[b] }

    @Test func singleTokenTests() throws {
        let lower = Self.plain.lower, word = Self.plain.word
        #expect(try Self.hits(#"[lower="gaza"]"#) == lower.filter { $0 == "gaza" }.count)
        #expect(try Self.hits(#""Hamas""#) == lower.filter { $0 == "hamas" }.count)
        #expect(try Self.hits(#"[word="Gaza"]"#) == word.filter { $0 == "Gaza" }.count)
        #expect(try Self.hits(#"[lower=r"gaz.*"]"#) == lower.filter { $0.hasPrefix("gaz") }.count)
        #expect(try Self.hits(#"[lower="gaza" & !word="Gaza"]"#) == zip(lower, word).filter { $0 == "gaza" && $1 != "Gaza" }.count)
        #expect(try Self.hits(#"[lower="israel" | lower="hamas"]"#) == lower.filter { $0 == "israel" || $0 == "hamas" }.count)
        #expect(try Self.hits(#"[lower="said"]"#) == lower.filter { $0 == "said" }.count)
        #expect(try Self.hits(#"[lower="gaza"]"#) > 0)
    }

    @Test func sequencesStayInASentence() throws {
        let lower = Self.plain.lower
        let expected = Self.scan { k in
            k + 2 < lower.count && lower[k] == "the" && lower[k + 2] == "of" && Self.sameSentence(k, k + 2) ? k + 3 : nil
        }
        #expect(expected > 0)
        #expect(try Self.hits(#"[lower="the"] [] [lower="of"]"#) == expected)
        #expect(try Self.hits(#""the" [] "of""#) == expected)
    }

    @Test func gapsAreGreedy() throws {
        let lower = Self.plain.lower
        let expected = Self.scan { k in
            guard lower[k] == "israel" else { return nil }
            var best: Int?
            for j in (k + 1)...(k + 4) where j < lower.count && Self.sameSentence(k, j) && lower[j] == "hamas" { best = j + 1 }
            return best
        }
        #expect(expected > 0)
        #expect(try Self.hits(#""israel" []{0,3} "hamas""#) == expected)
    }

    @Test func withinDocumentCrossesSentences() throws {
        let lower = Self.plain.lower
        let c = Self.corpus
        let expected = Self.scan { k in
            k + 1 < lower.count && lower[k + 1] == "the" && c.document(ofToken: k) == c.document(ofToken: k + 1) ? k + 2 : nil
        }
        let inSentence = try Self.hits(#"[] "the""#)
        let inDocument = try Self.hits(#"[] "the""#, withinDocument: true)
        #expect(expected > 0)
        #expect(inDocument == expected)
        #expect(inSentence < inDocument)
    }

    @Test func badQueriesPointInside() {
        func offset(_ q: String) -> Int? {
            do { _ = try TokenQueryParser.parse(q); return nil } catch { return error.offset }
        }
        #expect(offset(#"[lemma="cut""#) == 12)
        #expect(offset(#"[lema="cut"]"#) == 1)
        #expect(offset(#"[]{3,1}"#) == 2)
        #expect(offset(#"[]*"#) == 0)
        #expect(offset(#"[lower=cut]"#) == 7)
    }
}
