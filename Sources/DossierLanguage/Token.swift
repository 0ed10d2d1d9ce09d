import DossierModel
import DossierExtraction

/// A lexical token with its place in the source.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case identifier(String)
        case number(Double)
        case string(String)
        case regex(String)
        case date(Day)
        case symbol(String)
        case newline
        case end
    }
    public var kind: Kind
    public var range: SourceRange
    /// The exact source text of the token.
    public var text: String

    public init(_ kind: Kind, _ range: SourceRange, _ text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }

    public var identifier: String? { if case .identifier(let s) = kind { s } else { nil } }
    public func isSymbol(_ s: String) -> Bool { if case .symbol(let t) = kind { t == s } else { false } }
    public func isWord(_ w: String) -> Bool { identifier == w }
    public var isEnd: Bool { if case .end = kind { true } else { false } }
    public var isNewline: Bool { if case .newline = kind { true } else { false } }

    /// How the token is named in "expected X, found Y" messages.
    public var describedForError: String {
        switch kind {
        case .end: "end of input"
        case .newline: "end of line"
        default: "'\(text)'"
        }
    }
}
