import DossierKit
import Foundation

// libFuzzer target: the language. Lexes, parses and evaluates the input on the seeds corpus, in a
// session whose files are confined to a scratch folder. Any trap, stack overflow or hang is a bug.

/// Where a fuzzed `export` may write: a private scratch folder.
let scratch: String = {
    let dir = NSTemporaryDirectory() + "dossier-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}()

/// A session on the seeds with extraction already done (a copy per input keeps it, so inputs that
/// use entities or quotes do not extract again), files confined to the scratch folder.
let template: Session = {
    var s = Session(corpus: seedsCorpus, files: FileAccess(baseDirectory: scratch, confinedTo: [scratch]), rendering: .standard)
    _ = s.execute("entities | count")
    return s
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLanguage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = Lexer.tokenize(text)
    _ = Parser.needsContinuation(text)
    let (statements, _) = Parser.parse(text)
    guard !statements.isEmpty else { return 0 }
    // Evaluate and render every result and diagnostic, in one of the three formats.
    var session = template
    let format = RenderOptions.Format.allCases[size % RenderOptions.Format.allCases.count]
    _ = session.render(text, sourceName: "<fuzz>", options: RenderOptions(width: 80, color: false, format: format), bail: false)
    return 0
}
