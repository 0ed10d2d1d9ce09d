import DossierModel
import DossierExtraction

/// A position in a named source: 1-based line and column (in characters).
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A range in a source, end exclusive; `length` is the caret span on the start line.
public struct SourceRange: Hashable, Sendable {
    public var start: SourceLocation
    public var end: SourceLocation
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }
    public static let unknown = SourceRange(
        start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))
    public var length: Int { end.line == start.line ? max(1, end.column - start.column) : 1 }
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}
