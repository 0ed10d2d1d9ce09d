import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the terminal the shell runs in.
public enum Terminal {
    /// A terminal's size in character cells.
    public struct Size: Equatable, Sendable {
        public var rows: Int
        public var columns: Int
        public init(rows: Int, columns: Int) {
            self.rows = rows
            self.columns = columns
        }
    }

    /// Whether `fd` is a terminal.
    public static func isTTY(_ fd: Int32) -> Bool {
        isatty(fd) == 1
    }

    /// The size of the terminal on `fd` (TIOCGWINSZ), else `$LINES`/`$COLUMNS`, else 24 × 100.
    public static func size(fd: Int32 = STDOUT_FILENO) -> Size {
        var rows: Int32 = 0
        var columns: Int32 = 0
        if dossier_terminal_size(fd, &rows, &columns) == 0 {
            return Size(rows: Int(rows), columns: Int(columns))
        }
        return Size(rows: environmentInt("LINES") ?? 24, columns: environmentInt("COLUMNS") ?? 100)
    }

    /// Whether to colour standard output: it is a terminal, `NO_COLOR` is unset or empty
    /// (https://no-color.org) and `TERM` is not `dumb`.
    public static var colorEnabled: Bool {
        colorEnabled(isTerminal: isTTY(STDOUT_FILENO), noColor: environment("NO_COLOR"), term: environment("TERM"))
    }

    /// The colour rule, given the facts.
    public static func colorEnabled(isTerminal: Bool, noColor: String?, term: String?) -> Bool {
        isTerminal && (noColor ?? "").isEmpty && term != "dumb"
    }

    /// An environment variable, or nil when unset.
    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// A positive integer from the environment, or nil.
    static func environmentInt(_ name: String) -> Int? {
        guard let text = environment(name), let value = Int(text.trimmingWhitespace()), value > 0 else { return nil }
        return value
    }
}
