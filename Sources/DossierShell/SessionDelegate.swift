import DossierKit
import Foundation

/// The REPL's view of a Dossier session: runs statements, keeps the transcript that `:save`
/// turns into a notebook, journals every cell as it runs, and answers the `:` directives.
public struct SessionDelegate: ReplDelegate {
    public var session: Session
    /// How results are shown at the prompt (terminal width, colour, format).
    public var display: RenderOptions
    /// The cells and notes so far, as the notebook will hold them.
    public private(set) var notebook: NotebookBuilder
    /// Where `:save` with no file writes (the last file saved or opened).
    public private(set) var savePath: String?
    public var timing = false
    /// What the banner calls the corpus.
    public let corpusLabel: String
    /// The corpus folder or file, absolute; nil for the bundled seeds.
    public let corpusPath: String?
    /// The bundled seeds' folder, when the corpus is the bundled one.
    public let bundledSeeds: String?
    private var journal: Journal?
    private var unfinished: [UnfinishedJournal]
    private var warmup: ExtractionWarmup?
    /// Whether Ctrl-C was pressed (and clears it); the SIGINT flag, or a test's stand-in.
    var interrupts: @Sendable () -> Bool = { Interrupt.takePending() }
    /// Where signatures of the notebooks this user saves are kept (nil: trust nothing, sign nothing).
    public let trust: NotebookTrust?
    /// Cells and notes added since the last `:save` (what Ctrl-D would lose without the journal).
    public private(set) var unsavedChanges = 0

    public init(session: Session, display: RenderOptions, corpusLabel: String, corpusPath: String?, bundledSeeds: String?,
                journalDirectory: String? = Journal.defaultDirectory(environment: ProcessInfo.processInfo.environment),
                trust: NotebookTrust? = NotebookTrust(), warmUp: Bool = true) {
        self.trust = trust
        self.session = session
        self.display = display
        self.corpusLabel = corpusLabel
        self.corpusPath = corpusPath
        self.bundledSeeds = bundledSeeds
        self.notebook = NotebookBuilder(corpusPath: corpusPath ?? bundledSeeds, fingerprint: session.state.corpus.fingerprint)
        self.warmup = !warmUp || session.state.corpus.documents.isEmpty ? nil : ExtractionWarmup(corpus: session.state.corpus)
        if let dir = journalDirectory {
            (self.journal, self.unfinished) = Journal.startListingUnfinished(in: dir, corpus: corpusPath ?? bundledSeeds)
        } else {
            self.unfinished = []
            self.journal = nil
        }
    }

    public var banner: String {
        let c = session.state.corpus
        let docs = c.documents.count
        var text = "Dossier 0.1 — corpus: \(corpusLabel) (\(NumberFormat.grouped(docs)) document\(docs == 1 ? "" : "s"), "
            + "\(NumberFormat.grouped(c.wordCount)) words). Type help, or :help for the shell."
        for u in unfinished { text += "\nnote: " + u.message }
        return text
    }

    /// Marks the journal closed: a clean exit leaves nothing to recover.
    public mutating func close() {
        try? journal?.close()
        journal = nil
    }

    /// Hands the background extraction to the session: at once when it has finished, or by waiting
    /// for it when `source` calls an extraction verb (rather than extracting a second time).
    private mutating func takeWarmup(for source: String) {
        guard let w = warmup else { return }
        if let a = w.ready {
            session.state.extraction.prime(a, for: session.state.corpus)
            warmup = nil
            return
        }
        let registry = session.registry
        let needs = Lexer.tokenize(source).tokens.contains { t in
            guard let name = t.identifier, let v = registry.verb(name) else { return false }
            return v.category == .extraction || v.category == .curation
        }
        guard needs else { return }
        guard let a = w.wait(cancellation: session.state.cancellation) else {
            if session.state.cancellation.isCancelled { return }  // Ctrl-C: keep the warm-up for next time
            warmup = nil
            return
        }
        session.state.extraction.prime(a, for: session.state.corpus)
        warmup = nil
    }

    public mutating func execute(_ source: String) -> ReplOutput {
        let token = session.state.cancellation
        return InterruptWatcher.run(cancelling: token, source: interrupts) { run(source) }
    }

    static let interruptedNote = "interrupted: the session is as it was before this command"

