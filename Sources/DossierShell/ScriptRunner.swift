import DossierKit

/// A script (`-c` or standard input) that may hold shell directives, as psql and sqlite3 accept
/// their meta-commands in scripts: a line starting with `:` where a statement could start is a
/// directive (`:save nb.md`, `:note …`, `:format json`, `:quit`); the statements between two
/// directive lines run as one cell, with diagnostics pointing at their lines in the script. With
/// `--json`, what directives print goes to standard error, so standard output stays JSON Lines.
public enum ScriptRunner {
    /// Runs `text` through `delegate`; `bail` stops at the first failure.
    public static func run(_ text: String, sourceName: String, delegate: inout SessionDelegate, bail: Bool)
        -> (chunks: [Session.Chunk], failed: Bool)
    {
        var chunks: [Session.Chunk] = []
        var failed = false
        var pending: [Substring] = []
        var pendingStart = 1
        /// Runs the statements gathered so far; returns false when the script must stop.
        func flush() -> Bool {
            defer { pending.removeAll() }
            // Leading and trailing blank lines are not part of the cell.
            var lines = pending[...]
            var start = pendingStart
            while let first = lines.first, first.trimmingWhitespace().isEmpty { lines = lines.dropFirst(); start += 1 }
            while let last = lines.last, last.trimmingWhitespace().isEmpty { lines = lines.dropLast() }
            guard !lines.isEmpty else { return true }
            let r = delegate.executeScript(lines.joined(separator: "\n") + "\n", sourceName: sourceName, firstLine: start, bail: bail)
            chunks += r.chunks
            failed = failed || r.failed
            return !(bail && r.failed)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() {
            let trimmed = line.trimmingWhitespace()
            let atStatementStart = pending.isEmpty || !Parser.needsContinuation(pending.joined(separator: "\n"))
            guard trimmed.hasPrefix(":"), atStatementStart else {
                if pending.isEmpty { pendingStart = i + 1 }
                pending.append(line)
                continue
            }
            guard flush() else { return (chunks, failed) }
            let (name, argument) = Repl<PlainLineEditor, SessionDelegate, TerminalOutput>.parseDirective(trimmed)
            if name == "quit" || name == "q" { return (chunks, failed) }
            if name == "pager" { continue }
            let out = delegate.directive(name, argument: argument)
            // With --json, standard output carries only results (one JSON value a line).
            if !out.stdout.isEmpty {
                chunks.append(delegate.display.format == .json ? .stderr(terminated(out.stdout)) : .stdout(terminated(out.stdout)))
            }
            if !out.stderr.isEmpty { chunks.append(.stderr(terminated(out.stderr))) }
            if out.failed {
                failed = true
                if bail { return (chunks, failed) }
            }
        }
        _ = flush()
        return (chunks, failed)
    }

    static func terminated(_ text: String) -> String { text.hasSuffix("\n") ? text : text + "\n" }
}
