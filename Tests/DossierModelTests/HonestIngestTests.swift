import Foundation
import Testing
import DossierTestSupport
@testable import DossierModel

/// Issue 11's ingest reproducers: text is repaired honestly and nothing is skipped in silence.
@Suite struct HonestIngestTests {
    func tempDir() -> String {
        let dir = NSTemporaryDirectory() + "dossier-honest-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func oneBadByteInJSONLinesRepairsOnlyThatSequence() {
        var bytes = Array(#"{"id": "a", "text": "café au lait"}"#.utf8) + [0x0A]
        bytes += Array(#"{"id": "b", "text": "bad "#.utf8) + [0xFF] + Array(#" byte"}"#.utf8) + [0x0A]
        bytes += Array(#"{"id": "c", "text": "naïve “quotes”"}"#.utf8) + [0x0A]
        let c = Corpus.load(files: [(path: "feed.jsonl", bytes: bytes)])
        #expect(c.documents.map(\.text) == ["café au lait", "bad \u{FFFD} byte", "naïve “quotes”"])
        let warning = c.warnings.first { $0.contains("feed.jsonl") }
        #expect(warning?.contains("line 2") == true)
        #expect(warning?.contains("1 invalid UTF-8 sequence") == true)
    }

    @Test func repairIsPerMaximalSubpart() {
        // "a" + truncated 3-byte sequence + "b" + lone continuation + "é": two replacements.
        let decoded = TextDecoding.repairUTF8([0x61, 0xE2, 0x82, 0x62, 0x80, 0xC3, 0xA9])
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == "a\u{FFFD}b\u{FFFD}é")
        #expect(decoded.note?.contains("2 invalid UTF-8 sequences") == true)
        // Valid text is left exactly as it was.
        let valid = Array("plain – “ok” 😀".utf8)
        #expect(TextDecoding.repairUTF8(valid).bytes == valid)
        #expect(TextDecoding.repairUTF8(valid).note == nil)
        // A legacy 8-bit file (no UTF-8 sequence at all) is still read as Windows-1252.
        let legacy = TextDecoding.repairUTF8([0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x78, 0x94])
        #expect(String(decoding: legacy.bytes, as: UTF8.self) == "Café “x”")
    }

    @Test func unbalancedCSVQuoteIsWarnedAndRowsSurvive() {
        let csv = "id,text\nr1,\"unbalanced start\nr2,second row\nr3,third \"row\"\nr4,\"ok, quoted\"\n"
        let c = Corpus.load(files: [(path: "t.csv", bytes: Array(csv.utf8))])
        #expect(c.documents.map(\.id) == ["r1", "r2", "r3", "r4"])
        #expect(c.documents.first { $0.id == "r4" }?.text == "ok, quoted")
        #expect(c.warnings.contains { $0.contains("t.csv line 2") && $0.contains("unbalanced quote") })
        let table = CSV.read("a,b\n\"x\ny\",2\n")
        #expect(table.rows == [["a", "b"], ["x\ny", "2"]])
        #expect(table.unbalancedLines.isEmpty)
        #expect(CSV.read("a\n\"never closed\nb\n").unbalancedLines == [2])
    }

    @Test func utf16AndUtf32WithABOMAreDecoded() {
        let text = "Grüße from Zürich. Second sentence."
        let le16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be16: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let le32: [UInt8] = [0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { s in (0..<4).map { UInt8((s.value >> (8 * $0)) & 0xFF) } }
        let be32: [UInt8] = [0, 0, 0xFE, 0xFF] + text.unicodeScalars.flatMap { s in (0..<4).reversed().map { UInt8((s.value >> (8 * $0)) & 0xFF) } }
        let c = Corpus.load(files: [
            (path: "a.txt", bytes: le16), (path: "b.txt", bytes: be16), (path: "c.txt", bytes: le32), (path: "d.txt", bytes: be32),
        ])
        #expect(c.documents.map(\.text) == [text, text, text, text])
        #expect(c.warnings.filter { $0.contains("decoded from UTF-") }.count == 4)
    }

    /// `rm -rf`, which removes paths deeper than the system opens (FileManager does not).
    func removeDeep(_ dir: String) {
        let rm = Process()
        rm.executableURL = URL(fileURLWithPath: "/bin/rm")
        rm.arguments = ["-rf", dir]
        try? rm.run()
        rm.waitUntilExit()
    }

    @Test func everyFileNotLoadedIsNamed() throws {
        let dir = tempDir()
        defer { removeDeep(dir) }
        let fm = FileManager.default
        _ = fm.createFile(atPath: dir + "/good.txt", contents: Data("A good document.".utf8))
        _ = fm.createFile(atPath: dir + "/numbers.json", contents: Data("[1, 2, 3]".utf8))
        _ = fm.createFile(atPath: dir + "/notes.pdf", contents: Data("x".utf8))
        try fm.createSymbolicLink(atPath: dir + "/dangling.txt", withDestinationPath: dir + "/missing.txt")
        // A name that is not UTF-8.
        let bad = dir.utf8CString.dropLast().map { UInt8(bitPattern: $0) } + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let fd = bad.withUnsafeBufferPointer { p in p.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
        #expect(fd >= 0)
        close(fd)
        // A path longer than the system opens.
        var fdDeep = open(dir, O_DIRECTORY | O_RDONLY)
        var depth = dir.utf8.count
        while depth < 4200, fdDeep >= 0 {
            let part = String(repeating: "d", count: 200)
            _ = mkdirat(fdDeep, part, 0o755)
            let next = openat(fdDeep, part, O_DIRECTORY | O_RDONLY)
            close(fdDeep)
            fdDeep = next
            depth += 201
        }
        if fdDeep >= 0 { close(fdDeep) }
        let c = try Corpus.load(path: dir, cacheDirectory: nil)
        #expect(c.documents.map(\.id) == ["good"])
        #expect(c.warnings.contains { $0.contains("dangling.txt") && $0.contains("dangling") })
        #expect(c.warnings.contains { $0.contains("caf\\xE9.txt") && $0.contains("not UTF-8") })
        #expect(c.warnings.contains { $0.contains("numbers.json") && $0.contains("no JSON objects") })
        #expect(c.warnings.contains { $0.contains("notes.pdf") })
        #expect(c.warnings.contains { $0.contains("longer than 4095 bytes") })
    }

    @Test func aCorpusWithNoDocumentsIsAnError() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/empty.txt", contents: Data())
        #expect {
            try Corpus.load(path: dir, cacheDirectory: nil)
        } throws: { error in
            guard case CorpusError.noDocuments(_, let warnings) = error else { return false }
            return warnings.contains { $0.contains("empty.txt") }
        }
        let none = tempDir()
        defer { try? FileManager.default.removeItem(atPath: none) }
        #expect(throws: CorpusError.self) { try Corpus.load(path: none, cacheDirectory: nil) }
    }
}
