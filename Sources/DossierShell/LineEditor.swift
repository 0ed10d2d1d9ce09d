/// What one attempt to read a line produced.
public enum LineRead: Equatable, Sendable {
    /// A line of input, without its trailing newline.
    case line(String)
    /// The user pressed Ctrl-C: the line being typed is abandoned, the session goes on.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the input.
    case end
}

/// Given the line up to the cursor, the candidate completions of the word before the cursor.
public typealias CompletionProvider = (_ lineBeforeCursor: String) -> [String]

/// Reads lines from the user. The shell's only view of libedit.
public protocol LineEditor {
    /// Shows `prompt` (when the editor shows prompts at all) and reads one line.
    mutating func readLine(prompt: String) -> LineRead
    /// Records a finished entry in the history (recalled with Up, searched with Ctrl-R).
    mutating func addHistory(_ entry: String)
    /// Called on Tab with the line up to the cursor; returns candidates for the word before it.
    var completionProvider: CompletionProvider? { get set }
}