    /// Runs `source` (Ctrl-C watched by the caller). An interrupted command is reported and not
    /// recorded: the notebook and the journal stay as they were.
    private mutating func run(_ source: String) -> ReplOutput {
        takeWarmup(for: source)
        let started = DispatchTime.now().uptimeNanoseconds
        let before = session
        let results = session.execute(source)
        if session.state.cancellation.isCancelled {
            session = before  // a value: bindings, definitions and curation exactly as they were
            session.state.cancellation.reset()
            return ReplOutput(stderr: Self.interruptedNote + "\n", failed: true)
        }
        let src = Source(name: "<input>", text: source)
        var out = ReplOutput()
        let shown = Session.render(results, source: src, options: display)
        for c in shown.chunks {
            switch c {
            case .stdout(let s): out.stdout += s
            case .stderr(let s): out.stderr += s
            }
        }
        out.failed = shown.failed
        record(source, results, failed: out.failed)
        if timing {
            let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
            out.stderr += "(\(NumberFormat.fixed(ms, decimals: 1)) ms)\n"
        }
        return out
    }

    /// Runs a piece of a script (the statements between two directive lines) as one cell:
    /// rendered for display against its place in the script (`sourceName`, `firstLine`), and
    /// recorded in the notebook and journal as the REPL records a cell.
    public mutating func executeScript(_ text: String, sourceName: String, firstLine: Int, bail: Bool)
        -> (chunks: [Session.Chunk], failed: Bool)
    {
        takeWarmup(for: text)
        let results = session.execute(text, bail: bail)
        let shown = Session.render(results, source: Source(name: sourceName, text: text, firstLine: firstLine), options: display)
        record(text, results, failed: shown.failed)
        return shown
    }

    /// Adds a cell that ran to the notebook and the journal, its output rendered as a notebook stores it.
    private mutating func record(_ source: String, _ results: [Session.Result], failed: Bool) {
        let cellOutput = Session.joined(
            Session.render(results, source: Source(name: "<input>", text: source), options: Session.notebookOptions).chunks)
        notebook.appendCell(source: source, output: cellOutput)
        unsavedChanges += 1
        try? journal?.recordCell(source: source, output: cellOutput, failed: failed)
    }

    public func completions(line: String) -> [String] {
        RegistryCompleter(
            registry: session.registry, state: session.state, directives: Self.directives.map { ":" + $0.name },
            entities: entityNames
        ).candidates(line: line)
    }

    /// Entity names for completion inside quotes: those already extracted, or the warm-up's.
    var entityNames: [String] {
        if let names = session.state.extraction.cachedEntityNames { return names }
        // The background warm-up is extracting already: never extract a second time on a keystroke.
        return warmup?.ready.map(ExtractionState.names(of:)) ?? []
    }

    public func needsContinuation(_ buffer: String) -> Bool { Parser.needsContinuation(buffer) }

    /// The shell's own commands, for `:help` and completion.
    public static let directives: [(name: String, usage: String, help: String)] = [
        ("save", ":save [FILE]", "write the session as a notebook (Markdown); again updates the same file"),
        ("save!", ":save! FILE", "write the notebook over an existing file that is not this session's"),
        ("open", ":open FILE", "run a notebook's cells into this session"),
        ("note", ":note TEXT", "add a prose paragraph to the notebook"),
        ("undo", ":undo", "drop the last cell from the notebook"),
        ("history", ":history", "list the cells run so far"),
        ("recover", ":recover [N]", "bring back the cells of a session that crashed or was killed (lists them; N takes one)"),
        ("recover!", ":recover! N", "recover a session recorded on another corpus"),
        ("time", ":time on|off", "show how long each command takes"),
        ("format", ":format table|json|csv", "how results are shown"),
        ("width", ":width N", "fit tables to N columns"),
        ("rows", ":rows N|all", "draw the first N rows of long tables and plots (default 50), or all"),
        ("pager", ":pager on|off", "page output taller than the terminal"),
        ("help", ":help", "this list"),
        ("quit", ":quit", "leave (Ctrl-D on an empty line too)"),
    ]

