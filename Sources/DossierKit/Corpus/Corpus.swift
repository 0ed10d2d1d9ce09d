import Foundation

/// One document of the corpus. (Placeholder API: owned by the corpus engine work.)
public struct CorpusDocument: Sendable {
    /// The file's path in the corpus without extension.
    public var id: String
    public var title: String
    public var date: Day?
    /// Further metadata (source, url, ...), in a stable order.
    public var metadata: [(name: String, value: String)]
    /// The body text (front matter and date line removed).
    public var text: String
    /// Sentence spans as UTF-8 byte offsets into `text`.
    public var sentences: [Range<Int>]
    public var wordCount: Int

    public func sentenceText(_ i: Int) -> String {
        let utf8 = Array(text.utf8)
        let r = sentences[i]
        return String(decoding: utf8[r], as: UTF8.self)
    }
}

/// The analysed corpus. (Placeholder: owned by the corpus engine work.)
public struct Corpus: Sendable {
    public var name: String
    public var documents: [CorpusDocument]
    public var warnings: [String]
    public var fingerprint: String

    public init(name: String, documents: [CorpusDocument], warnings: [String] = [], fingerprint: String = "") {
        self.name = name
        self.documents = documents.sorted { $0.id < $1.id }
        self.warnings = warnings
        self.fingerprint = fingerprint
    }

    public static let empty = Corpus(name: "empty", documents: [])

    public var wordCount: Int { documents.reduce(0) { $0 + $1.wordCount } }

    /// Loads a folder of .txt files (placeholder ingest).
    public static func load(path: String) throws -> Corpus {
        let url = URL(fileURLWithPath: path)
        let files = (try FileManager.default.contentsOfDirectory(atPath: path)).filter { $0.hasSuffix(".txt") }.sorted()
        var docs: [CorpusDocument] = []
        for f in files {
            var text = (try? String(contentsOf: url.appendingPathComponent(f), encoding: .utf8)) ?? ""
            var date: Day?
            let trimmed = text.drop { $0 == " " }
            if trimmed.hasPrefix("date "), let d = Day(iso: trimmed.dropFirst(5).prefix(10)) {
                date = d
                text = String(trimmed.dropFirst(15)).trimmingCharacters(in: .whitespaces)
            }
            var sentences: [Range<Int>] = []
            let bytes = Array(text.utf8)
            var start = 0
            for i in bytes.indices where bytes[i] == UInt8(ascii: ".") || bytes[i] == 10 {
                if i + 1 > start { sentences.append(start..<(i + 1)) }
                start = i + 1
            }
            if start < bytes.count { sentences.append(start..<bytes.count) }
            let words = text.split { $0 == " " || $0 == "\n" }.count
            let title = String(text.prefix(60))
            docs.append(CorpusDocument(
                id: String(f.dropLast(4)), title: title, date: date, metadata: [], text: text,
                sentences: sentences, wordCount: words))
        }
        return Corpus(name: url.lastPathComponent, documents: docs)
    }
}
