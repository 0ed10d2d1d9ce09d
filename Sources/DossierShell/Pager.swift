import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shows long output through `$PAGER` (default `less -FRX`).
///
/// The text reaches the pager on its standard input, never on a command line. A plain `PAGER`
/// value is split into words and run directly; one with shell syntax in it (pipes, variables,
/// quotes that need a shell) is run as `/bin/sh -c "$PAGER"`: the user's own setting, nothing else.
public struct Pager: Equatable, Sendable {
    /// The program and its arguments, or `["/bin/sh", "-c", value]`.
    public var arguments: [String]

    public init(arguments: [String]) {
        self.arguments = arguments
    }

    /// The pager `$PAGER` names, `less -FRX` when unset; nil when `PAGER` is empty or `cat`.
    public static func fromEnvironment() -> Pager? {
        Pager(pagerVariable: Terminal.environment("PAGER"))
    }

    /// The pager for a given value of `PAGER` (nil: unset).
    public init?(pagerVariable: String?) {
        guard let value = pagerVariable else {
            self.arguments = ["less", "-FRX"]
            return
        }
        let trimmed = value.trimmingWhitespace()
        if trimmed.isEmpty || trimmed == "cat" { return nil }
        if let words = Self.splitWords(trimmed) {
            self.arguments = words
        } else {
            self.arguments = ["/bin/sh", "-c", trimmed]
        }
    }

    /// Splits a command into words, honouring single and double quotes and backslashes; nil when it
    /// holds anything only a shell understands (`|&;<>()$\`*?~{}[]` or an open quote).
    static func splitWords(_ command: String) -> [String]? {
        let shellOnly: Set<Character> = ["|", "&", ";", "<", ">", "(", ")", "$", "`", "*", "?", "~", "{", "}",
                                         "[", "]", "\n"]
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character? = nil
        var escaped = false
        for character in command {
            if escaped {
                word.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    if open == "\"" && (character == "$" || character == "`") { return nil }
                    word.append(character)
                }
                continue
            }
            if shellOnly.contains(character) { return nil }
            if character == "\\" {
                escaped = true
                inWord = true
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if quote != nil || escaped { return nil }
        if inWord { words.append(word) }
        return words.isEmpty ? nil : words
    }

    /// The number of terminal rows `text` takes on a screen `columns` wide (escape sequences take
    /// no room; a long line wraps).
    public static func rowCount(_ text: String, columns: Int) -> Int {
        let width = max(columns, 1)
        var rows = 0
        var lineLength = 0
        var inEscape = false
        var sawAny = false
        for scalar in text.unicodeScalars {
            sawAny = true
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            switch scalar {
            case "\u{1B}":
                inEscape = true
            case "\n":
                rows += max(1, (lineLength + width - 1) / width)
                lineLength = 0
            default:
                if scalar.properties.generalCategory != .nonspacingMark { lineLength += 1 }
            }
        }
        if sawAny && !text.hasSuffix("\n") { rows += max(1, (lineLength + width - 1) / width) }
        return rows
    }

    /// Runs the pager with `text` on its standard input and waits for it. Returns false when the
    /// pager could not be started (the caller then prints the text itself).
    public func page(_ text: String) -> Bool {
        guard let program = arguments.first else { return false }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        let readEnd = fds[0]
        let writeEnd = fds[1]

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)

        // The pager gets default SIGPIPE and SIGINT whatever this process does with them.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        let cArguments = arguments.map { strdup($0) }
        defer { cArguments.forEach { free($0) } }
        var argv: [UnsafeMutablePointer<CChar>?] = cArguments + [nil]
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, program, &actions, &attributes, &argv, environ)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return false
        }

        // The user may quit the pager before reading everything: a write then fails with EPIPE
        // instead of killing this process.
        let previous = dossier_ignore_sigpipe(1)
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(writeEnd, base + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    break
                }
            }
        }
        close(writeEnd)
        if previous == 0 { _ = dossier_ignore_sigpipe(0) }

        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return true
    }
}
