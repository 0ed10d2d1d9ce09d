import Dispatch
import Foundation
import DossierKit
import Synchronization

/// While a command runs, turns Ctrl-C (the SIGINT flag `Interrupt` keeps) into a request on the
/// session's `Cancellation`, polling every 20 ms on a thread of its own: the signal handler only
/// sets a flag, and the engine's loops see the request within a poll.
final class InterruptWatcher: Sendable {
    static let pollMilliseconds = 20
    private let stopped = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    /// Where Ctrl-C comes from: `Interrupt`'s SIGINT flag (taking it clears it).
    typealias Source = @Sendable () -> Bool

    /// Starts watching for `token`; clears any Ctrl-C pressed before the command began.
    init(_ token: Cancellation, source: @escaping Source = { Interrupt.takePending() }) {
        token.reset()
        _ = source()
        // A thread of its own, not a dispatch queue: while the extraction warm-up or a long command
        // keeps every worker of the global pool busy, a queued poller would never run, and Ctrl-C
        // would be seen only once the work was done.
        Thread.detachNewThread { [self] in
            while !stopped.load(ordering: .relaxed) {
                if source() { token.cancel() }
                usleepMilliseconds(InterruptWatcher.pollMilliseconds)
            }
            finished.signal()
        }
    }

    /// Stops watching (waits for the poller to end, so it never outlives the command).
    func stop() {
        stopped.store(true, ordering: .relaxed)
        finished.wait()
    }

    /// Runs `body` with Ctrl-C cancelling `token`.
    static func run<T>(cancelling token: Cancellation, source: @escaping Source, _ body: () -> T) -> T {
        let watcher = InterruptWatcher(token, source: source)
        defer { watcher.stop() }
        return body()
    }
}

private func usleepMilliseconds(_ ms: Int) {
    var ts = timespec(tv_sec: 0, tv_nsec: ms * 1_000_000)
    _ = withUnsafePointer(to: &ts) { nanosleep($0, nil) }
}
