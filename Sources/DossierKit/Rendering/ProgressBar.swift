/// The text of a progress line for long loads (the shell prints it on stderr, redrawn with `\r`).
/// Pure: the caller passes the elapsed time.
public enum ProgressBar {
    /// `loading ▕█████▌    ▏ 52%  1204/2310 files  53.2/102.4 MB  12.1 MB/s  4s left`, at most `width`
    /// columns (details drop from the right when narrow).
    public static func line(
        bytesDone: Int, bytesTotal: Int, filesDone: Int, filesTotal: Int, elapsedSeconds: Double, width: Int,
        label: String = "loading"
    ) -> String {
        let fraction = bytesTotal > 0
            ? min(1, max(0, Double(bytesDone) / Double(bytesTotal)))
            : (filesTotal > 0 ? min(1, max(0, Double(filesDone) / Double(filesTotal))) : 0)
        let percent = "\(Int((fraction * 100).rounded(.down)))%"
        var details = ["\(filesDone)/\(filesTotal) files", "\(megabytes(bytesDone))/\(megabytes(bytesTotal)) MB"]
        if elapsedSeconds > 0.05, bytesDone > 0 {
            let rate = Double(bytesDone) / elapsedSeconds
            details.append("\(NumberFormat.fixed(rate / 1_000_000, decimals: 1)) MB/s")
            if bytesTotal > bytesDone { details.append(duration(Double(bytesTotal - bytesDone) / rate) + " left") }
        }
        // Keep the details that fit beside a bar of at least 10 cells.
        var tail = ""
        for d in details {
            let candidate = tail + "  " + d
            if DisplayWidth.of(label) + 1 + 12 + 1 + percent.count + DisplayWidth.of(candidate) <= width { tail = candidate } else { break }
        }
        let barWidth = max(1, min(40, width - DisplayWidth.of(label) - 1 - 2 - 1 - percent.count - DisplayWidth.of(tail)))
        let units = Int((fraction * Double(barWidth * 8)).rounded(.down))
        var bar = String(repeating: "█", count: units / 8)
        if units % 8 > 0, units / 8 < barWidth { bar.append(ChartTextRenderer.eighths[units % 8 - 1]) }
        bar += String(repeating: " ", count: max(0, barWidth - bar.count))
        return "\(label) ▕\(bar)▏ \(percent)\(tail)"
    }

    /// Bytes as megabytes (10^6) with one decimal.
    static func megabytes(_ bytes: Int) -> String { NumberFormat.fixed(Double(max(0, bytes)) / 1_000_000, decimals: 1) }

    /// `4s`, `2m 05s`, `1h 02m`.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "?" }
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "\(s)s" }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        if s < 3600 { return "\(s / 60)m \(two(s % 60))s" }
        return "\(s / 3600)h \(two(s / 60 % 60))m"
    }
}
