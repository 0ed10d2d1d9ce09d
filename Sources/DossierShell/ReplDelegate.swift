/// What the REPL loop asks of the session: run statements and directives, complete words, and
/// tell whether a buffer is unfinished.
public protocol ReplDelegate {
    /// Runs one buffer of statements (lines joined with "\n").
    mutating func execute(_ source: String) -> ReplOutput
    /// Runs a `:` directive other than the loop's own (`:quit`, `:q`, `:pager`):
    /// `:save x.md` arrives as `("save", "x.md")`; a bare `:` as `("", "")`.
    mutating func directive(_ name: String, argument: String) -> ReplOutput
    /// Candidates for the word before the cursor, given the line up to the cursor. The loop drops
    /// those that do not start with the word, so returning every name in scope is fine.
    func completions(line: String) -> [String]
    /// Whether `buffer` is unfinished (ends in `|`, or has an open bracket or quote), so the loop
    /// reads a continuation line.
    func needsContinuation(_ buffer: String) -> Bool
    /// Shown once at start-up when the REPL is asked to show a banner.
    var banner: String { get }
    /// Cells and notes that would be lost if the session ended now (not saved yet).
    var unsavedChanges: Int { get }
}

extension ReplDelegate {
    public var unsavedChanges: Int { 0 }
}
