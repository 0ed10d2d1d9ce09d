import DossierKit

// libFuzzer target: the token-query parser (CQP-style `[lemma="x"] [pos!="NOUN"]{1,3}`) and its
// matcher over the seeds. Errors are values; nothing may trap, recurse without bound or run away
// (the matcher has a step budget).

let attributes = CorpusTokenAttributes(seedsCorpus)
let everyDocument = [Bool](repeating: true, count: seedsCorpus.documents.count)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = TokenQueryParser.looksLikeTokenQuery(text)
    guard let query = try? TokenQueryParser.parse(text), let matcher = try? TokenQueryMatcher(query, attributes: attributes)
    else { return 0 }
    _ = try? matcher.matches(inScope: everyDocument, withinDocument: size % 2 == 0)
    return 0
}
