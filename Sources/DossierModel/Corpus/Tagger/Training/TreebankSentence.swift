/// One gold sentence read from a treebank, aligned to the corpus tokenizer's tokens.
///
/// UD words are located in the sentence text (`# text =`); the text is tokenized the way a corpus is
/// (punctuation is not a token, contractions and hyphenated words are one token), and each corpus token
/// takes the tags of its head word: the first word it covers whose syntactic head lies outside it.
struct TreebankSentence: Sendable {
    var text: [UInt8]
    var starts: [UInt32] = []
    var ends: [UInt32] = []
    var pos: [UInt8] = []
    var lemmas: [String] = []
    var entities: [UInt8] = []
    /// Per token: true when it is exactly one treebank word.
    var oneWord: [Bool] = []
    /// True when `entities` came from gold entity annotation (IOB2, or GUM's `Entity=` in CoNLL-U).
    var hasEntities = false

    /// The text and the tokens' byte ranges as buffers (what `Tagger.tag` and `Tagger.prepare` take).
    func withBuffers<R>(
        _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt32>) throws -> R
    ) rethrows -> R {
        try text.withUnsafeBufferPointer { b in
            try starts.withUnsafeBufferPointer { st in try ends.withUnsafeBufferPointer { en in try body(b, st, en) } }
        }
    }
}

/// Readers of CoNLL-U (UD) and IOB2 (UniversalNER) files.
enum TreebankReader {
    struct Word {
        var id: Int
        var form: Substring
        var lemma: Substring
        var upos: Substring
        var head: Int
        var label: Substring
        /// Byte span in the text (set by `locate`).
        var lo = 0, hi = 0
    }

    /// Sentences of a CoNLL-U (`ner: false`) or IOB2 (`ner: true`) file; sentences whose words cannot be
    /// found in their text are skipped.
    static func read(_ content: String, ner: Bool) -> [TreebankSentence] {
        var out: [TreebankSentence] = []
        var text: Substring = ""
        var words: [Word] = []
        var ranges: [(Int, Int, Substring)] = []
        var misc: [Substring] = []
        func flush() {
            var entityWords = ner
            if !ner, misc.contains(where: { $0.contains("Entity=") }) {
                let labels = GUMEntities.labels(misc: misc, upos: words.map(\.upos), forms: words.map(\.form))
                for i in words.indices { words[i].label = labels[i] }
                entityWords = true
            }
            if !text.isEmpty, !words.isEmpty, let s = align(String(text), words, ranges, ner: ner, labelled: entityWords) {
                out.append(s)
            }
            text = ""
            words = []
            ranges = []
            misc = []
        }
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                flush()
                continue
            }
            if line.hasPrefix("# text = ") {
                text = line.dropFirst(9)
                continue
            }
            if line.first == "#" { continue }
            let c = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard c.count >= 3 else { continue }
            if let dash = c[0].firstIndex(of: "-") {
                if let a = Int(c[0][..<dash]), let b = Int(c[0][c[0].index(after: dash)...]) { ranges.append((a, b, c[1])) }
                continue
            }
            guard let id = Int(c[0]) else { continue }  // empty nodes (8.1) are skipped
            if ner {
                words.append(Word(id: id, form: c[1], lemma: "", upos: "", head: 0, label: c[2]))
            } else if c.count >= 7 {
                words.append(Word(id: id, form: c[1], lemma: c[2], upos: c[3], head: Int(c[6]) ?? 0, label: ""))
                misc.append(c.count >= 10 ? c[9] : "")
            }
        }
        flush()
        return out
    }

    /// Finds each word (or multiword token) in `text`, then aligns the corpus tokens.
    static func align(
        _ text: String, _ words0: [Word], _ ranges: [(Int, Int, Substring)], ner: Bool, labelled: Bool
    ) -> TreebankSentence? {
        var words = words0
        let bytes = Array(text.utf8)
        var cursor = 0
        var i = 0
        while i < words.count {
            let range = ranges.first { $0.0 == words[i].id }
            let surface = Array((range?.2 ?? words[i].form).utf8)
            guard let at = find(surface, in: bytes, from: cursor) else { return nil }
            let last = range.map { r in words.lastIndex { $0.id == r.1 } ?? i } ?? i
            for k in i...last {
                words[k].lo = at
                words[k].hi = at + surface.count
            }
            cursor = at + surface.count
            i = last + 1
        }
        var s = TreebankSentence(text: bytes)
        s.hasEntities = labelled
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0) }
        for k in 0..<tokens.starts.count {
            let lo = Int(tokens.starts[k]), hi = Int(tokens.ends[k])
            let covered = words.indices.filter { words[$0].lo < hi && words[$0].hi > lo }
            guard let first = covered.first else { continue }
            let ids = Set(covered.map { words[$0].id })
            let head = covered.first { !ids.contains(words[$0].head) } ?? first
            s.starts.append(UInt32(lo))
            s.ends.append(UInt32(hi))
            s.oneWord.append(covered.count == 1 && words[first].lo == lo && words[first].hi == hi)
            if labelled {
                var tag = EntityBIO(name: words[first].label)
                if let prev = s.entities.last.flatMap(EntityBIO.init(rawValue:)), !tag.canFollow(prev) {
                    tag = EntityBIO(rawValue: tag.rawValue - 1) ?? .outside
                } else if s.entities.isEmpty, tag.isInside {
                    tag = EntityBIO(rawValue: tag.rawValue - 1) ?? .outside
                }
                s.entities.append(tag.rawValue)
            }
            if !ner {
                s.pos.append((UniversalPOS(name: String(words[head].upos)) ?? .x).rawValue)
                s.lemmas.append(Lexicon.fold(String(words[head].lemma)))
            }
        }
        return s.starts.isEmpty ? nil : s
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, from <= hay.count else { return nil }
        return hay[from...].firstRange(of: needle)?.lowerBound
    }
}
