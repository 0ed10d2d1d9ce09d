import CLibEdit

/// Ctrl-C handling. Once installed, SIGINT no longer kills the process: it interrupts a pending
/// line read (which then returns `.interrupted`) and sets a flag that long work may poll.
public enum Interrupt {
    /// Installs the SIGINT handler (sigaction, no SA_RESTART). Idempotent.
    @discardableResult
    public static func install() -> Bool {
        dossier_install_sigint_handler() == 0
    }

    /// Whether Ctrl-C was pressed since the last call; clears the flag.
    public static func takePending() -> Bool {
        dossier_take_sigint() != 0
    }
}
