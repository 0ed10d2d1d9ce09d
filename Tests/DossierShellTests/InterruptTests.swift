import Dispatch
import DossierKit
import Foundation
import Synchronization
import Testing
@testable import DossierShell

/// Ctrl-C at the prompt: a press during a command stops it, the prompt comes back, and the
/// session, the notebook and the journal are as they were before the command.
@Suite struct InterruptTests {
    /// `big` presses Ctrl-C itself and waits (at most 10 s) until the watcher has turned the press
    /// into a cancellation, so the test does not depend on how fast this machine builds the rows or
    /// on a timer firing while the parallel tests keep the thread pool busy.
    static let key = FakeInterrupt()
    static let registry = Registry(
        verbs: Registry.standard.verbs + [
            VerbSpec(name: "big", category: .corpus, summary: "many rows", example: "big", evaluate: { _, state in
                key.press()
                let clock = ContinuousClock()
                let deadline = clock.now + .seconds(10)
                while !state.cancellation.isCancelled && clock.now < deadline { Thread.sleep(forTimeInterval: 0.005) }
                return .table(Table(columns: [Column("n", .number)], rows: (0..<200_000).map { [.number(Double($0))] }))
            })
        ])

    /// A stand-in for the SIGINT flag (a real signal would reach every test running at once).
    final class FakeInterrupt: Sendable {
        let pressed = Mutex(false)
        func press() { pressed.withLock { $0 = true } }
        func take() -> Bool { pressed.withLock { p in defer { p = false }; return p } }
    }

    @Test func ctrlCStopsTheCommandAndKeepsTheSession() throws {
        var d = SessionDelegate(
            session: Session(corpus: .empty, registry: Self.registry), display: RenderOptions(width: 100), corpusLabel: "empty",
            corpusPath: nil, bundledSeeds: nil, journalDirectory: nil)
        let key = Self.key
        d.interrupts = { key.take() }
        _ = d.execute("let kept = 1")
        let clock = ContinuousClock()
        let start = clock.now
        let out = d.execute("let kept = 2; big | where n ~ r\"(.*)*x\" | count")
        #expect(clock.now - start < .seconds(10))
        #expect(out.failed)
        #expect(out.stderr.contains("interrupted"))
        #expect(d.session.state.variables["kept"] == .number(1))
        #expect(d.notebook.cellCount == 1)
        // The next command runs normally.
        let next = d.execute("kept + 1")
        #expect(next.stdout == "2\n")
        #expect(!next.failed)
    }
}
