import DossierModel

extension Evaluator {
    /// The message of a statement stopped by Ctrl-C.
    public static let interruptedMessage = "interrupted"

    /// Throws when the session's cancellation was requested: the statement stops there, and
    /// whatever it computed so far is dropped.
    static func checkCancelled(_ state: SessionState, at r: SourceRange) throws(Diagnostic) {
        if state.cancellation.isCancelled { throw interrupted(at: r) }
    }

    /// The diagnostic of a statement stopped by Ctrl-C at `r`.
    static func interrupted(at r: SourceRange) -> Diagnostic {
        .error(interruptedMessage, at: r, suggestion: "Ctrl-C stopped this statement; the session is as it was")
    }
}
