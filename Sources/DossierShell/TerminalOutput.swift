import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to the process's standard output and standard error. Pageable output taller than the
/// terminal goes through the pager, but only in an interactive session: standard input and
/// standard output both terminals (never in scripts, pipes or redirections).
public struct TerminalOutput: OutputSink {
    /// The pager to use for tall output; nil never pages.
    public var pager: Pager?
    private let interactive: Bool

    /// - Parameter pager: by default the one `$PAGER` names (`less -FRX` when unset).
    public init(pager: Pager? = Pager.fromEnvironment()) {
        self.pager = pager
        self.interactive = Terminal.isTTY(STDIN_FILENO) && Terminal.isTTY(STDOUT_FILENO)
    }

    public mutating func writeOutput(_ text: String, pageable: Bool) {
        if pageable, interactive, let pager {
            let size = Terminal.size(fd: STDOUT_FILENO)
            // One row stays for the prompt that follows.
            if Pager.rowCount(text, columns: size.columns) > size.rows - 1 {
                fflush(dossier_stdout())
                if pager.page(text) { return }
            }
        }
        Self.write(text, to: dossier_stdout())
    }

    public mutating func writeError(_ text: String) {
        fflush(dossier_stdout())
        Self.write(text, to: dossier_stderr())
    }

    private static func write(_ text: String, to stream: UnsafeMutablePointer<FILE>?) {
        guard let stream else { return }
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { buffer in
            fwrite(buffer.baseAddress, 1, buffer.count, stream)
        }
        fflush(stream)
    }
}
