import Foundation

/// Turns one file's bytes into documents: text files with front matter and a date line, JSON, JSON Lines, CSV.
enum DocumentParser {
    struct Output: Sendable {
        var documents: [CorpusDocument] = []
        var warnings: [String] = []
    }

    static let textExtensions: Set<String> = ["txt", "md", "markdown", "text"]
    static let recordExtensions: Set<String> = ["jsonl", "ndjson", "json", "csv"]
    static var allExtensions: Set<String> { textExtensions.union(recordExtensions) }
    static let textFields = ["text", "body", "content"]

    /// Parses a file given by its path relative to the corpus root.
    static func parse(relativePath: String, bytes: [UInt8]) -> Output {
        var out = Output()
        let ext = (relativePath as NSString).pathExtension.lowercased()
        let base = (relativePath as NSString).deletingPathExtension
        // UTF-16 and UTF-32 (with a byte-order mark) first: their text holds NUL bytes.
        let wide = TextDecoding.decodeWide(bytes)
        if let note = wide?.note { out.warnings.append("\(relativePath): \(note)") }
        let bytes = wide?.bytes ?? bytes
        // One pass: NUL bytes (binary), anything but whitespace (empty), carriage returns.
        var hasNUL = false, hasContent = false, hasCR = false
        bytes.withUnsafeBufferPointer { p in
            for c in p {
                if c <= 0x20 {
                    if c == 0 { hasNUL = true; break }
                    if c == 0x0D { hasCR = true } else if c != 0x20 && c != 0x0A && c != 0x09 { hasContent = true }
                } else {
                    hasContent = true
                }
            }
        }
        if hasNUL {
            out.warnings.append("skipped binary file \(relativePath)")
            return out
        }
        if !hasContent {
            out.warnings.append("skipped empty file \(relativePath)")
            return out
        }
        let decoded = TextDecoding.repairUTF8(bytes)
        var b = decoded.bytes
        if let note = decoded.note { out.warnings.append("\(relativePath): \(note)") }
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { b.removeFirst(3) }
        if hasCR {
            var n: [UInt8] = []
            n.reserveCapacity(b.count)
            for (i, c) in b.enumerated() {
                if c == 0x0D {
                    if i + 1 < b.count, b[i + 1] == 0x0A { continue }
                    n.append(0x0A)
                } else {
                    n.append(c)
                }
            }
            b = n
        }
        if textExtensions.contains(ext) || !recordExtensions.contains(ext) {
            out.documents.append(parseText(b, id: base))
            return out
        }
        let text = String(decoding: b, as: UTF8.self)
        switch ext {
        case "jsonl", "ndjson":
            var row = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                row += 1
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { continue }
                guard let obj = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
                    out.warnings.append("skipped invalid JSON on line \(row) of \(relativePath)")
                    continue
                }
                addRecord(obj.mapValues(jsonString), order: nil, base: base, row: row, path: relativePath, into: &out)
            }
        case "json":
            guard let obj = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else {
                out.warnings.append("skipped invalid JSON file \(relativePath)")
                return out
            }
            var items: [[String: Any]] = []
            var skipped = 0
            if let arr = obj as? [Any] {
                items = arr.compactMap { $0 as? [String: Any] }
                skipped = arr.count - items.count
            } else if let dict = obj as? [String: Any] {
                if let arr = (dict["documents"] ?? dict["articles"] ?? dict["items"]) as? [Any] {
                    items = arr.compactMap { $0 as? [String: Any] }
                    skipped = arr.count - items.count
                } else {
                    items = [dict]
                }
            }
            if items.isEmpty {
                out.warnings.append("skipped \(relativePath): it holds no JSON objects (expected an object or an array of them)")
            } else if skipped > 0 {
                out.warnings.append("skipped \(skipped) item\(skipped == 1 ? "" : "s") of \(relativePath) that \(skipped == 1 ? "is" : "are") not JSON objects")
            }
            for (i, item) in items.enumerated() {
                addRecord(item.mapValues(jsonString), order: nil, base: base, row: i + 1, path: relativePath, into: &out)
            }
        case "csv":
            let table = CSV.read(text)
            let rows = table.rows
            if let first = table.unbalancedLines.first {
                let more = table.unbalancedLines.count > 1 ? " (and on \(table.unbalancedLines.count - 1) more line\(table.unbalancedLines.count == 2 ? "" : "s"))" : ""
                out.warnings.append(
                    "\(relativePath) line \(first): unbalanced quote\(more), read as a plain character so the rows after it stay rows")
            }
            guard let header = rows.first else {
                out.warnings.append("skipped \(relativePath): no header row")
                return out
            }
            let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
            guard names.contains(where: { textFields.contains($0.lowercased()) }) else {
                out.warnings.append("skipped \(relativePath): no text, body or content column")
                return out
            }
            for (r, values) in rows.dropFirst().enumerated() {
                if values.count == 1, values[0].isEmpty { continue }
                var rec: [String: String] = [:]
                for (c, name) in names.enumerated() where c < values.count && !name.isEmpty && rec[name] == nil {
                    rec[name] = values[c]
                }
                addRecord(rec, order: names, base: base, row: r + 1, path: relativePath, into: &out)
            }
        default:
            break
        }
        return out
    }

    static func jsonString(_ v: Any) -> String {
        if let s = v as? String { return s }
        if let n = v as? NSNumber {
            if String(cString: n.objCType) == "c" { return n.boolValue ? "true" : "false" }
            let d = n.doubleValue
            return NumberFormat.cell(d, decimals: 6)
        }
        if v is NSNull { return "" }
        if let arr = v as? [Any] { return arr.map(jsonString).joined(separator: "; ") }
        if let data = try? JSONSerialization.data(withJSONObject: v, options: [.sortedKeys]) {
            return String(decoding: data, as: UTF8.self)
        }
        return ""
    }

    /// One record (JSON object or CSV row) as a document.
    static func addRecord(
        _ rec: [String: String], order: [String]?, base: String, row: Int, path: String, into out: inout Output
    ) {
        var lower: [String: (key: String, value: String)] = [:]
        for (k, v) in rec where lower[k.lowercased()] == nil { lower[k.lowercased()] = (k, v) }
        guard let textKey = textFields.first(where: { lower[$0] != nil }), let body = lower[textKey]?.value else {
            out.warnings.append("skipped row \(row) of \(path): no text, body or content field")
            return
        }
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            out.warnings.append("skipped row \(row) of \(path): empty text")
            return
        }
        let idValue = lower["id"]?.value.trimmingCharacters(in: .whitespaces) ?? ""
        let id = idValue.isEmpty ? "\(base)/row\(row)" : idValue
        let title = lower["title"]?.value.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var date: Day?
        var metadata: [(name: String, value: String)] = []
        if let raw = lower["date"]?.value {
            date = parseDate(raw)
            if date == nil, !raw.isEmpty { metadata.append(("date_text", raw)) }
        }
        let reserved: Set<String> = ["id", "title", "date", textKey]
        var keys = order ?? rec.keys.sorted()
        if order == nil {
            // JSON: source and url first, then the rest alphabetically.
            let front = keys.filter { ["source", "url"].contains($0.lowercased()) }.sorted()
            keys = front + keys.filter { !["source", "url"].contains($0.lowercased()) }
        }
        for k in keys where !reserved.contains(k.lowercased()) && !k.isEmpty {
            if textFields.contains(k.lowercased()) { continue }
            if let v = rec[k] { metadata.append((k.lowercased(), v)) }
        }
        out.documents.append(CorpusDocument(id: id, title: title, date: date, metadata: metadata, text: text))
    }

    /// `YYYY-MM-DD`, or the day of an ISO timestamp.
    static func parseDate(_ raw: String) -> Day? {
        let t = raw.trimmingCharacters(in: .whitespaces)
        guard t.utf8.count >= 10 else { return nil }
        return Day(iso: t.prefix(10))
    }

    /// Whether bytes are well-formed UTF-8 (no overlongs, surrogates or scalars above U+10FFFF), without allocating.
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            @inline(__always) func cont(_ k: Int) -> Bool { k < n && b[k] & 0xC0 == 0x80 }
            if c >= 0xC2 && c <= 0xDF {
                guard cont(i + 1) else { return false }
                i += 2
            } else if c >= 0xE0 && c <= 0xEF {
                guard cont(i + 1), cont(i + 2) else { return false }
                let d = b[i + 1]
                if c == 0xE0 && d < 0xA0 { return false }
                if c == 0xED && d > 0x9F { return false }
                i += 3
            } else if c >= 0xF0 && c <= 0xF4 {
                guard cont(i + 1), cont(i + 2), cont(i + 3) else { return false }
                let d = b[i + 1]
                if c == 0xF0 && d < 0x90 { return false }
                if c == 0xF4 && d > 0x8F { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    /// A text file: optional front matter, optional leading `date YYYY-MM-DD`, then the body.
    static func parseText(_ b: [UInt8], id: String) -> CorpusDocument {
        var lo = 0
        var title = ""
        var date: Day?
        var metadata: [(name: String, value: String)] = []
        func lineEnd(_ i: Int) -> Int {
            var j = i
            while j < b.count, b[j] != 0x0A { j += 1 }
            return j
        }
        if b.count >= 4, b[0] == 0x2D, b[1] == 0x2D, b[2] == 0x2D, b[3] == 0x0A {
            var i = 4
            var lines: [String] = []
            var closed = false
            while i < b.count {
                let e = lineEnd(i)
                let line = String(decoding: b[i..<e], as: UTF8.self)
                i = min(b.count, e + 1)
                let t = line.trimmingCharacters(in: .whitespaces)
                if t == "---" || t == "..." {
                    closed = true
                    break
                }
                lines.append(line)
            }
            if closed {
                lo = i
                for line in lines {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                    var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    if value.count >= 2, let f = value.first, let l = value.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
                        value = String(value.dropFirst().dropLast())
                    }
                    guard !key.isEmpty else { continue }
                    switch key {
                    case "title": title = value
                    case "date":
                        date = parseDate(value)
                        if date == nil, !value.isEmpty { metadata.append(("date_text", value)) }
                    case "id": break
                    default:
                        if !metadata.contains(where: { $0.name == key }) { metadata.append((key, value)) }
                    }
                }
            }
        }
        // A leading `date YYYY-MM-DD` (possibly after blanks): metadata; the rest of its line is body.
        var i = lo
        while i < b.count, isSpace(b[i]) { i += 1 }
        let prefixes: [[UInt8]] = [Array("date ".utf8), Array("date: ".utf8), Array("Date: ".utf8)]
        for p in prefixes where i + p.count + 10 <= b.count && Array(b[i..<(i + p.count)]) == p {
            var j = i + p.count
            while j < b.count, b[j] == 0x20 { j += 1 }
            guard j + 10 <= b.count, let d = Day(iso: String(decoding: b[j..<(j + 10)], as: UTF8.self)) else { break }
            if j + 10 < b.count, b[j + 10] >= 0x30, b[j + 10] <= 0x39 { break }
            date = d
            lo = j + 10
            break
        }
        var hi = b.count
        while lo < hi, isSpace(b[lo]) { lo += 1 }
        while hi > lo, isSpace(b[hi - 1]) { hi -= 1 }
        let body = String(decoding: b[lo..<hi], as: UTF8.self)
        return CorpusDocument(id: id, title: title, date: date, metadata: metadata, text: body)
    }
}
