import CLibEdit
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress bar on standard error for long loads: files, megabytes, rate and time left, redrawn
/// in place with `\r`. It draws only when enabled (by default: standard error is a terminal) and
/// only once the load has run longer than `delay`; `finish()` clears it.
///
/// Thread-safe: `advance` may be called from worker threads; the state sits behind a `Mutex`.
public final class ProgressBar: Sendable {
    /// What the bar shows at one moment.
    public struct Snapshot: Equatable, Sendable {
        public var files: Int
        public var totalFiles: Int
        public var bytes: Int
        public var totalBytes: Int
        /// Seconds since the load started.
        public var elapsed: Double

        public init(files: Int, totalFiles: Int, bytes: Int, totalBytes: Int, elapsed: Double) {
            self.files = files
            self.totalFiles = totalFiles
            self.bytes = bytes
            self.totalBytes = totalBytes
            self.elapsed = elapsed
        }
    }

    private struct State {
        var files = 0
        var bytes = 0
        var drawn = false
        var finished = false
        var lastDraw = -Double.infinity
    }

    private let totalFiles: Int
    private let totalBytes: Int
    private let label: String
    private let enabled: Bool
    private let delay: Double
    private let interval: Double
    private let width: @Sendable () -> Int
    private let write: @Sendable (String) -> Void
    private let clock: @Sendable () -> Double
    private let state = Mutex(State())

    /// - Parameters:
    ///   - totalFiles, totalBytes: the size of the whole load.
    ///   - enabled: whether to draw at all (default: standard error is a terminal).
    ///   - delay: seconds before the first draw (short loads show nothing).
    ///   - interval: the least number of seconds between redraws.
    ///   - width: the terminal's width (default: standard error's terminal).
    ///   - write: where the text goes (default: standard error).
    ///   - clock: seconds since the load started (default: a monotonic clock started now).
    public init(totalFiles: Int, totalBytes: Int, label: String = "Loading",
                enabled: Bool = Terminal.isTTY(STDERR_FILENO), delay: Double = 1.0, interval: Double = 0.1,
                width: @escaping @Sendable () -> Int = { Terminal.size(fd: STDERR_FILENO).columns },
                write: @escaping @Sendable (String) -> Void = ProgressBar.writeToStandardError,
                clock: (@Sendable () -> Double)? = nil) {
        self.totalFiles = max(0, totalFiles)
        self.totalBytes = max(0, totalBytes)
        self.label = label
        self.enabled = enabled
        self.delay = delay
        self.interval = interval
        self.width = width
        self.write = write
        if let clock {
            self.clock = clock
        } else {
            let start = ContinuousClock.now
            self.clock = {
                let duration = start.duration(to: ContinuousClock.now)
                return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
            }
        }
    }

    /// Records `files` more files and `bytes` more bytes loaded, and redraws if it is time.
    public func advance(files: Int = 1, bytes: Int) {
        guard enabled else { return }
        state.withLock { state in
            guard !state.finished else { return }
            state.files += files
            state.bytes += bytes
            let now = clock()
            guard now >= delay, now - state.lastDraw >= interval else { return }
            state.lastDraw = now
            state.drawn = true
            let snapshot = Snapshot(files: state.files, totalFiles: totalFiles, bytes: state.bytes,
                                    totalBytes: totalBytes, elapsed: now)
            write("\r" + Self.render(snapshot, label: label, width: width()))
        }
    }

    /// Clears the bar if it was drawn. Later calls to `advance` draw nothing.
    public func finish() {
        state.withLock { state in
            guard !state.finished else { return }
            state.finished = true
            if state.drawn { write("\r\u{1B}[K") }
        }
    }

    /// Whether the bar has been drawn at least once.
    public var hasDrawn: Bool {
        state.withLock { $0.drawn }
    }

    /// One line of progress, at most `width - 1` characters wide (the last column stays empty so
    /// the terminal does not wrap), e.g.
    /// `Loading [######......]  120/400 files  12.0/40.0 MB  6.0 MB/s  4s left`.
    public static func render(_ snapshot: Snapshot, label: String = "Loading", width: Int) -> String {
        let megabytes = Double(snapshot.bytes) / 1_000_000
        let totalMegabytes = Double(snapshot.totalBytes) / 1_000_000
        let rate = snapshot.elapsed > 0 ? megabytes / snapshot.elapsed : 0
        let fraction: Double
        if snapshot.totalBytes > 0 {
            fraction = min(1, Double(snapshot.bytes) / Double(snapshot.totalBytes))
        } else if snapshot.totalFiles > 0 {
            fraction = min(1, Double(snapshot.files) / Double(snapshot.totalFiles))
        } else {
            fraction = 0
        }
        let left: String
        if rate > 0 && snapshot.totalBytes > 0 {
            left = duration(max(0, totalMegabytes - megabytes) / rate) + " left"
        } else {
            left = "-- left"
        }
        let details = "  \(snapshot.files)/\(snapshot.totalFiles) files  \(oneDecimal(megabytes))/\(oneDecimal(totalMegabytes)) MB"
            + "  \(oneDecimal(rate)) MB/s  \(left)"
        let room = width - 1
        let barRoom = room - label.count - details.count - 3  // " [" and "]"
        if barRoom >= 5 {
            let barWidth = min(barRoom, 30)
            let filled = Int((fraction * Double(barWidth)).rounded(.down))
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled)
            return label + " [" + bar + "]" + details
        }
        let plain = label + details
        return plain.count <= room ? plain : String(plain.prefix(max(0, room)))
    }

    /// `4s`, `3m05s`, `1h02m`.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "--" }
        let total = Int(seconds.rounded(.up))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m" + twoDigits(total % 60) + "s" }
        return "\(total / 3600)h" + twoDigits(total / 60 % 60) + "m"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// A number with one decimal, rounded half up, without locale: `12.0`.
    static func oneDecimal(_ value: Double) -> String {
        guard value.isFinite, value >= 0 else { return "0.0" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Writes to standard error, unbuffered.
    @Sendable public static func writeToStandardError(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { buffer in
            fwrite(buffer.baseAddress, 1, buffer.count, dossier_stderr())
        }
        fflush(dossier_stderr())
    }
}
