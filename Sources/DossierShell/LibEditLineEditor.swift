import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interactive line editor, on libedit: emacs bindings, persistent history, Ctrl-R reverse
/// search, Tab completion through `completionProvider`, UTF-8 text, and Ctrl-C that abandons the
/// line (`.interrupted`) instead of killing the process.
///
/// Use it only when standard input is a terminal; otherwise use `PlainLineEditor`.
/// Not thread-safe: use it from one thread.
public final class LibEditLineEditor: LineEditor {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    /// The history file, or nil when history is not kept on disk.
    public let historyFile: String?
    /// The prompt libedit shows, as a C string owned by this object.
    private var promptBuffer: UnsafeMutablePointer<CChar>
    public var completionProvider: CompletionProvider?
    /// Where the prompt and the line being edited are drawn: standard output, or standard error
    /// when standard output is redirected (so prompts stay out of the results).
    private let display: UnsafeMutablePointer<FILE>?

    /// Sets up libedit on the standard streams.
    /// - Parameters:
    ///   - historyFile: where history persists; by default `$XDG_STATE_HOME/dossier/history`
    ///     (its folder is created). Nil keeps history in memory only.
    ///   - historySize: the number of entries kept.
    /// Returns nil if libedit cannot be initialised.
    public init?(programName: String = "dossier", historyFile: String? = ShellPaths.historyFile(),
                 historySize: Int = 1000) {
        Self.prepareLocale()
        Interrupt.install()
        let display = Terminal.isTTY(STDOUT_FILENO) ? dossier_stdout() : dossier_stderr()
        guard let editLine = el_init(programName, dossier_stdin(), display, dossier_stderr()) else { return nil }
        guard let history = history_init() else {
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        self.promptBuffer = strdup("") ?? UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        self.historyFile = historyFile
        self.display = display

        _ = dossier_history_setsize(history, Int32(clamping: historySize))
        _ = dossier_history_setunique(history, 1)
        if let historyFile {
            if let slash = historyFile.lastIndex(of: "/") {
                ShellPaths.makeDirectory(String(historyFile[..<slash]))
            }
            _ = dossier_history_load(history, historyFile)  // A missing file is a first run.
        }

        _ = dossier_el_set_editor(editLine, "emacs")
        // libedit restores the terminal on Ctrl-Z and follows window resizes.
        _ = dossier_el_set_signal(editLine, 1)
        _ = dossier_el_set_history(editLine, history)
        _ = dossier_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = dossier_el_set_prompt(editLine) { editLine in
            guard let editLine, let data = dossier_el_get_clientdata(editLine) else { return nil }
            return Unmanaged<LibEditLineEditor>.fromOpaque(data).takeUnretainedValue().promptBuffer
        }
        _ = dossier_el_add_function(editLine, "dossier-complete", "Complete the word before the cursor") { editLine, _ in
            guard let editLine, let data = dossier_el_get_clientdata(editLine) else { return UInt8(CC_ERROR) }
            return Unmanaged<LibEditLineEditor>.fromOpaque(data).takeUnretainedValue().complete(editLine)
        }
        _ = dossier_el_bind(editLine, "^I", "dossier-complete")
        _ = dossier_el_bind(editLine, "^R", "em-inc-search-prev")
        // The user's ~/.editrc, if any, has the last word on bindings.
        _ = el_source(editLine, nil)
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(promptBuffer)
    }

    public func readLine(prompt: String) -> LineRead {
        setPrompt(prompt)
        var count: Int32 = 0
        var error: Int32 = 0
        // A Ctrl-C pressed earlier (while a command ran, or in the pager) is not this read's.
        _ = Interrupt.takePending()
        let raw = dossier_el_gets(editLine, &count, &error)
        let interrupted = Interrupt.takePending()
        guard let raw, count > 0 else {
            if interrupted || error == EINTR {
                // The abandoned line stays visible; the next prompt starts on a fresh line.
                fputs("\n", display)
                fflush(display)
                return .interrupted
            }
            // Ctrl-D leaves the cursor after the prompt; end the line for whatever prints next.
            fputs("\n", display)
            fflush(display)
            return .end
        }
        var line = String(decoding: UnsafeRawBufferPointer(start: raw, count: Int(count)), as: UTF8.self)
        while line.hasSuffix("\n") || line.hasSuffix("\r\n") {
            line.removeLast()
        }
        return .line(line)
    }

    public func addHistory(_ entry: String) {
        guard !entry.isEmpty else { return }
        _ = dossier_history_enter(history, entry)
        if let historyFile {
            // Saved at once, so a crash loses no history.
            _ = dossier_history_save(history, historyFile)
        }
    }

    private func setPrompt(_ prompt: String) {
        guard let copy = strdup(prompt) else { return }
        free(promptBuffer)
        promptBuffer = copy
    }

    /// Tab: ask the provider, then insert the common prefix or list the candidates.
    private func complete(_ editLine: OpaquePointer) -> UInt8 {
        guard let provider = completionProvider, let info = el_line(editLine) else { return UInt8(CC_ERROR) }
        let start = info.pointee.buffer
        let cursor = info.pointee.cursor
        guard let start, let cursor, cursor >= start else { return UInt8(CC_ERROR) }
        let bytes = UnsafeRawBufferPointer(start: start, count: cursor - start)
        let before = String(decoding: bytes, as: UTF8.self)
        switch Completion.action(lineBeforeCursor: before, candidates: provider(before)) {
        case .none:
            return UInt8(CC_ERROR)
        case .replace(let deleting, let text):
            if deleting > 0 { el_deletestr(editLine, Int32(clamping: deleting)) }
            if el_insertstr(editLine, text) != 0 { return UInt8(CC_ERROR) }
            return UInt8(CC_REFRESH)
        case .list(let words):
            let width = Terminal.size(fd: display.map { fileno($0) } ?? STDERR_FILENO).columns
            fputs("\n" + Completion.columns(words, width: width), display)
            fflush(display)
            return UInt8(CC_REDISPLAY)
        }
    }

    /// `setlocale(LC_CTYPE, "")`, falling back to C.UTF-8 when the user's locale is not UTF-8:
    /// libedit drops every byte it cannot decode in the current locale.
    static func prepareLocale() {
        _ = setlocale(LC_CTYPE, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
        if setlocale(LC_CTYPE, "C.UTF-8") == nil {
            _ = setlocale(LC_CTYPE, "en_US.UTF-8")
        }
    }
}
