import Foundation
import Testing
import DossierTestSupport
@testable import DossierModel

@Suite struct CorpusIngestTests {
    func tempDir() -> String {
        let dir = NSTemporaryDirectory() + "dossier-ingest-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        return dir
    }

    @Test func folderWithBadFiles() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        _ = fm.createFile(atPath: dir + "/good.txt", contents: Data("date 2024-01-02\nThe U.S. acted. Gaza's leaders met.".utf8))
        _ = fm.createFile(atPath: dir + "/sub/front.md", contents: Data("---\ntitle: A Title\nsource: Wire\ndate: 2024-02-03\n---\nBody text here.".utf8))
        _ = fm.createFile(atPath: dir + "/binary.txt", contents: Data([0x41, 0x00, 0x42, 0x43]))
        _ = fm.createFile(atPath: dir + "/empty.txt", contents: Data())
        _ = fm.createFile(atPath: dir + "/latin.txt", contents: Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x2E]))
        _ = fm.createFile(atPath: dir + "/ignored.bin", contents: Data([1, 2, 3]))
        let c = try Corpus.load(path: dir, cacheDirectory: nil)
        #expect(c.documents.map(\.id) == ["good", "latin", "sub/front"])
        #expect(c.documents[0].date == Day(iso: "2024-01-02"))
        #expect(c.documents[0].text == "The U.S. acted. Gaza's leaders met.")
        #expect(c.documents[0].sentences.count == 2)
        #expect(c.documents[1].text == "Café open.")
        #expect(c.documents[2].title == "A Title")
        #expect(c.documents[2].date == Day(iso: "2024-02-03"))
        #expect(c.documents[2].metadataValue("source") == "Wire")
        #expect(c.warnings.contains("skipped binary file binary.txt"))
        #expect(c.warnings.contains("skipped empty file empty.txt"))
        #expect(c.warnings.contains { $0.contains("latin.txt") && $0.contains("repaired") })
        #expect(c.fingerprint.hasPrefix("sha256:") && c.fingerprint.count == 71)
        // The same bytes give the same fingerprint; a changed byte changes it.
        let again = try Corpus.load(path: dir, cacheDirectory: nil)
        #expect(again.fingerprint == c.fingerprint)
        _ = fm.createFile(atPath: dir + "/good.txt", contents: Data("date 2024-01-02\nThe U.S. acted!".utf8))
        #expect(try Corpus.load(path: dir, cacheDirectory: nil).fingerprint != c.fingerprint)
    }

    @Test func missingPathIsAnError() {
        #expect(throws: CorpusError.missingPath("/no/such/dossier/path")) { try Corpus.load(path: "/no/such/dossier/path", cacheDirectory: nil) }
    }

    @Test func singleFileAndProgress() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/one.txt"
        _ = FileManager.default.createFile(atPath: path, contents: Data("Hello world. Bye.".utf8))
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var last: LoadProgress?
        }
        let seen = Seen()
        let c = try Corpus.load(path: path, cacheDirectory: nil) { p in
            seen.lock.lock()
            seen.last = p
            seen.lock.unlock()
        }
        #expect(seen.last == LoadProgress(filesDone: 1, filesTotal: 1, bytesDone: 17, bytesTotal: 17))
        #expect(c.documents.map(\.id) == ["one"])
        #expect(c.fingerprint == Corpus.fingerprint(of: [(path: "one.txt", bytes: Array("Hello world. Bye.".utf8))]))
        #expect(c.fingerprint == Corpus.load(files: [(path: "one.txt", bytes: Array("Hello world. Bye.".utf8))]).fingerprint)
        #expect(c.documents[0].title == "Hello world.")
    }

    @Test func jsonlJsonAndCsv() {
        let jsonl = """
            {"id": "a1", "title": "First", "date": "2024-03-01T10:00:00Z", "source": "AP", "url": "http://x", "text": "Gantz flew. He met Blinken."}
            {"body": "No id here.", "section": "world"}
            not json
            """
        let json = #"[{"id": "j1", "content": "From JSON.", "tags": ["a", "b"]}]"#
        let csv = "id,title,text,source\nc1,\"Quoted, title\",\"He said \"\"yes\"\".\nNew line.\",Reuters\n,,Second row.,AFP\n"
        let c = Corpus.load(files: [
            (path: "feed.jsonl", bytes: Array(jsonl.utf8)), (path: "more.json", bytes: Array(json.utf8)),
            (path: "table.csv", bytes: Array(csv.utf8)),
        ])
        #expect(c.documents.map(\.id) == ["a1", "c1", "feed/row2", "j1", "table/row2"])
        let a1 = c.documents[0]
        #expect(a1.title == "First")
        #expect(a1.date == Day(iso: "2024-03-01"))
        #expect(a1.metadata.map(\.name) == ["source", "url"])
        #expect(a1.sentences.count == 2)
        let c1 = c.documents[1]
        #expect(c1.title == "Quoted, title")
        #expect(c1.text == "He said \"yes\".\nNew line.")
        #expect(c1.metadataValue("source") == "Reuters")
        #expect(c.documents[2].metadataValue("section") == "world")
        #expect(c.documents[3].metadataValue("tags") == "a; b")
        #expect(c.warnings.contains { $0.contains("line 3") && $0.contains("feed.jsonl") })
        #expect(c.metadataNames.contains("source"))
    }

    @Test func utf8Validation() {
        let cases: [[UInt8]] = [
            Array("plain".utf8), Array("Café – “x” 😀".utf8), [0xC3, 0x28], [0xE9], [0xC0, 0xAF], [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98, 0x80],
        ]
        for bytes in cases {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer { DocumentParser.isValidUTF8($0) } == expected, "\(bytes)")
        }
    }

    @Test func csvParserFollowsRFC4180() {
        #expect(CSV.parse("a,b\n\"x,1\",\"y\"\"z\"\n") == [["a", "b"], ["x,1", "y\"z"]])
        #expect(CSV.parse("a,b\n1,") == [["a", "b"], ["1", ""]])
    }
}

@Suite struct CorpusLineEndingTests {
    @Test func crlfAndBOMAreNormalised() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("date 2024-05-06\r\nHeadline Here\r\n\r\nFirst line. Second line.\r\n".utf8)
        let c = Corpus.load(files: [(path: "a/b.md", bytes: bytes)])
        #expect(c.documents.first?.id == "a/b")
        #expect(c.documents.first?.date == Day(iso: "2024-05-06"))
        #expect(c.documents.first?.text == "Headline Here\n\nFirst line. Second line.")
        #expect(c.documents.first?.sentences.count == 3)
        #expect(c.documents.first?.title == "Headline Here")
    }
}
