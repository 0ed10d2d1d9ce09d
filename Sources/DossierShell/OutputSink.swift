/// Where the REPL writes: standard output and standard error, or a capture in tests.
public protocol OutputSink {
    /// Writes a result to standard output. `pageable`: the pager may show it if it is tall.
    mutating func writeOutput(_ text: String, pageable: Bool)
    /// Writes to standard error.
    mutating func writeError(_ text: String)
}

/// An output sink that keeps everything written, for tests.
public struct CapturedOutput: OutputSink, Sendable {
    /// One write, in order.
    public enum Event: Equatable, Sendable {
        case output(String, pageable: Bool)
        case error(String)
    }

    public private(set) var events: [Event] = []

    public init() {}

    /// Everything written to standard output, concatenated.
    public var stdout: String {
        events.reduce(into: "") { text, event in
            if case .output(let chunk, _) = event { text += chunk }
        }
    }

    /// Everything written to standard error, concatenated.
    public var stderr: String {
        events.reduce(into: "") { text, event in
            if case .error(let chunk) = event { text += chunk }
        }
    }

    public mutating func writeOutput(_ text: String, pageable: Bool) {
        events.append(.output(text, pageable: pageable))
    }

    public mutating func writeError(_ text: String) {
        events.append(.error(text))
    }
}
