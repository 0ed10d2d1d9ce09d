import Testing
import DossierModel
import DossierTestSupport
@testable import DossierExtraction

/// The binary form of the annotations: it gives back exactly what was stored, and damage of any kind
/// reads as nothing (the caller extracts again), never as a crash or an index outside the corpus.
@Suite struct AnnotationCodecTests {
    static let corpus = CorpusFixtures.seeds
    static let extracted = Extractor.extract(corpus: corpus)

    @Test func roundTripsTheSeedsExactly() throws {
        let a = Self.extracted
        #expect(!a.entities.isEmpty && !a.mentions.isEmpty && !a.quotes.isEmpty && !a.dates.isEmpty && !a.figures.isEmpty)
        let back = try #require(AnnotationCodec.decode(AnnotationCodec.encode(a), for: Self.corpus))
        #expect(back == a)
    }

    @Test func roundTripsOptionalsAndUnusualValues() throws {
        var a = Self.extracted
        a.quotes[0].speaker = nil
        a.quotes[0].cue = nil
        a.dates[0].day = nil
        a.dates[0].value = nil
        a.figures[0].value = -0.25
        a.figures[0].approx = ""
        a.entities[0].name = "Zoë «naïve» \u{1F600}"
        let back = try #require(AnnotationCodec.decode(AnnotationCodec.encode(a), for: Self.corpus))
        #expect(back == a)
        #expect(AnnotationCodec.decode(AnnotationCodec.encode(.empty), for: Self.corpus) == .empty)
    }

    @Test func everyTruncationIsRefused() {
        let bytes = AnnotationCodec.encode(Self.extracted)
        for n in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 997)) {
            #expect(AnnotationCodec.decode(Array(bytes.prefix(n)), for: Self.corpus) == nil, "prefix \(n)")
        }
    }

    @Test func flippedBytesNeverCrashOrLeaveTheCorpus() {
        let bytes = AnnotationCodec.encode(Self.extracted)
        let docs = Self.corpus.documents
        var rng = SplitMix64(state: 7)
        for _ in 0..<400 {
            var b = bytes
            let r = rng.next()
            b[Int(r % UInt64(b.count))] ^= UInt8(truncatingIfNeeded: r >> 56) | 1
            guard let a = AnnotationCodec.decode(b, for: Self.corpus) else { continue }
            for m in a.mentions {
                #expect(m.doc < docs.count && m.entity < a.entities.count && m.range.upperBound <= docs[m.doc].text.utf8.count)
            }
            for q in a.quotes { #expect(q.doc < docs.count && (q.speaker ?? 0) < a.entities.count) }
        }
    }

    @Test func placesOutsideTheCorpusAreRefused() {
        var a = Self.extracted
        a.mentions[0].doc = Self.corpus.documents.count
        #expect(AnnotationCodec.decode(AnnotationCodec.encode(a), for: Self.corpus) == nil)
        a = Self.extracted
        a.quotes[0].range = 0..<(Self.corpus.documents[a.quotes[0].doc].text.utf8.count + 1)
        #expect(AnnotationCodec.decode(AnnotationCodec.encode(a), for: Self.corpus) == nil)
        a = Self.extracted
        a.quotes[0].speaker = a.entities.count
        #expect(AnnotationCodec.decode(AnnotationCodec.encode(a), for: Self.corpus) == nil)
    }
}
