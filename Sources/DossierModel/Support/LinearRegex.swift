import CRE2

/// A compiled regular expression run by RE2, which matches in time linear in the text and never
/// backtracks: user patterns (`~ r"…"`, `kwic r"…"`) are untrusted, and `(.*)*x` or `(a+)+$`
/// must return at once. RE2's syntax: no backreferences or look-around.
public final class LinearRegex: @unchecked Sendable {  // RE2 objects are immutable and thread-safe once built.
    private let handle: OpaquePointer
    public let pattern: String

    public struct Failure: Error, Sendable, Hashable {
        public let message: String
    }

    public init(_ pattern: String, caseInsensitive: Bool = false) throws(Failure) {
        var error: UnsafeMutablePointer<CChar>?
        let compiled = LinearRegex.withBytes(pattern) { (p: UnsafeBufferPointer<UInt8>) in
            p.withMemoryRebound(to: CChar.self) { dossier_regex_compile($0.baseAddress, $0.count, caseInsensitive ? 1 : 0, &error) }
        }
        guard let compiled else {
            let message = error.map { String(cString: $0) } ?? "invalid pattern"
            dossier_regex_free_error(error)
            throw Failure(message: message)
        }
        self.handle = compiled
        self.pattern = pattern
    }

    deinit { dossier_regex_free(handle) }

    /// Whether the pattern matches somewhere in `text`.
    public func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }

    /// The UTF-8 byte range of the first match in `text`.
    public func firstMatch(in text: String) -> Range<Int>? {
        LinearRegex.withBytes(text) { (p: UnsafeBufferPointer<UInt8>) in firstMatch(in: p, from: 0) }
    }

    /// The byte range of the first match at or after `from`.
    public func firstMatch(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Range<Int>? {
        var start = 0, end = 0
        let found = bytes.withMemoryRebound(to: CChar.self) { p in
            dossier_regex_find(handle, p.baseAddress, p.count, from, &start, &end)
        }
        return found == 1 ? start..<end : nil
    }

    /// Whether the pattern matches all of `text`.
    public func wholeMatch(_ text: String) -> Bool {
        LinearRegex.withBytes(text) { (p: UnsafeBufferPointer<UInt8>) in
            p.withMemoryRebound(to: CChar.self) { dossier_regex_full_match(handle, $0.baseAddress, $0.count) == 1 }
        }
    }

    private static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }
}
