import Dispatch
import DossierKit
import Synchronization

/// Extracts entities, quotes, dates and figures on a background thread as soon as the REPL opens a
/// corpus, so the first `entities` or `quotes` on a large corpus does not start from nothing.
final class ExtractionWarmup: Sendable {
    private let result = Mutex<Annotations?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(corpus: Corpus) {
        DispatchQueue.global(qos: .utility).async { [self] in
            let a = Extractor.extract(corpus: corpus)
            result.withLock { $0 = a }
            done.signal()
        }
    }

    /// The annotations, waiting for the warm-up to finish; nil at once when `cancellation` is
    /// requested while waiting (the warm-up goes on in the background).
    func wait(cancellation: Cancellation? = nil) -> Annotations? {
        while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if cancellation?.isCancelled == true { return nil }
        }
        done.signal()  // later callers do not block
        return result.withLock { $0 }
    }

    /// The annotations if the warm-up has finished, without waiting.
    var ready: Annotations? { result.withLock { $0 } }
}
