extension StoredModel {
    /// The section tags of a corpus model. Readers ignore tags they do not know.
    enum Tag {
        static let meta = "meta", files = "files", docs = "docs", text = "text", sentenceBytes = "sentbyte"
        static let lexArena = "lexarena", lexOffsets = "lexoffs"
        static let tokenStart = "tokstart", tokenEnd = "tokend", tokenTerm = "tokterm", docTokens = "doctok"
        static let tokenFlags = "tokflags", sentenceFlags = "sentflag"
        static let tokenPOS = "tokpos", tokenLemma = "toklemma", lemmaArena = "lemarena", lemmaOffsets = "lemoffs"
        static let sentenceTokens = "senttok", docSentences = "docsent"
        static let termPositions = "termpos", positions = "position", termPostings = "termpost"
        static let postingDoc = "postdoc", postingFrequency = "postfreq", partToken = "parttok", partTerm = "partterm"
    }

    static let kind = "corpus"

    /// Writes the model to `path` (atomically); false when it could not be written.
    static func write(
        corpus c: Corpus, warnings: [String], files: [File], origins: [Origin], to path: String,
        fingerprintDigest: [UInt8], analyserKey: String
    ) -> Bool {
        guard let w = ModelFileWriter(
            path: path, kind: kind, analyserKey: analyserKey, contentKey: fingerprintDigest, sectionCapacity: 32)
        else { return false }
        var meta = ByteWriter()
        meta.string(c.fingerprint)
        meta.int(c.documents.count)
        meta.int(files.count)
        meta.int(warnings.count)
        for s in warnings { meta.string(s) }
        w.add(Tag.meta, meta)
        var f = ByteWriter()
        for file in files {
            f.string(file.path)
            f.data(file.digest)
            f.int(file.documentCount)
            f.int(file.warnings.count)
            for s in file.warnings { f.string(s) }
        }
        w.add(Tag.files, f)
        w.add(Tag.docs, documentRecords(c.documents, origins))
        var text: [UInt8] = []
        var sentences: [UInt32] = []
        for d in c.documents {
            text.append(contentsOf: d.text.utf8)
            for r in d.sentences {
                sentences.append(UInt32(r.lowerBound))
                sentences.append(UInt32(r.upperBound))
            }
        }
        w.add(Tag.text, text)
        text = []
        w.add(Tag.sentenceBytes, sentences)
        w.add(Tag.sentenceFlags, c.documents.flatMap(\.sentenceFlags))
        w.add(Tag.lexArena, c.lexicon.arena)
        w.add(Tag.lexOffsets, c.lexicon.offsets)
        w.add(Tag.tokenStart, c.tokenStart)
        w.add(Tag.tokenEnd, c.tokenEnd)
        w.add(Tag.tokenTerm, c.tokenTerm)
        w.add(Tag.tokenFlags, c.tokenFlags)
        w.add(Tag.tokenPOS, c.tokenPOS)
        w.add(Tag.tokenLemma, c.tokenLemma)
        w.add(Tag.lemmaArena, c.lemmas.arena)
        w.add(Tag.lemmaOffsets, c.lemmas.offsets)
        w.add(Tag.docTokens, c.docTokenStart.map { UInt64($0) })
        w.add(Tag.sentenceTokens, c.sentenceTokenStart)
        w.add(Tag.docSentences, c.docSentenceStart.map { UInt64($0) })
        w.add(Tag.termPositions, c.index.termPositionStart)
        w.add(Tag.positions, c.index.positions)
        w.add(Tag.termPostings, c.index.termPostingStart)
        w.add(Tag.postingDoc, c.index.postingDoc)
        w.add(Tag.postingFrequency, c.index.postingFrequency)
        w.add(Tag.partToken, c.index.partToken)
        w.add(Tag.partTerm, c.index.partTerm)
        return w.finish()
    }

    /// Per document: origin, ids, titles, date, metadata, its text's place in the text section, word count.
    private static func documentRecords(_ docs: [CorpusDocument], _ origins: [Origin]) -> ByteWriter {
        var w = ByteWriter()
        var textOffset = 0
        for (i, d) in docs.enumerated() {
            let o = origins[i]
            w.int(o.file)
            w.int(o.ordinal)
            w.string(o.rawID)
            w.string(o.rawTitle)
            w.string(d.id)
            w.string(d.title)
            w.int(d.date.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? 0)
            w.int(d.metadata.count)
            for m in d.metadata {
                w.string(m.name)
                w.string(m.value)
            }
            let length = d.textByteCount
            w.int(textOffset)
            w.int(length)
            w.int(d.wordCount)
            textOffset += length
        }
        return w
    }
}
