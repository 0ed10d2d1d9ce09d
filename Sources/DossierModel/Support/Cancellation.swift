import Synchronization

/// A request to stop long work, shared by whoever may ask (the shell's Ctrl-C watcher) and the
/// loops that poll it (search, extraction, `where`, regex scans). Polling is one relaxed atomic
/// load; work that sees it set stops early, and its partial result is thrown away, never kept.
public final class Cancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func cancel() { flag.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { flag.load(ordering: .relaxed) }

    /// Clears the request before the next command.
    public func reset() { flag.store(false, ordering: .relaxed) }
}
