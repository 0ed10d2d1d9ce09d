import Foundation
import Testing
import DossierTestSupport
@testable import DossierModel

/// Hard-wrapped wire text: paragraphs, datelines, sign-offs and tables.
@Suite struct CorpusLayoutTests {
    static let wire: Corpus = {
        let dir = CorpusFixtures.repoRoot.appendingPathComponent("Tests/Fixtures/wire").path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }
        let files = names.map { (path: $0, bytes: [UInt8](FileManager.default.contents(atPath: dir + "/" + $0) ?? Data())) }
        return Corpus.load(files: files, name: "wire")
    }()

    func sentences(_ s: String) -> [String] {
        let t = Tokenizer.tokenize(s)
        let b = Array(s.utf8)
        return t.sentenceBytes.map { String(decoding: b[$0], as: UTF8.self) }
    }

    @Test func wrappedLinesJoinIntoSentences() {
        let text = "    The company said it\nexpects profit to rise\nsharply this year.\n    It gave no figures\nfor the quarter.\n"
        let t = Tokenizer.tokenize(text)
        #expect(t.sentenceBytes.count == 2)
        #expect(t.sentenceFlags.map { $0 & SentenceFlags.paragraphStart } == [1, 1])
        #expect(sentences(text)[0] == "The company said it\nexpects profit to rise\nsharply this year.")
    }

    @Test func unwrappedLinesStayParagraphs() {
        #expect(sentences("Measles Cases Rise in Texas\nAUSTIN, Texas — Health officials reported 42 cases on Thursday in a long line of text that is not wrapped at all.").count == 3)
        #expect(sentences("One.\nTwo.\nThree.") == ["One.", "Two.", "Three."])
    }

    @Test func datelinesAreTheirOwnFlaggedSentence() {
        for (text, dateline) in [
            ("TOKYO, Feb 27 - Prices rose.", "TOKYO, Feb 27 -"),
            ("LONDON (Reuters) - Prices rose.", "LONDON (Reuters) -"),
            ("COMMACK, N.Y., Feb 26 - Prices rose.", "COMMACK, N.Y., Feb 26 -"),
            ("AUSTIN, Texas — Health officials met.", "AUSTIN, Texas —"),
        ] {
            let t = Tokenizer.tokenize(text)
            let s = sentences(text)
            #expect(s.first == dateline, "\(text)")
            #expect(s.count == 2)
            #expect(t.sentenceFlags.first.map { $0 & SentenceFlags.dateline != 0 } == true)
            #expect(t.flags.first.map { $0 & Tokenizer.dateline != 0 } == true)
            #expect(t.flags.last.map { $0 & Tokenizer.dateline == 0 } == true)
        }
        #expect(Tokenizer.tokenize("NATO officials said on Monday - in a statement - that.").sentenceFlags.first == SentenceFlags.paragraphStart)
        #expect(Tokenizer.tokenize("US says no.").sentenceFlags.first == SentenceFlags.paragraphStart)
    }

    @Test func wireCorpusHasWholeSentencesAndMarkedBoilerplate() throws {
        let c = Self.wire
        let doc = try #require(c.documents.first { $0.id == "wire-001" })
        let texts = doc.sentences.map { doc.text.utf8Slice($0) }
        #expect(texts.count == 5, "\(texts)")
        #expect(doc.sentenceFlags[0] & SentenceFlags.dateline != 0)
        #expect(texts[2].hasPrefix("\"We are very confident") && texts[2].hasSuffix("news conference in Tokyo."))
        #expect(texts[4] == "Reuter")
        #expect(doc.sentenceFlags[4] & SentenceFlags.boilerplate != 0)
        for s in 1..<4 { #expect(doc.sentenceFlags[s] & SentenceFlags.notText == 0) }
        let table = try #require(c.documents.first { $0.id == "wire-003" })
        let tableLines = table.sentenceFlags.filter { $0 & SentenceFlags.table != 0 }.count
        #expect(tableLines == 4)
        // Sentences of running text are of normal length, not one line each.
        var words = 0, count = 0
        for d in c.documents {
            for (s, f) in d.sentenceFlags.enumerated() where f & SentenceFlags.notText == 0 {
                words += d.text.utf8Slice(d.sentences[s]).split { $0 == " " || $0 == "\n" }.count
                count += 1
            }
        }
        #expect(count > 0 && words / count >= 15, "\(words) words in \(count) sentences")
    }

    @Test func flagsSurviveTheCache() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-layout-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let c = Self.wire
        CorpusCache.write(c, directory: dir)
        let fresh = c.documents.map { CorpusDocument(id: $0.id, title: $0.title, date: $0.date, metadata: $0.metadata, text: $0.text) }
        let cached = try #require(CorpusCache.read(directory: dir, fingerprint: c.fingerprint, documents: fresh))
        #expect(cached.analysis.tokenFlags == c.tokenFlags)
        #expect(cached.documents.map(\.sentenceFlags) == c.documents.map(\.sentenceFlags))
    }
}
