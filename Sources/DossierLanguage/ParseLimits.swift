/// Bounds on what one statement may contain, so that no input can exhaust the stack or run
/// unbounded: each is reported as a diagnostic naming the limit.
public enum ParseLimits {
    /// Brackets `(` `[` and nested pipelines, one inside another.
    public static let maxNesting = 128
    /// Binary and unary operators in one statement. Chains of them are parsed and evaluated in
    /// loops, but the syntax tree they build is as deep as the chain.
    public static let maxOperators = 20_000
    /// The word position of a sort key (`sort left:3`).
    public static let maxWordPosition = 1_000
}
