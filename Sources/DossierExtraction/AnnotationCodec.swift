import DossierModel

/// The stored form of `Annotations`: flat little-endian 32-bit columns and one string table, so a
/// later process reads a corpus's extraction in milliseconds instead of decoding JSON or extracting
/// again. Layout: a header (magic, format, string count, arena size, word count, and where each of the
/// five record sections starts among the words), the string table's offsets, the words, then the
/// string arena. The sections are decoded side by side. Every read is checked: a damaged or foreign
/// buffer decodes to nil (the caller extracts again), never to a crash or a wrong index.
enum AnnotationCodec {
    static let magic: UInt32 = 0x4E4E_4144  // "DANN"
    /// 2: the header records where each section starts.
    static let format: UInt32 = 2
    static let sectionCount = 5
    static let headerWords = 5 + sectionCount

    static func encode(_ a: Annotations) -> [UInt8] {
        var w = AnnotationWriter()
        w.section()
        w.entities(a.entities)
        w.section()
        w.mentions(a.mentions)
        w.section()
        w.quotes(a.quotes)
        w.section()
        w.dates(a.dates)
        w.section()
        w.figures(a.figures)
        return w.finish()
    }

    /// One decoded section.
    enum Section: Sendable {
        case entities([Entity]), mentions([EntityMention]), quotes([Quote]), dates([DateMention]), figures([Figure])
    }

    /// The annotations in `bytes`, nil when damaged or not of `corpus` (a place outside its documents).
    static func decode(_ bytes: [UInt8], for corpus: Corpus) -> Annotations? {
        let bounds = corpus.documents.map { (sentences: $0.sentences.count, bytes: $0.textByteCount) }
        guard let (layout, table) = bytes.withUnsafeBytes({ raw in AnnotationReader.Layout(raw).flatMap { l in l.table(raw).map { (l, $0) } } }),
            let entityCount = layout.firstWord(ofSection: 0, in: bytes)
        else { return nil }
        let sections = Parallel.map(sectionCount) { k -> Section? in
            bytes.withUnsafeBytes { raw in
                var r = AnnotationReader(raw, layout: layout, table: table, bounds: bounds, section: k)
                return r.section(k, entityCount: entityCount)
            }
        }
        guard case .entities(let entities)? = sections[0], case .mentions(let mentions)? = sections[1],
            case .quotes(let quotes)? = sections[2], case .dates(let dates)? = sections[3], case .figures(let figures)? = sections[4]
        else { return nil }
        return Annotations(entities: entities, mentions: mentions, quotes: quotes, dates: dates, figures: figures)
    }
}

/// Builds the columns of `AnnotationCodec`; strings are interned once each.
struct AnnotationWriter {
    private var words: [UInt32] = []
    private var arena: [UInt8] = []
    private var offsets: [UInt32] = [0]
    private var ids: [String: UInt32] = [:]
    private var sections: [UInt32] = []

    /// Marks the start of the next section.
    mutating func section() { sections.append(UInt32(clamping: words.count)) }

    mutating func u32(_ v: UInt32) { words.append(v) }
    mutating func int(_ v: Int) { words.append(UInt32(clamping: v)) }
    mutating func bool(_ v: Bool) { words.append(v ? 1 : 0) }
    /// An optional count as value + 1, 0 for nil.
    mutating func optional(_ v: Int?) { words.append(v.map { UInt32(clamping: $0 + 1) } ?? 0) }
    mutating func double(_ v: Double) {
        let b = v.bitPattern
        words.append(UInt32(truncatingIfNeeded: b))
        words.append(UInt32(truncatingIfNeeded: b >> 32))
    }
    mutating func range(_ r: Range<Int>) {
        int(r.lowerBound)
        int(r.upperBound)
    }

    mutating func string(_ s: String) {
        if let id = ids[s] { return words.append(id) }
        let id = UInt32(ids.count)
        ids[s] = id
        arena.append(contentsOf: s.utf8)
        offsets.append(UInt32(clamping: arena.count))
        words.append(id)
    }
    mutating func optionalString(_ s: String?) {
        bool(s != nil)
        if let s { string(s) }
    }
    mutating func strings(_ list: [String]) {
        int(list.count)
        for s in list { string(s) }
    }

    mutating func finish() -> [UInt8] {
        let header: [UInt32] = [
            AnnotationCodec.magic, AnnotationCodec.format, UInt32(ids.count), UInt32(clamping: arena.count),
            UInt32(clamping: words.count),
        ] + sections
        var out: [UInt8] = []
        out.reserveCapacity(4 * (header.count + offsets.count + words.count) + arena.count)
        for column in [header, offsets, words] {
            for v in column { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        }
        out.append(contentsOf: arena)
        return out
    }
}