    public mutating func directive(_ name: String, argument: String) -> ReplOutput {
        switch name {
        case "help", "h", "":
            let w = Self.directives.map(\.usage.count).max() ?? 0
            let lines = Self.directives.map { $0.usage + String(repeating: " ", count: w - $0.usage.count + 2) + $0.help }
            return ReplOutput(stdout: lines.joined(separator: "\n") + "\n")
        case "time":
            guard let on = Self.onOff(argument) else { return .failure("usage: :time on|off") }
            timing = on
            return ReplOutput(stdout: "timing \(on ? "on" : "off")\n")
        case "format":
            guard let f = RenderOptions.Format(rawValue: argument) else { return .failure("usage: :format table|json|csv") }
            display.format = f
            return ReplOutput(stdout: "format \(f.rawValue)\n")
        case "width":
            guard let n = Int(argument), (20...1000).contains(n) else { return .failure("usage: :width N (20 to 1000)") }
            display.width = n
            return ReplOutput(stdout: "width \(n)\n")
        case "rows":
            if argument == "all" {
                display.rows = nil
                return ReplOutput(stdout: "rows all\n")
            }
            guard let n = Int(argument), (1...1_000_000).contains(n) else { return .failure("usage: :rows N|all") }
            display.rows = n
            return ReplOutput(stdout: "rows \(n)\n")
        case "note":
            guard !argument.isEmpty else { return .failure("usage: :note TEXT") }
            notebook.appendNote(argument)
            unsavedChanges += 1
            try? journal?.recordNote(argument)
            return ReplOutput()
        case "undo":
            guard let source = notebook.undoLastCell() else { return .failure("nothing to undo") }
            try? journal?.recordUndo()
            return ReplOutput(stdout: "dropped: \(source)\n")
        case "history":
            let cells = notebook.history
            if cells.isEmpty { return ReplOutput(stdout: "(no cells yet)\n") }
            let out = cells.enumerated().map { i, s in "\(i + 1)  " + s.replacingOccurrences(of: "\n", with: "\n   ") }
            return ReplOutput(stdout: out.joined(separator: "\n") + "\n")
        case "save":
            return save(argument, force: false)
        case "save!":
            return save(argument, force: true)
        case "open":
            return open(argument)
        case "recover":
            return recover(argument, force: false)
        case "recover!":
            return recover(argument, force: true)
        default:
            let hint = NearestName.suggest(name, among: Self.directives.map(\.name))
            return .failure("unknown directive ':\(name)'" + (hint.map { ", did you mean ':\($0)'?" } ?? "; :help lists them"))
        }
    }

    /// `:save [FILE]` and `:save! FILE`. Without `force`, an existing file that is not this
    /// session's notebook (the one it saved or opened) is never overwritten.
    private mutating func save(_ argument: String, force: Bool) -> ReplOutput {
        guard let path = argument.isEmpty ? savePath : argument else { return .failure("usage: :save FILE (e.g. :save notebooks/gantz.md)") }
        let target = path.hasSuffix(".md") ? path : path + ".md"
        let files = FileAccess()
        let ours = savePath.map { files.realPath($0) == files.realPath(target) } ?? false
        if !force, !ours, FileManager.default.fileExists(atPath: target) {
            return .failure(
                "refusing to overwrite '\(target)': it exists and is not this session's notebook; "
                    + "use :save! \(target) to replace it, or :save ANOTHER.md")
        }
        var nb = notebook.notebook(savingTo: target)
        if let seeds = bundledSeeds, corpusPath == nil { nb.corpus = Self.seedsReference(notebookPath: target, bundled: seeds) }
        let text = NotebookWriter.render(nb)
        do {
            let folder = RelativePath.folder(of: target)
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try AtomicFile.write(text, to: target)
        } catch {
            return .failure("error: cannot save '\(target)': \(error)")
        }
        // This user saved it: sign it, so `run`, `replay` and `:open` trust it (until it is edited).
        try? trust?.trust(bytes: Array(text.utf8))
        savePath = target
        unsavedChanges = 0
        return ReplOutput(stdout: notebook.savedMessage(path: target) + "\n")
    }

