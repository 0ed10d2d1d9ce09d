/// An immutable flat array of plain values that is either built in memory or a view of a section of a
/// memory-mapped model file: opening a stored model hands out views (no copy, pages come in when
/// touched), and an analysis in memory wraps the arrays it built. Reading it is reading a pointer;
/// indexing is bounds-checked like `Array`'s.
///
/// Whatever holds the bytes (the array, or the mapped file's reader) is kept alive by `owner`, and is
/// never written while a view exists: builders fill ordinary arrays and wrap them when done.
/// The members read in hot loops are inlinable, so other modules' loops specialise them as they do
/// `Array`'s (a generic call per element otherwise).
public struct FlatArray<Element>: RandomAccessCollection, @unchecked Sendable {
    public typealias Index = Int
    @usableFromInline let base: UnsafePointer<Element>?
    public let count: Int
    @usableFromInline let owner: AnyObject?

    /// Keeps an array's storage alive and unwritten, so a pointer to its elements stays valid.
    @usableFromInline final class ArrayOwner {
        @usableFromInline let array: [Element]
        @usableFromInline init(_ array: [Element]) { self.array = array }
    }

    @inlinable
    public init() {
        base = nil
        count = 0
        owner = nil
    }

    /// Wraps `array` (no copy).
    @inlinable
    public init(_ array: [Element]) {
        let box = ArrayOwner(array)
        base = box.array.withUnsafeBufferPointer { $0.baseAddress }
        count = array.count
        owner = array.isEmpty ? nil : box
    }

    /// A view of `count` elements at `pointer`, which `owner` keeps valid (a mapped model's reader).
    init(viewing pointer: UnsafeRawPointer, count: Int, owner: AnyObject) {
        base = count == 0 ? nil : pointer.assumingMemoryBound(to: Element.self)
        self.count = count
        self.owner = owner
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }

    @inlinable @inline(__always)
    public subscript(i: Int) -> Element {
        precondition(i >= 0 && i < count, "FlatArray index out of range")
        return base.unsafelyUnwrapped[i]
    }

    @inlinable
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// A copy as an ordinary array.
    public var array: [Element] { withUnsafeBufferPointer { Array($0) } }
}

extension FlatArray where Element: BitwiseCopyable {
    @inlinable
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(UnsafeBufferPointer(start: base, count: count)))
    }
}

extension FlatArray: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) { self.init(elements) }
}

extension FlatArray: Equatable where Element: Equatable {
    public static func == (a: FlatArray, b: FlatArray) -> Bool {
        a.count == b.count && a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.elementsEqual(y) } }
    }
}
