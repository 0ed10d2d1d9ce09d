/// The tag dictionary learnt from the training data: per word (folded as the tagger folds), its most
/// frequent tag and whether that tag covers 97 % of its occurrences. Words seen fewer than 3 times are left out.
enum TagDictionary {
    static func rows(_ data: [TreebankSentence]) -> [[String]] {
        var counts: [String: [Int]] = [:]
        for s in data {
            for (k, p) in s.pos.enumerated() {
                let bytes = s.text[Int(s.starts[k])..<Int(s.ends[k])]
                counts[fold(bytes), default: Array(repeating: 0, count: 17)][Int(p)] += 1
            }
        }
        var rows: [[String]] = []
        for (w, c) in counts {
            let total = c.reduce(0, +)
            guard total >= 3, !w.contains("\t"), !w.contains(" "), !w.isEmpty else { continue }
            var best = 0
            for j in 1..<17 where c[j] > c[best] { best = j }
            let unambiguous = Double(c[best]) >= 0.97 * Double(total)
            rows.append([w, UniversalPOS(rawValue: UInt8(best))!.name, unambiguous ? "1" : "0"])
        }
        return rows.sorted { $0[0] < $1[0] }
    }

    /// ASCII lowercase, curly apostrophe as `'` (what `TaggerHash.word` hashes).
    static func fold(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let c = bytes[i]
            if c == 0xE2, i + 2 < bytes.endIndex, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                out.append(0x27)
                i += 3
                continue
            }
            out.append(TaggerHash.fold(c))
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func file(_ rows: [[String]]) -> String {
        let header = [
            "# tag dictionary: words seen 3 or more times in the training data, learnt by dossier-train",
            "# source: UD English-EWT dev (CC BY-SA 4.0), UD English-PUD (CC BY-SA 3.0), GUM (annotations CC BY 4.0)",
            "# columns: folded word<TAB>most frequent UPOS<TAB>unambiguous (1 = that tag for 97 % or more)",
        ]
        return (header + rows.map { $0.joined(separator: "\t") }).joined(separator: "\n") + "\n"
    }
}
