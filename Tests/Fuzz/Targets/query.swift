import DossierKit

// libFuzzer target: the search-query parser (`"…"` queries: words, phrases, AND/OR/NOT, groups,
// wildcards) and the pattern form. Errors are values; nothing may trap or recurse without bound.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let q = try? QueryParser.parse(text) { _ = q.positiveLeaves }
    _ = try? QueryParser.pattern(text)
    _ = QueryParser.words(of: text)
    return 0
}
