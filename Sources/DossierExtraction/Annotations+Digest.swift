import DossierModel

extension Annotations {
    /// SHA-256 of the stored form, in hex: equal digests mean equal annotations (the benchmark uses it
    /// to show that a faster extraction gives the same answers).
    public var digest: String { ContentHash.hex(ContentHash.digest(AnnotationCodec.encode(self))) }
}
