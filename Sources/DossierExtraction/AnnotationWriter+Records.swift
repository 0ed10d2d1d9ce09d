/// Each record of `Annotations` as words, in the order `AnnotationReader` reads them back.
extension AnnotationWriter {
    /// Where a record is: its document, its sentence, its byte range (`AnnotationReader.place`).
    mutating func place(_ doc: Int, _ sentence: Int, _ r: Range<Int>) {
        int(doc)
        int(sentence)
        range(r)
    }

    mutating func entities(_ list: [Entity]) {
        int(list.count)
        for e in list {
            string(e.name)
            u32(AnnotationCodecTags.code(e.type))
            strings(e.aliases)
            strings(e.misspellings)
            strings(e.roles)
        }
    }

    mutating func mentions(_ list: [EntityMention]) {
        int(list.count)
        for m in list {
            place(m.doc, m.sentence, m.range)
            string(m.surface)
            int(m.entity)
            bool(m.misspelling)
        }
    }

    mutating func quotes(_ list: [Quote]) {
        int(list.count)
        for q in list {
            place(q.doc, q.sentence, q.range)
            string(q.text)
            u32(AnnotationCodecTags.code(q.kind))
            optional(q.speaker)
            optionalString(q.cue)
        }
    }

    mutating func dates(_ list: [DateMention]) {
        int(list.count)
        for d in list {
            place(d.doc, d.sentence, d.range)
            string(d.text)
            u32(AnnotationCodecTags.code(d.kind))
            optionalString(d.value)
            optional(d.day?.ordinal)
            u32(AnnotationCodecTags.code(d.precision))
        }
    }

    mutating func figures(_ list: [Figure]) {
        int(list.count)
        for f in list {
            place(f.doc, f.sentence, f.range)
            string(f.text)
            double(f.value)
            optionalString(f.approx)
            optionalString(f.counts)
        }
    }
}