    /// How a notebook names the bundled seeds: a `seeds` folder beside or above it with the same
    /// files (the repository's), else the marker `bundled:seeds`.
    static func seedsReference(notebookPath: String, bundled: String) -> String {
        let folder = RelativePath.absolute(RelativePath.folder(of: notebookPath), from: FileManager.default.currentDirectoryPath)
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: bundled)) ?? [])
        for candidate in ["seeds", "../seeds", "../../seeds"] {
            let p = (folder as NSString).appendingPathComponent(candidate)
            if let here = try? FileManager.default.contentsOfDirectory(atPath: p), Set(here) == names, !names.isEmpty {
                return candidate
            }
        }
        return "bundled:seeds"
    }

    private mutating func open(_ path: String) -> ReplOutput {
        guard !path.isEmpty else { return .failure("usage: :open FILE") }
        let snapshot: NotebookSnapshot
        do {
            snapshot = try NotebookFile.snapshot(path)
        } catch {
            return .failure(error.description)
        }
        let parsed = snapshot.parsed
        var out = ReplOutput()
        if let warning = Self.corpusWarning(notebook: parsed.notebook, path: path, fingerprint: session.state.corpus.fingerprint) {
            out.stderr += warning + "\n"
        }
        // The notebook's cells run under the same sandbox as `dossier run`: confined to its folder
        // (and this session's corpus) unless this user saved or trusted it; never over itself.
        let trusted = trust?.isTrusted(bytes: snapshot.bytes) ?? false
        let ownFiles = session.state.files
        session.state.files = NotebookSandbox.fileAccess(
            notebookPath: path, corpusPath: corpusPath ?? bundledSeeds, allowWrite: false, trusted: trusted)
        defer { session.state.files = ownFiles }
        for source in parsed.notebook.cellSources {
            out.stdout += "dossier> " + source.replacingOccurrences(of: "\n", with: "\n   ...> ") + "\n"
            let r = execute(source)
            out.stdout += r.stdout
            out.stdout += r.stderr
            out.failed = out.failed || r.failed
            if r.stderr.hasPrefix(Self.interruptedNote) { return out }  // Ctrl-C stops the remaining cells too
        }
        out.stdout += "opened \(path) (\(parsed.notebook.cellCount) cells)\n"
        savePath = path
        return out
    }

    /// The warning `:open` gives when the notebook was recorded on another corpus than this session's.
    static func corpusWarning(notebook: Notebook, path: String, fingerprint: String) -> String? {
        guard let recorded = notebook.fingerprint, recorded != fingerprint else { return nil }
        let named = notebook.corpus.map { " (it names the corpus '\($0)')" } ?? ""
        return "warning: \(path) was recorded on another corpus\(named): its fingerprint is \(recorded.prefix(19))…, "
            + "this session's \(fingerprint.prefix(19))…; outputs may differ. "
            + "To use its corpus: dossier replay \(path), or start dossier with --corpus PATH"
    }

    /// `:recover` lists the unclosed sessions (or takes the only one); `:recover N` takes the Nth;
    /// a session recorded on another corpus is refused unless forced (`:recover! N`).
    private mutating func recover(_ argument: String, force: Bool) -> ReplOutput {
        // Numbers stay those of the list shown at start, also after some are recovered.
        let open = unfinished.indices.filter { FileManager.default.fileExists(atPath: unfinished[$0].path) }
        guard !open.isEmpty else { return .failure("nothing to recover") }
        let index: Int
        if argument.isEmpty {
            guard open.count == 1 else { return ReplOutput(stdout: recoverList(open)) }
            index = open[0]
        } else {
            guard let n = Int(argument), open.contains(n - 1) else {
                return .failure("usage: :recover N, N one of \(open.map { String($0 + 1) }.joined(separator: ", ")) (:recover lists them)")
            }
            index = n - 1
        }
        let u = unfinished[index]
        let here = corpusPath ?? bundledSeeds
        if !force, let theirs = u.corpus, theirs != here {
            return .failure(
                "refusing to recover session \(index + 1): it ran on the corpus '\(theirs)', this session's is '\(here ?? "none")'; "
                    + "start dossier with --corpus \(theirs) and :recover there, or :recover! \(index + 1) to take its cells anyway")
        }
        let recovered: RecoveredSession
        do {
            recovered = try Journal.recover(u.path)
        } catch {
            return .failure("error: \(error)")
        }
        var out = ReplOutput()
        // Re-run every cell that ran, to rebuild bindings, definitions and curation.
        for cell in recovered.executed { _ = session.execute(cell.source) }
        for cell in recovered.transcript.transcript.cellSources { out.stdout += "recovered: " + cell.replacingOccurrences(of: "\n", with: " ") + "\n" }
        for block in recovered.transcript.transcript.blocks {
            switch block {
            case .cell(let source, let output): notebook.appendCell(source: source, output: output ?? "")
            case .prose(let text): notebook.appendNote(text)
            }
            unsavedChanges += 1
        }
        // One write takes the cells over and names the old journal; only then is it removed.
        if let journal {
            do {
                try journal.adopt(recovered, from: u.path)
            } catch {
                out.stderr += "warning: \(error); the old journal is kept\n"
            }
        } else {
            Journal.discard(u.path)
        }
        let n = recovered.transcript.cellCount
        out.stdout += "recovered \(n) cell\(n == 1 ? "" : "s") from the session that ended (pid \(u.pid))\n"
        return out
    }

    /// The unclosed sessions, numbered for `:recover N`.
    private func recoverList(_ open: [Int]) -> String {
        var lines = ["unclosed sessions (take one with :recover N):"]
        for i in open {
            let u = unfinished[i]
            lines.append("  \(i + 1)  \(u.time)  corpus \(u.corpus ?? "unknown")  \(u.contents)  (pid \(u.pid))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func onOff(_ s: String) -> Bool? {
        switch s.lowercased() {
        case "on": true
        case "off": false
        default: nil
        }
    }
}
