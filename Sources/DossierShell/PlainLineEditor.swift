/// Reads lines plainly from standard input, for when it is not a terminal (scripts, pipes).
/// Shows no prompt, keeps no history and never completes.
public struct PlainLineEditor: LineEditor {
    public var completionProvider: CompletionProvider?

    public init() {}

    public mutating func readLine(prompt: String) -> LineRead {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        // A script written on Windows ends its lines in CRLF.
        if line.hasSuffix("\r") { return .line(String(line.dropLast())) }
        return .line(line)
    }

    public mutating func addHistory(_ entry: String) {}
}
