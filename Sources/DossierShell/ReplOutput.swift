/// What one statement or directive printed, and whether it failed.
public struct ReplOutput: Equatable, Sendable {
    /// The result, for standard output (may go through the pager).
    public var stdout: String
    /// Diagnostics and messages, for standard error.
    public var stderr: String
    /// Whether the command failed (counts towards the exit status and `--bail`).
    public var failed: Bool

    public init(stdout: String = "", stderr: String = "", failed: Bool = false) {
        self.stdout = stdout
        self.stderr = stderr
        self.failed = failed
    }

    /// Nothing printed, no failure.
    public static let empty = ReplOutput()

    /// A failure with `message` on standard error.
    public static func failure(_ message: String) -> ReplOutput {
        ReplOutput(stderr: message, failed: true)
    }
}
