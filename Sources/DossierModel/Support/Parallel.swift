import Dispatch
import Foundation

/// Data parallelism over independent items (documents), with results in input order.
public enum Parallel {
    /// `body(i)` for every `i` in `0..<count`, run on all cores in contiguous chunks; the results
    /// come back in index order, so the output is the same as a sequential map.
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let chunks = min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        let results = Results<T>(chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = c * count / chunks, hi = (c + 1) * count / chunks
            var local: [T] = []
            local.reserveCapacity(hi - lo)
            for i in lo..<hi { local.append(body(i)) }
            results.set(c, local)
        }
        return results.joined()
    }

    /// Chunk results written by workers under a lock (each chunk once).
    private final class Results<T: Sendable>: @unchecked Sendable {  // guarded by `lock`
        private var parts: [[T]]
        private let lock = NSLock()
        init(_ n: Int) { parts = Array(repeating: [], count: n) }
        func set(_ i: Int, _ v: [T]) {
            lock.lock()
            parts[i] = v
            lock.unlock()
        }
        func joined() -> [T] {
            lock.lock()
            defer { lock.unlock() }
            return parts.flatMap { $0 }
        }
    }
}
