import CLibEdit
import Synchronization

/// Ctrl-C handling. Once installed, SIGINT no longer kills the process: it interrupts a pending
/// line read (which then returns `.interrupted`) and sets a flag that long work may poll.
public enum Interrupt {
    /// The address of the flag the installed handler sets (0 before `install`). The C flag is a
    /// static in shim.h, so each module that inlines the C functions has a copy of its own: a
    /// release build inlined the reading side into the executable, which then polled a flag no
    /// handler ever set, and Ctrl-C did nothing. The address is taken where the handler is installed.
    private static let flagAddress = Atomic<UInt>(0)

    /// Installs the SIGINT handler (sigaction, no SA_RESTART). Idempotent.
    @discardableResult
    public static func install() -> Bool {
        let ok = dossier_install_sigint_handler() == 0
        if ok { flagAddress.store(UInt(bitPattern: dossier_sigint_flag()), ordering: .releasing) }
        return ok
    }

    /// Whether Ctrl-C was pressed since the last call; clears the flag.
    public static func takePending() -> Bool {
        guard let flag = UnsafeMutablePointer<sig_atomic_t>(bitPattern: flagAddress.load(ordering: .acquiring)) else {
            return false
        }
        return dossier_take_sigint_at(flag) != 0
    }
}
