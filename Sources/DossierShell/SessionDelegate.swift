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

    public init(session: Session, display: RenderOptions, corpusLabel: String, corpusPath: String?, bundledSeeds: String?,
                journalDirectory: String? = Journal.defaultDirectory(environment: ProcessInfo.processInfo.environment)) {
        self.session = session
        self.display = display
        self.corpusLabel = corpusLabel
        self.corpusPath = corpusPath
        self.bundledSeeds = bundledSeeds
        self.notebook = NotebookBuilder(corpusPath: corpusPath ?? bundledSeeds, fingerprint: session.state.corpus.fingerprint)
        self.warmup = session.state.corpus.documents.isEmpty ? nil : ExtractionWarmup(corpus: session.state.corpus)
        if let dir = journalDirectory {
            self.unfinished = Journal.findUnfinished(in: dir)
            self.journal = try? Journal.start(in: dir, corpus: corpusPath ?? bundledSeeds)
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
        if let a = w.wait() { session.state.extraction.prime(a, for: session.state.corpus) }
        warmup = nil
    }

    public mutating func execute(_ source: String) -> ReplOutput {
        takeWarmup(for: source)
        let started = DispatchTime.now().uptimeNanoseconds
        let results = session.execute(source)
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
        let cellOutput = Session.joined(Session.render(results, source: src, options: Session.notebookOptions).chunks)
        notebook.appendCell(source: source, output: cellOutput)
        try? journal?.recordCell(source: source, output: cellOutput, failed: out.failed)
        if timing {
            let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
            out.stderr += "(\(NumberFormat.fixed(ms, decimals: 1)) ms)\n"
        }
        return out
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
        ("open", ":open FILE", "run a notebook's cells into this session"),
        ("note", ":note TEXT", "add a prose paragraph to the notebook"),
        ("undo", ":undo", "drop the last cell from the notebook"),
        ("history", ":history", "list the cells run so far"),
        ("recover", ":recover", "bring back the cells of a session that crashed or was killed"),
        ("time", ":time on|off", "show how long each command takes"),
        ("format", ":format table|json|csv", "how results are shown"),
        ("width", ":width N", "fit tables to N columns"),
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
        case "note":
            guard !argument.isEmpty else { return .failure("usage: :note TEXT") }
            notebook.appendNote(argument)
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
            return save(argument)
        case "open":
            return open(argument)
        case "recover":
            return recover()
        default:
            let hint = NearestName.suggest(name, among: Self.directives.map(\.name))
            return .failure("unknown directive ':\(name)'" + (hint.map { ", did you mean ':\($0)'?" } ?? "; :help lists them"))
        }
    }

    private mutating func save(_ argument: String) -> ReplOutput {
        guard let path = argument.isEmpty ? savePath : argument else { return .failure("usage: :save FILE (e.g. :save notebooks/gantz.md)") }
        let target = path.hasSuffix(".md") ? path : path + ".md"
        var nb = notebook.notebook(savingTo: target)
        if let seeds = bundledSeeds, corpusPath == nil { nb.corpus = Self.seedsReference(notebookPath: target, bundled: seeds) }
        do {
            let folder = RelativePath.folder(of: target)
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try NotebookFile.write(nb, to: target)
        } catch {
            return .failure("error: cannot save '\(target)': \(error)")
        }
        savePath = target
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
        let parsed: ParsedNotebook
        do {
            parsed = try NotebookFile.read(path)
        } catch {
            return .failure(error.description)
        }
        var out = ReplOutput()
        for source in parsed.notebook.cellSources {
            out.stdout += "dossier> " + source.replacingOccurrences(of: "\n", with: "\n   ...> ") + "\n"
            let r = execute(source)
            out.stdout += r.stdout
            out.stdout += r.stderr
            out.failed = out.failed || r.failed
        }
        out.stdout += "opened \(path) (\(parsed.notebook.cellCount) cells)\n"
        savePath = path
        return out
    }

    private mutating func recover() -> ReplOutput {
        guard let u = unfinished.first else { return .failure("nothing to recover") }
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
            case .cell(let source, let output):
                notebook.appendCell(source: source, output: output ?? "")
                try? journal?.recordCell(source: source, output: output ?? "", failed: false)
            case .prose(let text):
                notebook.appendNote(text)
                try? journal?.recordNote(text)
            }
        }
        Journal.discard(u.path)
        unfinished.removeFirst()
        out.stdout += "recovered \(recovered.transcript.cellCount) cell\(recovered.transcript.cellCount == 1 ? "" : "s") from the session that ended (pid \(u.pid))\n"
        return out
    }

    static func onOff(_ s: String) -> Bool? {
        switch s.lowercased() {
        case "on": true
        case "off": false
        default: nil
        }
    }
}
