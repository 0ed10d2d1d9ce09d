import DossierKit

/// A script (`-c` or standard input) that may hold shell directives, as psql and sqlite3 accept
/// their meta-commands in scripts: a line starting with `:` where a statement could start is a
/// directive (`:save nb.md`, `:note …`, `:format json`, `:quit`); the statements between two
/// directive lines run as one cell, with diagnostics pointing at their lines in the script. With
/// `--json`, what directives print goes to standard error, so standard output stays JSON Lines.
public enum ScriptRunner {
    /// Whether `text` has a directive line (a line starting with `:`); scripts without one run
    /// as plain statements.
    public static func hasDirectives(_ text: String) -> Bool {
        text.split(separator: "\n").contains { $0.trimmingWhitespace().hasPrefix(":") }
    }

    /// Runs `text` through `delegate`, handing each piece of output to `emit` as it is produced;
    /// `bail` stops at the first failure. Returns whether anything failed.
    public static func run(
        _ text: String, sourceName: String, delegate: inout SessionDelegate, bail: Bool, emit: (Session.Chunk) -> Void
    ) -> Bool {
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
            r.chunks.forEach(emit)
            failed = failed || r.failed
            return !(bail && r.failed)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() {
            let trimmed = line.trimmingWhitespace()
            // Only a ':' line asks whether the statement so far is finished (linear in the script).
            let directive = trimmed.hasPrefix(":") && (pending.isEmpty || !Parser.needsContinuation(pending.joined(separator: "\n")))
            guard directive else {
                if pending.isEmpty { pendingStart = i + 1 }
                pending.append(line)
                continue
            }
            guard flush() else { return failed }
            let (name, argument) = Repl<PlainLineEditor, SessionDelegate, TerminalOutput>.parseDirective(trimmed)
            if name == "quit" || name == "q" { return failed }
            if name == "pager" { continue }
            let out = delegate.directive(name, argument: argument)
            // With --json, standard output carries only results (one JSON value a line).
            if !out.stdout.isEmpty {
                emit(delegate.display.format == .json ? .stderr(terminated(out.stdout)) : .stdout(terminated(out.stdout)))
            }
            if !out.stderr.isEmpty { emit(.stderr(terminated(out.stderr))) }
            if out.failed {
                failed = true
                if bail { return failed }
            }
        }
        _ = flush()
        return failed
    }

    static func terminated(_ text: String) -> String { text.hasSuffix("\n") ? text : text + "\n" }
}
