/// A scripted line editor for tests: returns the given reads in order, then `.end`, and records
/// every prompt shown and every history entry added.
public struct FakeLineEditor: LineEditor {
    /// The reads still to come.
    public var script: [LineRead]
    /// The prompts shown, in order (one per `readLine`).
    public private(set) var prompts: [String] = []
    /// The history entries added, in order.
    public private(set) var history: [String] = []
    public var completionProvider: CompletionProvider?

    /// Scripted reads; `.end` is returned once they run out.
    public init(_ script: [LineRead]) {
        self.script = script
    }

    /// Scripted lines, as if typed and followed by Enter.
    public init(lines: [String]) {
        self.script = lines.map { .line($0) }
    }

    public mutating func readLine(prompt: String) -> LineRead {
        prompts.append(prompt)
        if script.isEmpty { return .end }
        return script.removeFirst()
    }

    public mutating func addHistory(_ entry: String) {
        history.append(entry)
    }

    /// What Tab would offer with `line` typed so far, through the installed provider.
    public func complete(_ line: String) -> [String] {
        completionProvider?(line) ?? []
    }
}
