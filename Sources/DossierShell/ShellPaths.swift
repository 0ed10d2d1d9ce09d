#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the shell keeps its state on disk.
public enum ShellPaths {
    /// `$XDG_STATE_HOME/dossier`, or `~/.local/state/dossier` when `XDG_STATE_HOME` is unset, empty
    /// or relative (as the XDG spec asks). Nil when no home directory is known.
    public static func stateDirectory() -> String? {
        if let state = Terminal.environment("XDG_STATE_HOME"), state.hasPrefix("/") {
            return state + "/dossier"
        }
        guard let home = Terminal.environment("HOME"), !home.isEmpty else { return nil }
        return home + "/.local/state/dossier"
    }

    /// The libedit history file in the state directory.
    public static func historyFile() -> String? {
        stateDirectory().map { $0 + "/history" }
    }

    /// Creates `path` and its missing parents (mode 0700). Returns whether it exists afterwards.
    @discardableResult
    public static func makeDirectory(_ path: String) -> Bool {
        var built = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            built += "/" + component
            if mkdir(built, 0o700) != 0 && errno != EEXIST { return false }
        }
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
