import DossierKit

// libFuzzer target: the document parsers (txt and md with front matter and a date line, jsonl,
// json, csv) and the analysis behind them. The first byte picks the file type; the rest is the file.

let extensions = ["txt", "md", "jsonl", "json", "csv", "markdown"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocuments(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let ext = extensions[Int(data[0]) % extensions.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let corpus = Corpus.load(files: [(path: "doc." + ext, bytes: bytes)], name: "fuzz", cacheDirectory: nil)
    for d in corpus.documents.indices { _ = corpus.documents[d].title }
    _ = corpus.fingerprint
    return 0
}
