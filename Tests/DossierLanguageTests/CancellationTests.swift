import Dispatch
import Synchronization
import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierTestSupport
@testable import DossierLanguage

/// Ctrl-C reaches the engine as a `Cancellation` request: the statement stops, later statements
/// of the same input do not run, and nothing it computed is kept.
@Suite struct CancellationTests {
    /// A registry with `big`, a table of many rows, so a `where` over it runs long enough to stop.
    static let registry = Registry(
        verbs: Registry.standard.verbs + [
            VerbSpec(name: "big", category: .corpus, summary: "many rows", example: "big", evaluate: { _, _ in
                .table(Table(columns: [Column("n", .number)], rows: (0..<2_000_000).map { [.number(Double($0))] }))
            })
        ])

    @Test func aCancelledSessionRunsNothingFurther() {
        var s = Session(corpus: .empty)
        s.state.cancellation.cancel()
        let results = s.execute("let x = 1\nlet y = 2")
        #expect(results.count == 1)
        #expect(results.first?.diagnostic?.message == Evaluator.interruptedMessage)
        #expect(s.state.variables.isEmpty)
        s.state.cancellation.reset()
        #expect(s.execute("1 + 1").last?.value == .number(2))
    }

    @Test func aLongWhereStopsSoonAfterTheRequest() {
        var s = Session(corpus: .empty, registry: Self.registry)
        _ = s.execute("let t = big")  // built before the clock starts: the request lands in the `where`
        let token = s.state.cancellation
        let requested = Mutex(ContinuousClock.now)
        // A thread of its own, not Dispatch's pool: parallel tests can keep every pool thread busy,
        // and the request must land while the `where` runs.
        let canceller = Thread {
            Thread.sleep(forTimeInterval: 0.05)  // far less than the `where` over 2 M rows takes
            requested.withLock { $0 = .now }
            token.cancel()
        }
        canceller.start()
        let results = s.execute("let kept = t | where n * 2 >= 0 and n ~ r\"(.*)*x\" | count\nlet after = 1")
        let stoppedAfter = ContinuousClock.now - requested.withLock { $0 }
        #expect(results.last?.diagnostic?.message == Evaluator.interruptedMessage)
        #expect(s.state.variables["kept"] == nil)
        #expect(s.state.variables["after"] == nil)
        #expect(stoppedAfter < .seconds(2))
    }

    @Test func cancelledExtractionCachesNothing() {
        let corpus = CorpusFixtures.seeds
        var state = ExtractionState()
        let token = Cancellation()
        token.cancel()
        let a = state.annotations(for: corpus, cancellation: token)
        #expect(a.entities.isEmpty)
        #expect(!state.isWarm)
        #expect(!state.annotations(for: corpus).entities.isEmpty)
        #expect(state.isWarm)
    }
}

/// Query strings nest by recursion too: `kwic`/`search` patterns with thousands of brackets or
/// NOTs are a diagnostic, not a stack overflow.
@Suite struct BoundedQueryTests {
    @Test func deepSearchQueriesAreADiagnostic() {
        let parens = String(repeating: "(", count: 5000) + "gaza" + String(repeating: ")", count: 5000)
        #expect(throws: QueryError.self) { try QueryParser.parse(parens) }
        let nots = String(repeating: "NOT ", count: 5000) + "gaza"
        #expect(throws: QueryError.self) { try QueryParser.parse(nots) }
        #expect((try? QueryParser.parse("(gaza OR (rafah AND NOT hamas))")) != nil)
    }

    @Test func deepTokenQueriesAreADiagnostic() {
        let parens = "[" + String(repeating: "(", count: 5000) + "word=\"a\"" + String(repeating: ")", count: 5000) + "]"
        #expect(throws: QueryError.self) { try TokenQueryParser.parse(parens) }
        let nots = "[" + String(repeating: "!", count: 5000) + "word=\"a\"]"
        #expect(throws: QueryError.self) { try TokenQueryParser.parse(nots) }
        #expect((try? TokenQueryParser.parse("[!(word=\"a\" | lower=\"b\")]")) != nil)
    }
}
