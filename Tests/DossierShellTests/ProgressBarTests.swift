import Testing
import Synchronization
@testable import DossierShell

/// A settable clock and a record of writes, shared with the bar's closures.
final class ProgressProbe: Sendable {
    let time = Mutex(0.0)
    let writes = Mutex([String]())

    func bar(enabled: Bool = true, totalFiles: Int = 10, totalBytes: Int = 10_000_000) -> ProgressBar {
        ProgressBar(totalFiles: totalFiles, totalBytes: totalBytes, enabled: enabled, width: { 100 },
                    write: { text in self.writes.withLock { $0.append(text) } },
                    clock: { self.time.withLock { $0 } })
    }

    func at(_ seconds: Double) {
        time.withLock { $0 = seconds }
    }

    var written: [String] { writes.withLock { $0 } }
}

@Suite struct ProgressBarTests {
    @Test func nothingDrawnBeforeOneSecond() {
        let probe = ProgressProbe()
        let bar = probe.bar()
        probe.at(0.5)
        bar.advance(bytes: 1_000_000)
        bar.finish()
        #expect(probe.written.isEmpty)
        #expect(!bar.hasDrawn)
    }

    @Test func drawsAfterOneSecondAndClearsAtTheEnd() {
        let probe = ProgressProbe()
        let bar = probe.bar()
        probe.at(0.5)
        bar.advance(bytes: 2_000_000)
        probe.at(2.0)
        bar.advance(bytes: 2_000_000)
        #expect(probe.written.count == 1)
        let line = probe.written[0]
        #expect(line.hasPrefix("\rLoading ["))
        #expect(line.contains("2/10 files"))
        #expect(line.contains("4.0/10.0 MB"))
        #expect(line.contains("2.0 MB/s"))
        #expect(line.contains("3s left"))
        bar.finish()
        #expect(probe.written.last == "\r\u{1B}[K")
        bar.advance(bytes: 1)
        #expect(probe.written.count == 2)
    }

    @Test func redrawsAreThrottled() {
        let probe = ProgressProbe()
        let bar = probe.bar()
        probe.at(1.5)
        bar.advance(bytes: 10)
        probe.at(1.55)
        bar.advance(bytes: 10)
        probe.at(1.7)
        bar.advance(bytes: 10)
        #expect(probe.written.count == 2)
    }

    @Test func disabledBarWritesNothing() {
        let probe = ProgressProbe()
        let bar = probe.bar(enabled: false)
        probe.at(5)
        bar.advance(bytes: 5_000_000)
        bar.finish()
        #expect(probe.written.isEmpty)
    }

    @Test func renderFitsTheWidth() {
        let snapshot = ProgressBar.Snapshot(files: 120, totalFiles: 400, bytes: 12_000_000, totalBytes: 40_000_000,
                                            elapsed: 2)
        let wide = ProgressBar.render(snapshot, width: 120)
        #expect(wide == "Loading [#########.....................]  120/400 files  12.0/40.0 MB  6.0 MB/s  5s left")
        for width in [20, 40, 60, 80] {
            #expect(ProgressBar.render(snapshot, width: width).count <= width - 1)
        }
    }

    @Test func durations() {
        #expect(ProgressBar.duration(4.2) == "5s")
        #expect(ProgressBar.duration(185) == "3m05s")
        #expect(ProgressBar.duration(3720) == "1h02m")
        #expect(ProgressBar.duration(.infinity) == "--")
    }

    @Test func concurrentAdvancesAreAllCounted() async {
        let probe = ProgressProbe()
        let bar = probe.bar(totalFiles: 1000, totalBytes: 1000)
        probe.at(3)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<1000 {
                group.addTask { bar.advance(files: 1, bytes: 1) }
            }
        }
        probe.at(10)
        bar.advance(files: 0, bytes: 0)
        #expect(probe.written.last?.contains("1000/1000 files") == true)
    }
}
