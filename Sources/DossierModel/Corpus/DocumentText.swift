/// A document's text: a string of its own, or its span of a model's mapped text section, decoded on
/// first use (see `MappedTexts`).
struct DocumentText: Sendable {
    private enum Storage: Sendable {
        case owned(String)
        case mapped(MappedTexts, Int)
    }

    private let storage: Storage

    init(_ text: String) { storage = .owned(text) }

    init(mapped texts: MappedTexts, document d: Int) { storage = .mapped(texts, d) }

    var string: String {
        switch storage {
        case .owned(let s): s
        case .mapped(let texts, let d): texts.text(d)
        }
    }

    /// Whether the text is still in a model's mapping (not decoded into a string of its own).
    var isMapped: Bool {
        if case .mapped = storage { return true }
        return false
    }

    /// Bytes `range` of the text (clamped), as a string; a mapped text is not decoded whole for it.
    func slice(_ range: Range<Int>) -> String {
        switch storage {
        case .owned(let s): s.utf8Slice(range)
        case .mapped(let texts, let d): texts.slice(d, range)
        }
    }

    /// The text's UTF-8 length (a mapped text is not decoded for it).
    var byteCount: Int {
        switch storage {
        case .owned(let s): s.utf8.count
        case .mapped(let texts, let d): texts.byteCount(d)
        }
    }
}
