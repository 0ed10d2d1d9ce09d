/// The read–eval–print loop, generic over where lines come from (`LineEditor`), what runs them
/// (`ReplDelegate`) and where output goes (`OutputSink`).
///
/// Prompts `dossier> `, and `   ...> ` while the delegate says the buffer needs continuing.
/// Ctrl-C abandons the current (multi-line) buffer; Ctrl-D on an empty line, the end of input,
/// `:quit` and `:q` end the loop; `:pager on|off` is handled here; other `:` lines go to
/// `directive`; everything else to `execute`.
public struct Repl<Editor: LineEditor, Delegate: ReplDelegate, Output: OutputSink> {
    public var editor: Editor
    public var delegate: Delegate
    public var output: Output
    /// Show the delegate's banner at start (only on a terminal).
    public var showBanner: Bool
    /// Whether tall output may go through the pager (`:pager on|off`).
    public var pagerEnabled: Bool
    /// Stop at the first failed command (`--bail`).
    public var bailOnError: Bool
    /// Ask before Ctrl-D ends a session with unsaved cells (on a terminal).
    public var confirmUnsavedOnEnd = false
    public var prompt = "dossier> "
    public var continuationPrompt = "   ...> "

    public init(editor: Editor, delegate: Delegate, output: Output, showBanner: Bool = false,
                pagerEnabled: Bool = true, bailOnError: Bool = false) {
        self.editor = editor
        self.delegate = delegate
        self.output = output
        self.showBanner = showBanner
        self.pagerEnabled = pagerEnabled
        self.bailOnError = bailOnError
    }

    /// Runs until the input ends, `:quit`, or (with `bailOnError`) the first failure.
    public mutating func run() -> ReplResult {
        var result = ReplResult()
        if showBanner {
            let banner = delegate.banner
            if !banner.isEmpty { output.writeOutput(Self.terminated(banner), pageable: false) }
        }
        var buffer: [String] = []
        while true {
            let delegate = self.delegate
            editor.completionProvider = { line in Self.completions(line: line, delegate: delegate) }
            let read = editor.readLine(prompt: buffer.isEmpty ? prompt : continuationPrompt)
            // Drop the delegate copy before it runs, so mutating it copies nothing.
            editor.completionProvider = nil
            switch read {
            case .interrupted:
                buffer.removeAll()
            case .end:
                if !buffer.isEmpty {
                    // Unfinished input at the end: run it so the user sees its diagnostic.
                    if runSource(buffer.joined(separator: "\n"), result: &result) {
                        return result
                    }
                }
                if buffer.isEmpty, confirmUnsavedOnEnd, !confirmLeaving() { continue }
                result.ending = .endOfInput
                return result
            case .line(let line):
                if buffer.isEmpty {
                    let trimmed = line.trimmingWhitespace()
                    if trimmed.isEmpty { continue }
                    if trimmed.hasPrefix(":") {
                        editor.addHistory(trimmed)
                        if runDirective(trimmed, result: &result) { return result }
                        continue
                    }
                }
                buffer.append(line)
                let source = buffer.joined(separator: "\n")
                if delegate.needsContinuation(source) { continue }
                buffer.removeAll()
                for entry in Self.historyEntries(source) { editor.addHistory(entry) }
                if runSource(source, result: &result) { return result }
            }
        }
    }

    /// Asks whether to leave with unsaved cells; true to leave (yes, or Ctrl-D again).
    private mutating func confirmLeaving() -> Bool {
        let n = delegate.unsavedChanges
        guard n > 0 else { return true }
        let what = n == 1 ? "1 cell or note is" : "\(n) cells and notes are"
        let question = "\n\(what) not saved. Leave anyway (the journal keeps them for :recover)? [y/N] "
        switch editor.readLine(prompt: question) {
        case .end: return true
        case .interrupted: break
        case .line(let answer):
            if ["y", "yes"].contains(answer.trimmingWhitespace().lowercased()) { return true }
        }
        output.writeError("staying; :save FILE keeps the notebook\n")
        return false
    }

    /// Runs statements; returns true when the loop must stop (bail).
    private mutating func runSource(_ source: String, result: inout ReplResult) -> Bool {
        let out = delegate.execute(source)
        return emit(out, result: &result)
    }

    /// Runs a `:` line; returns true when the loop must stop.
    private mutating func runDirective(_ line: String, result: inout ReplResult) -> Bool {
        let (name, argument) = Self.parseDirective(line)
        switch name {
        case "quit", "q":
            result.ending = .quit
            return true
        case "pager":
            switch argument.lowercased() {
            case "on": pagerEnabled = true
            case "off": pagerEnabled = false
            case "": break
            default:
                return emit(.failure("usage: :pager on|off"), result: &result)
            }
            return emit(ReplOutput(stdout: "pager \(pagerEnabled ? "on" : "off")"), result: &result)
        default:
            return emit(delegate.directive(name, argument: argument), result: &result)
        }
    }

    /// Writes a command's output; returns true when the loop must stop (bail).
    private mutating func emit(_ out: ReplOutput, result: inout ReplResult) -> Bool {
        if !out.stdout.isEmpty { output.writeOutput(Self.terminated(out.stdout), pageable: pagerEnabled) }
        if !out.stderr.isEmpty { output.writeError(Self.terminated(out.stderr)) }
        guard out.failed else { return false }
        result.failures += 1
        if bailOnError {
            result.ending = .bailed
            return true
        }
        return false
    }

    /// `:save x.md` → ("save", "x.md"); the argument is trimmed.
    public static func parseDirective(_ line: String) -> (name: String, argument: String) {
        let body = line.trimmingWhitespace().dropFirst()  // the ':'
        guard let space = body.firstIndex(where: \.isWhitespace) else { return (String(body), "") }
        return (String(body[..<space]), String(body[space...]).trimmingWhitespace())
    }

    /// The history entries for a finished buffer: one entry with its lines joined by spaces, so
    /// Up recalls the whole statement, unless a line holds a `#` (a comment would swallow the
    /// lines joined after it), in which case each line is its own entry.
    public static func historyEntries(_ source: String) -> [String] {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: true).map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
        if lines.count <= 1 || source.contains("#") { return lines }
        return [lines.joined(separator: " ")]
    }

    /// The delegate's candidates, plus the loop's own directives.
    static func completions(line: String, delegate: Delegate) -> [String] {
        var candidates = delegate.completions(line: line)
        let trimmed = line.trimmingWhitespace()
        if line.hasPrefix(":") && !line.contains(where: \.isWhitespace) {
            candidates += [":quit", ":pager"]
        } else if trimmed == ":pager" && line.last?.isWhitespace == true {
            candidates += ["on", "off"]
        } else if line.hasPrefix(":pager ") {
            candidates += ["on", "off"]
        }
        return candidates
    }

    private static func terminated(_ text: String) -> String {
        text.hasSuffix("\n") ? text : text + "\n"
    }
}

/// How a REPL session ended and how many commands failed.
public struct ReplResult: Equatable, Sendable {
    public enum Ending: Equatable, Sendable {
        /// Ctrl-D on an empty line, or the end of the input.
        case endOfInput
        /// `:quit` or `:q`.
        case quit
        /// A command failed with `bailOnError` set.
        case bailed
    }

    public var ending: Ending = .endOfInput
    /// The number of commands that failed.
    public var failures = 0

    public init(ending: Ending = .endOfInput, failures: Int = 0) {
        self.ending = ending
        self.failures = failures
    }

    /// 1 if any command failed, else 0.
    public var exitStatus: Int32 { failures > 0 ? 1 : 0 }
}
