/// Each record of `Annotations` as words, in the order `AnnotationReader` reads them back.
extension AnnotationWriter {
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
            int(m.doc)
            int(m.sentence)
            range(m.range)
            string(m.surface)
            int(m.entity)
            bool(m.misspelling)
        }
    }

    mutating func quotes(_ list: [Quote]) {
        int(list.count)
        for q in list {
            int(q.doc)
            int(q.sentence)
            range(q.range)
            string(q.text)
            u32(AnnotationCodecTags.code(q.kind))
            optional(q.speaker)
            optionalString(q.cue)
        }
    }

    mutating func dates(_ list: [DateMention]) {
        int(list.count)
        for d in list {
            int(d.doc)
            int(d.sentence)
            range(d.range)
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
            int(f.doc)
            int(f.sentence)
            range(f.range)
            string(f.text)
            double(f.value)
            optionalString(f.approx)
            optionalString(f.counts)
        }
    }
}
