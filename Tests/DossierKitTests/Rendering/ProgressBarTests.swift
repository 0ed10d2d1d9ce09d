import Testing
@testable import DossierKit

@Suite struct ProgressBarTests {
    @Test func fullLine() {
        let line = ProgressBar.line(
            bytesDone: 52_000_000, bytesTotal: 100_000_000, filesDone: 1204, filesTotal: 2310, elapsedSeconds: 4,
            width: 100)
        #expect(line == "loading ▕█████████████████▋                ▏ 52%  1204/2310 files  52.0/100.0 MB  13.0 MB/s  4s left")
        #expect(DisplayWidth.of(line) <= 100)
    }

    @Test func narrowDropsDetailsAndStaysInWidth() {
        for width in [30, 40, 60] {
            let line = ProgressBar.line(
                bytesDone: 1, bytesTotal: 3, filesDone: 1, filesTotal: 3, elapsedSeconds: 1, width: width)
            #expect(DisplayWidth.of(line) <= width)
            #expect(line.hasPrefix("loading ▕"))
        }
        #expect(ProgressBar.line(bytesDone: 0, bytesTotal: 0, filesDone: 0, filesTotal: 0, elapsedSeconds: 0, width: 40)
            .contains(" 0%"))
    }

    @Test func durations() {
        #expect(ProgressBar.duration(3.2) == "4s")
        #expect(ProgressBar.duration(125) == "2m 05s")
        #expect(ProgressBar.duration(3720) == "1h 02m")
        #expect(ProgressBar.duration(.infinity) == "?")
    }
}
