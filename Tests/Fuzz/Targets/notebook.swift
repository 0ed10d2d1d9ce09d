import DossierKit

// libFuzzer target: the notebook reader. Any text either parses or is refused with a line number;
// what parses survives a write and a second read unchanged (the format's round-trip promise).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotebook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let parsed = try? NotebookReader.parseLocated(text, name: "fuzz.md") else { return 0 }
    let written = NotebookWriter.render(parsed.notebook)
    guard let again = try? NotebookReader.parse(written, name: "fuzz.md") else {
        fatalError("fuzz: a written notebook does not read back:\n\(written)")
    }
    if again != parsed.notebook { fatalError("fuzz: the notebook changed in a write and read:\n\(written)") }
    return 0
}
