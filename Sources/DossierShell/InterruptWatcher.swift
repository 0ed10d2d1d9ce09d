import Dispatch
import Foundation
import DossierKit
import Synchronization

/// While a command runs, turns Ctrl-C (the SIGINT flag `Interrupt` keeps) into a request on the
/// session's `Cancellation`, polling every 20 ms on a background thread: the signal handler only
/// sets a flag, and the engine's loops see the request within a poll.
final class InterruptWatcher: Sendable {
    static let pollMilliseconds = 20
    private let stopped = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts watching for `token`; clears any Ctrl-C pressed before the command began.
    init(_ token: Cancellation) {
        token.reset()
        _ = Interrupt.takePending()
        DispatchQueue.global(qos: .userInteractive).async { [self] in
            while !stopped.load(ordering: .relaxed) {
                if Interrupt.takePending() { token.cancel() }
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
    static func run<T>(cancelling token: Cancellation, _ body: () -> T) -> T {
        let watcher = InterruptWatcher(token)
        defer { watcher.stop() }
        return body()
    }
}

private func usleepMilliseconds(_ ms: Int) {
    var ts = timespec(tv_sec: 0, tv_nsec: ms * 1_000_000)
    _ = withUnsafePointer(to: &ts) { nanosleep($0, nil) }
}
