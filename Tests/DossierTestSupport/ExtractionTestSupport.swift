import Foundation
import DossierModel
import DossierExtraction

/// Test helpers: a reasonable sentence splitter and loaders for the seeds and fixtures.
public enum ExtractionTestSupport {
    public static var repoRoot: URL { CorpusFixtures.repoRoot }

    public static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof", "St", "Jr", "Sr", "Jan", "Feb",
        "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Inc", "Corp", "Co", "vs",
    ]

    /// Splits at . ! ? (after closing quotes) followed by space, unless after an abbreviation or
    /// a dotted acronym before a lowercase word; every line is at least one sentence.
    public static func sentences(_ text: String) -> [Range<Int>] {
        let b = Array(text.utf8)
        var out: [Range<Int>] = []
        var start = 0
        func push(_ end: Int) {
            var lo = start, hi = end
            while lo < hi, b[lo] == 0x20 || b[lo] == 0x0A || b[lo] == 0x09 { lo += 1 }
            while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x0A || b[hi - 1] == 0x09 { hi -= 1 }
            if hi > lo { out.append(lo..<hi) }
            start = end
        }
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == 0x0A { push(i); i += 1; continue }
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
                var j = i + 1
                // closing quotes
                while j < b.count {
                    if b[j] == 0x22 || b[j] == 0x27 { j += 1; continue }
                    if j + 2 < b.count, b[j] == 0xE2, b[j + 1] == 0x80, b[j + 2] == 0x9D || b[j + 2] == 0x99 { j += 3; continue }
                    break
                }
                guard j >= b.count || b[j] == 0x20 || b[j] == 0x0A else { i += 1; continue }
                if c == UInt8(ascii: ".") {
                    // word before the dot
                    var w = i
                    while w > 0, b[w - 1] != 0x20, b[w - 1] != 0x0A { w -= 1 }
                    let word = String(decoding: b[w..<i], as: UTF8.self)
                    var k = j
                    while k < b.count, b[k] == 0x20 { k += 1 }
                    let nextLower = k < b.count && b[k] >= UInt8(ascii: "a") && b[k] <= UInt8(ascii: "z")
                    if abbreviations.contains(word) { i += 1; continue }
                    // a middle initial ("Lloyd J. Austin")
                    if word.count == 1, let f = word.unicodeScalars.first, f.properties.isUppercase, w >= 2,
                        b[w - 2] >= UInt8(ascii: "a"), b[w - 2] <= UInt8(ascii: "z")
                    {
                        // only after a capitalised word: look back to its first letter
                        var v = w - 1
                        while v > 0, b[v - 1] != 0x20, b[v - 1] != 0x0A { v -= 1 }
                        if b[v] >= UInt8(ascii: "A"), b[v] <= UInt8(ascii: "Z") { i += 1; continue }
                    }
                    if word.count >= 2, word.count <= 4, word.contains("."), nextLower || true {
                        // U.S. / U.N.: ends a sentence only before a capitalised word that starts a new clause
                        if nextLower { i += 1; continue }
                        if k < b.count, b[k] >= UInt8(ascii: "A"), b[k] <= UInt8(ascii: "Z") {
                            // heuristic: an acronym followed by a capitalised name continues the sentence
                            let rest = String(decoding: b[k..<min(b.count, k + 12)], as: UTF8.self)
                            let nextWord = rest.split(separator: " ").first.map(String.init) ?? ""
                            if !["The", "A", "In", "It", "He", "She", "They", "This", "But", "And"].contains(nextWord) { i += 1; continue }
                        }
                    }
                    if nextLower { i += 1; continue }
                }
                push(j)
                i = j
                continue
            }
            i += 1
        }
        push(b.count)
        return out
    }

    /// A document from raw file text: a leading ` date YYYY-MM-DD` is metadata.
    public static func document(id: String, fileText: String) -> CorpusDocument {
        var text = fileText
        var date: Day?
        let trimmed = text.drop { $0 == " " }
        if trimmed.hasPrefix("date "), let d = Day(iso: trimmed.dropFirst(5).prefix(10)) {
            date = d
            text = String(trimmed.dropFirst(15)).trimmingCharacters(in: .whitespaces)
        }
        return CorpusDocument(
            id: id, title: String(text.prefix(60)), date: date, metadata: [], text: text, sentences: sentences(text),
            wordCount: text.split { $0 == " " || $0 == "\n" }.count)
    }

    public static func load(folder: URL) -> Corpus {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        let docs = files.map { f in
            document(id: String(f.dropLast(4)), fileText: (try? String(contentsOf: folder.appendingPathComponent(f), encoding: .utf8)) ?? "")
        }
        return Corpus(name: folder.lastPathComponent, documents: docs)
    }

    public static var seeds: Corpus { load(folder: URL(fileURLWithPath: CorpusFixtures.seedsPath)) }
}
