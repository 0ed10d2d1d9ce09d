import Foundation

/// Scores of the tagger on gold sentences, measured through `Tagger.tag` (the run-time path).
public struct TaggerScore: Sendable, CustomStringConvertible {
    public var tokens = 0
    public var posRight = 0
    public var lemmaRight = 0
    public var entitiesGold = 0
    public var entitiesFound = 0
    public var entitiesRight = 0

    public var posAccuracy: Double { Double(posRight) / Double(max(1, tokens)) }
    public var lemmaAccuracy: Double { Double(lemmaRight) / Double(max(1, tokens)) }
    public var precision: Double { Double(entitiesRight) / Double(max(1, entitiesFound)) }
    public var recall: Double { Double(entitiesRight) / Double(max(1, entitiesGold)) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public var description: String {
        if entitiesGold > 0 {
            return String(
                format: "NER tokens %d, entities %d, P %.4f R %.4f F1 %.4f", tokens, entitiesGold, precision, recall, f1)
        }
        return String(format: "POS tokens %d, accuracy %.4f, lemma accuracy %.4f", tokens, posAccuracy, lemmaAccuracy)
    }

    /// Runs the tagger over the sentences; returns (POS, NER) per sentence.
    static func run(_ t: Tagger, _ data: [TreebankSentence], ner: Bool) -> [([UInt8], [UInt8])] {
        var scratch = Tagger.Scratch()
        return data.map { s in
            var pos = [UInt8](repeating: 0, count: s.starts.count)
            var ent = [UInt8](repeating: 0, count: s.starts.count)
            tag(t, s, &pos, &ent, ner: ner, &scratch)
            return (pos, ent)
        }
    }

    /// Tags sentence `s` into `pos` (and, with `ner`, `entities`), each at least as long as its tokens.
    static func tag(
        _ t: Tagger, _ s: TreebankSentence, _ pos: inout [UInt8], _ entities: inout [UInt8], ner: Bool,
        _ scratch: inout Tagger.Scratch
    ) {
        s.withBuffers { b, st, en in
            pos.withUnsafeMutableBufferPointer { pp in
                entities.withUnsafeMutableBufferPointer { ep in
                    t.tag(b, starts: st, ends: en, pos: pp.baseAddress!, entities: ner ? ep.baseAddress! : nil, scratch: &scratch)
                }
            }
        }
    }

    static func pos(_ t: Tagger, _ data: [TreebankSentence]) -> TaggerScore {
        var s = TaggerScore()
        for (sent, (pos, _)) in zip(data, run(t, data, ner: false)) {
            for k in 0..<pos.count {
                s.tokens += 1
                if pos[k] == sent.pos[k] { s.posRight += 1 }
                let form = Lexicon.fold(String(decoding: sent.text[Int(sent.starts[k])..<Int(sent.ends[k])], as: UTF8.self))
                if t.lemmatizer.lemma(form, UniversalPOS(rawValue: pos[k]) ?? .x) == sent.lemmas[k] { s.lemmaRight += 1 }
            }
        }
        return s
    }

    static func ner(_ t: Tagger, _ data: [TreebankSentence]) -> TaggerScore {
        var s = TaggerScore()
        for (sent, (_, ent)) in zip(data, run(t, data, ner: true)) {
            s.tokens += ent.count
            let gold = spans(sent.entities), found = spans(ent)
            s.entitiesGold += gold.count
            s.entitiesFound += found.count
            s.entitiesRight += gold.intersection(found).count
        }
        return s
    }

    /// Entity spans (first token, end token, type) of a BIO sequence.
    static func spans(_ tags: [UInt8]) -> Set<[Int]> {
        var out: Set<[Int]> = []
        var start = -1, type = 0
        for i in 0...tags.count {
            let raw: UInt8 = i < tags.count ? tags[i] : 0
            let tag = EntityBIO(rawValue: raw) ?? EntityBIO.outside
            if start >= 0, !(tag.isInside && Int((raw + 1) / 2) == type) {
                out.insert([start, i, type])
                start = -1
            }
            if tag != .outside, !tag.isInside || start < 0 {
                start = i
                type = Int((raw + 1) / 2)
            }
        }
        return out
    }
}

extension TaggerScore {
    /// Tokens per second of `Tagger.tag` on one thread over `data`, `repeats` times: (POS only, POS + NER).
    static func throughput(_ t: Tagger, _ data: [TreebankSentence], repeats: Int) -> (pos: Double, all: Double) {
        let tokens = Double(data.reduce(0) { $0 + $1.starts.count } * repeats)
        var rates: [Double] = []
        for ner in [false, true] {
            var scratch = Tagger.Scratch()
            var pos = [UInt8](repeating: 0, count: 4096)
            var ent = [UInt8](repeating: 0, count: 4096)
            var sink = 0
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<repeats {
                for s in data where s.starts.count <= 4096 {
                    tag(t, s, &pos, &ent, ner: ner, &scratch)
                    sink &+= Int(pos[0])
                }
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            rates.append(sink == Int.min ? 0 : tokens / max(seconds, 1e-9))
        }
        return (rates[0], rates[1])
    }
}
