import ArgumentParser
import DossierKit
import DossierSeeds
import DossierShell
import Foundation
import Synchronization

struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A research notebook for news corpora.",
        discussion: "With no subcommand: the REPL on the bundled seeds corpus, or on --corpus PATH.",
        version: "0.1.0",
        subcommands: [Open.self, Run.self, Replay.self, Export.self, Trust.self],
        defaultSubcommand: Open.self)
}

/// Where output goes, and what the terminal is like.
enum Output {
    static func out(_ s: String) {
        guard !s.isEmpty else { return }
        FileHandle.standardOutput.write(Data(s.utf8))
    }
    static func error(_ s: String) {
        guard !s.isEmpty else { return }
        FileHandle.standardError.write(Data((s.hasSuffix("\n") ? s : s + "\n").utf8))
    }
    static var stdoutIsTerminal: Bool { Terminal.isTTY(STDOUT_FILENO) }
    static var stdinIsTerminal: Bool { Terminal.isTTY(STDIN_FILENO) }

    static func emit(_ result: (chunks: [Session.Chunk], failed: Bool)) {
        for c in result.chunks { emit(c) }
    }

    static func emit(_ chunk: Session.Chunk) {
        switch chunk {
        case .stdout(let s): out(s)
        case .stderr(let s): error(s)
        }
    }

    /// Ends the process once its output is flushed, without tearing down the corpus and session
    /// (freeing a large model's arrays one by one costs a noticeable part of a short `-c` run).
    static func exitNow(_ status: Int32) -> Never {
        fflush(nil)
        exit(status)
    }

    /// Runs `text` in `session`, printing each statement's output as soon as it is done.
    static func stream(_ text: String, in session: inout Session, sourceName: String, options: RenderOptions, bail: Bool) -> Bool {
        session.render(text, sourceName: sourceName, options: options, bail: bail) { emit($0) }
    }
}

/// Opening corpora: the bundled seeds, a path, or a notebook's own corpus.
enum CorpusOpener {
    static var bundledSeeds: String? { Seeds.url?.path }

    /// Loads a corpus, with a progress bar on a terminal for slow loads. Exits 1 on failure.
    /// `confined`: an untrusted notebook's corpus, whose symlinks out are not followed. `verify`: read
    /// and hash every file, trusting no recorded stamp.
    static func load(_ path: String, label: String, confined: Bool = false, verify: Bool = false) throws -> Corpus {
        if !confined, !verify, path == bundledSeeds, let seeds = openedSeeds.withLock({ $0 }) {
            for w in seeds.warnings { Output.error("warning: \(w)") }
            return seeds
        }
        let progress = ProgressReporter()
        do {
            let corpus = try Corpus.load(
                path: path, cacheDirectory: cacheDirectory, verify: verify, progress: progress.callback,
                confineLinks: confined)
            progress.finish()
            for w in corpus.warnings { Output.error("warning: \(w)") }
            return corpus
        } catch {
            progress.finish()
            if case .noDocuments(_, let warnings) = error { for w in warnings { Output.error("warning: \(w)") } }
            Output.error("error: cannot open corpus '\(label)': \(error)")
            throw ExitCode(1)
        }
    }

    /// Where the engine keeps analysed models: `$XDG_CACHE_HOME/dossier`, else `~/.cache/dossier`
    /// (the engine keys them by content and analyser version and prunes old ones). nil with
    /// `DOSSIER_NO_CACHE=1`.
    static var cacheDirectory: String? {
        let env = ProcessInfo.processInfo.environment
        guard env["DOSSIER_NO_CACHE"] != "1" else { return nil }
        if let x = env["XDG_CACHE_HOME"], x.hasPrefix("/") { return x + "/dossier" }
        if let h = env["HOME"], !h.isEmpty { return h + "/.cache/dossier" }
        return nil
    }

    /// The bundled seeds' fingerprint, nil when they are missing. The seeds opened for it are kept, so
    /// a notebook that then runs on them (`load`) does not open them a second time.
    static var bundledFingerprint: String? {
        if let seeds = openedSeeds.withLock({ $0 }) { return seeds.fingerprint }
        guard let path = bundledSeeds, let seeds = try? Corpus.load(path: path, cacheDirectory: cacheDirectory) else { return nil }
        openedSeeds.withLock { $0 = seeds }
        return seeds.fingerprint
    }

    /// The bundled seeds, once `bundledFingerprint` has opened them (not confined, not verified).
    private static let openedSeeds = Mutex<Corpus?>(nil)

    /// The corpus a notebook runs on (see `NotebookSandbox.corpus`): its path and whether it is
    /// confined. Prints the refusal and exits 1 when an untrusted notebook names a corpus outside
    /// its folder.
    static func choose(forNotebook file: String, notebook: Notebook?, userCorpus: String?, trusted: Bool) throws
        -> (path: String, confined: Bool)
    {
        let choice = NotebookSandbox.corpus(
            notebookPath: file, declared: notebook?.corpus, fingerprint: notebook?.fingerprint, userCorpus: userCorpus,
            trusted: trusted, bundledSeeds: bundledSeeds, bundledFingerprint: { bundledFingerprint })
        switch choice {
        case .open(let path, let confined): return (path, confined)
        case .refused(let message):
            Output.error("error: " + message)
            throw ExitCode(1)
        }
    }
}

/// Options shared by every command that opens a corpus.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "A folder, a .jsonl/.json file or a .csv file (default: the bundled seeds).")
    var corpus: String?

    @Flag(name: .long, help: "Read and hash every corpus file, trusting no recorded size, time or hash.")
    var verify = false

    var label: String { corpus.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "seeds" }

    func resolvedPath() throws -> String {
        if let corpus { return corpus }
        if let seeds = CorpusOpener.bundledSeeds { return seeds }
        throw ValidationError("the bundled seeds corpus is missing; pass --corpus PATH")
    }
}

/// The default command: REPL, `-c`, or a script on standard input.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open a corpus: the REPL, -c commands, or a script on standard input.")

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(
        name: .customShort("c"),
        help: "Run these commands (separated by ; or newlines; -c may be given several times, run in order), print results, exit.")
    var commands: [String] = []

    @Flag(name: .long, help: "Print each command's result as one line of JSON (JSON Lines).")
    var json = false

    @Flag(name: .long, help: "Stop at the first command that fails.")
    var bail = false

    @Option(name: .long, help: "Fit tables to this many columns (default: the terminal's width, or 100).")
    var width: Int?

    func validate() throws {
        if let width, !(Renderer.minimumWidth...Renderer.maximumWidth).contains(width) {
            throw ValidationError("--width must be between \(Renderer.minimumWidth) and \(Renderer.maximumWidth), got \(width)")
        }
    }

    @Flag(name: .long, help: "Draw every row of long tables and plots (default: the first 50, then \"(50 of N …)\"; --json always has all).")
    var all = false

    func run() throws {
        // Temporary files of saves killed half-way, here: their process is gone.
        AtomicFile.removeStaleTemporaries(in: FileManager.default.currentDirectoryPath)
        let path = try corpusOptions.resolvedPath()
        let corpus = try CorpusOpener.load(path, label: corpusOptions.label, verify: corpusOptions.verify)
        var session = Session(corpus: corpus, rendering: .standard)
        let color = !json && Terminal.colorEnabled
        let options = RenderOptions(
            width: width ?? (Output.stdoutIsTerminal ? Terminal.size().columns : 100), color: color, format: json ? .json : .table,
            rows: all ? nil : RenderOptions.defaultRows)
        if !commands.isEmpty {
            let commands = commands.joined(separator: "\n")
            if ScriptRunner.hasDirectives(commands) { return try runScript(commands, sourceName: "<command>", session, options) }
            let failed = Output.stream(commands, in: &session, sourceName: "<command>", options: options, bail: bail)
            Output.exitNow(failed ? 1 : 0)
        }
        if !Output.stdinIsTerminal {
            var text = ""
            while let line = readLine(strippingNewline: false) { text += line }
            if ScriptRunner.hasDirectives(text) { return try runScript(text, sourceName: "<stdin>", session, options) }
            let failed = Output.stream(text, in: &session, sourceName: "<stdin>", options: options, bail: bail)
            Output.exitNow(failed ? 1 : 0)
        }
        guard let editor = LibEditLineEditor() else {
            Output.error("error: cannot start the line editor")
            throw ExitCode(1)
        }
        let delegate = SessionDelegate(
            session: session, display: options, corpusLabel: corpusOptions.label,
            corpusPath: corpusOptions.corpus.map { URL(fileURLWithPath: $0).standardizedFileURL.path },
            bundledSeeds: corpusOptions.corpus == nil ? CorpusOpener.bundledSeeds : nil)
        var repl = Repl(editor: editor, delegate: delegate, output: TerminalOutput(), showBanner: true, bailOnError: bail)
        repl.confirmUnsavedOnEnd = true
        let result = repl.run()
        let unsaved = repl.delegate.unsavedChanges
        if unsaved > 0 {
            // Leave the journal unclosed: the next session offers it to :recover.
            Output.error(
                "note: \(unsaved == 1 ? "1 unsaved cell or note is" : "\(unsaved) unsaved cells and notes are") kept in the journal; "
                    + "start dossier again and type :recover to bring them back")
        } else {
            repl.delegate.close()
        }
        if bail, result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
    }

    /// A script with directives (`:save`, `:note`, `:format`, …): statements between directive
    /// lines run as cells of a notebook the directives act on, output printed as it comes.
    func runScript(_ text: String, sourceName: String, _ session: Session, _ options: RenderOptions) throws {
        var delegate = SessionDelegate(
            session: session, display: options, corpusLabel: corpusOptions.label,
            corpusPath: corpusOptions.corpus.map { URL(fileURLWithPath: $0).standardizedFileURL.path },
            bundledSeeds: corpusOptions.corpus == nil ? CorpusOpener.bundledSeeds : nil,
            journalDirectory: nil, warmUp: false)
        let failed = ScriptRunner.run(text, sourceName: sourceName, delegate: &delegate, bail: bail) { chunk in
            Output.emit((chunks: [chunk], failed: false))
        }
        if failed { throw ExitCode(1) }
    }
}

/// Options shared by `run` and `replay`: the shared-notebook sandbox.
struct SandboxOptions: ParsableArguments {
    @Flag(name: .long, help: "Let cells read and write outside the notebook's folder (and the corpus).")
    var allowWrite = false
}

/// `dossier run FILE`: a notebook's cells or a plain script, every output printed.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a notebook (.md) or a plain script and print every output.")

    @ArgumentParser.Argument(help: "A notebook (.md) or a script of Dossier statements.")
    var file: String

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var sandbox: SandboxOptions

    @Flag(name: .long, help: "Stop at the first command that fails.")
    var bail = false

    @Flag(name: .long, help: "Draw every row of long tables and plots (default: the first 50).")
    var all = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            Output.error("error: cannot read '\(file)'")
            throw ExitCode(1)
        }
        let text = String(decoding: data, as: UTF8.self)
        let isNotebook = file.hasSuffix(".md") || file.hasSuffix(".markdown")
        var cells: [String] = []
        var declared: String?
        var fingerprint: String?
        if isNotebook {
            do {
                let nb = try NotebookReader.parse(text, name: file)
                cells = nb.cellSources
                declared = nb.corpus
                fingerprint = nb.fingerprint
            } catch {
                Output.error(error.description)
                throw ExitCode(1)
            }
        }
        let trusted = NotebookTrust().isTrusted(bytes: [UInt8](data))
        let (corpusPath, confined) = try CorpusOpener.choose(
            forNotebook: file, notebook: isNotebook ? Notebook(corpus: declared, fingerprint: fingerprint) : nil,
            userCorpus: corpusOptions.corpus, trusted: trusted)
        let corpus = try CorpusOpener.load(corpusPath, label: corpusOptions.corpus ?? declared ?? "seeds", confined: confined,
            verify: corpusOptions.verify)
        let access = NotebookSandbox.fileAccess(
            notebookPath: file, corpusPath: corpusPath, allowWrite: sandbox.allowWrite, trusted: trusted)
        var session = Session(corpus: corpus, files: access, rendering: .standard)
        let options = RenderOptions(width: 100, color: false, format: .table, rows: all ? nil : RenderOptions.defaultRows)
        var failed = false
        if isNotebook {
            for cell in cells {
                failed = Output.stream(cell, in: &session, sourceName: "<input>", options: options, bail: bail) || failed
                if bail && failed { break }
            }
        } else {
            failed = Output.stream(text, in: &session, sourceName: file, options: options, bail: bail)
        }
        if failed { throw ExitCode(1) }
    }
}

/// `dossier replay FILE... --check | --update`.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replay notebooks in a fresh session and compare (--check, the default) or rewrite (--update) their outputs.")

    @ArgumentParser.Argument(help: "Notebooks to replay.")
    var files: [String]

    @Flag(name: .long, help: "Print a unified diff for each cell whose output changed; exit 1 if any did (the default).")
    var check = false

    @Flag(name: .long, help: "Rewrite the stored outputs (and fingerprint) in place, atomically.")
    var update = false

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var sandbox: SandboxOptions

    func validate() throws {
        if check && update { throw ValidationError("--check and --update exclude each other") }
        if files.isEmpty { throw ValidationError("name at least one notebook") }
    }

    func run() throws {
        var failed = false
        var corpora: [String: Corpus] = [:]
        var swept: Set<String> = []
        for file in files {
            let folder = RelativePath.folder(of: file)
            if swept.insert(folder).inserted { AtomicFile.removeStaleTemporaries(in: folder) }
            let snapshot: NotebookSnapshot
            do {
                snapshot = try NotebookFile.snapshot(file)
            } catch {
                Output.error(error.description)
                failed = true
                continue
            }
            let parsed = snapshot.parsed
            let trusted = NotebookTrust().isTrusted(bytes: snapshot.bytes)
            let corpusPath: String, confined: Bool
            do {
                (corpusPath, confined) = try CorpusOpener.choose(
                    forNotebook: file, notebook: parsed.notebook, userCorpus: corpusOptions.corpus, trusted: trusted)
            } catch {
                failed = true
                continue
            }
            let corpus: Corpus
            let key = corpusPath + (confined ? "\u{0}confined" : "")
            if let c = corpora[key] {
                corpus = c
            } else {
                corpus = try CorpusOpener.load(
                    corpusPath, label: corpusOptions.corpus ?? parsed.notebook.corpus ?? "seeds", confined: confined,
                    verify: corpusOptions.verify)
                corpora[key] = corpus
            }
            let access = NotebookSandbox.fileAccess(
                notebookPath: file, corpusPath: corpusPath, allowWrite: sandbox.allowWrite, trusted: trusted)
            let runner = Session(corpus: corpus, files: access, rendering: .standard)
            do {
                let report = try NotebookFile.replay(
                    snapshot, runner: runner, currentFingerprint: corpus.fingerprint, update: update)
                // The user's own notebook stays trusted after its outputs are rewritten.
                if update, trusted, report.needsUpdate { try? NotebookTrust().trust(file) }
                if update {
                    Output.out(report.updateSummary + "\n")
                } else {
                    Output.out(report.rendered.hasSuffix("\n") ? report.rendered : report.rendered + "\n")
                    if !report.allMatch { failed = true }
                }
            } catch {
                Output.error(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// `dossier export NOTEBOOK --to html|ipynb [-o OUT]`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export a notebook as one self-contained HTML file or a Jupyter notebook.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, ipynb }

    @ArgumentParser.Argument(help: "The notebook (.md).")
    var notebook: String

    @Option(name: .long, help: "html or ipynb.")
    var to: Format

    @Option(name: .shortAndLong, help: "Where to write (default: the notebook's name with the new extension).")
    var output: String?

    @OptionGroup var corpusOptions: CorpusOptions

    @Flag(name: .long, help: "Export the stored outputs only, without replaying the cells (no SVG charts).")
    var noReplay = false

    /// Replays the cells (sandboxed, as `replay` does) so charts become SVG and failures errors;
    /// nil when there is no corpus to replay on.
    func outcomes(_ snapshot: NotebookSnapshot) -> [CellOutcome]? {
        guard !noReplay else { return nil }
        let parsed = snapshot.parsed
        let trusted = NotebookTrust().isTrusted(bytes: snapshot.bytes)
        guard
            let (corpusPath, confined) = try? CorpusOpener.choose(
                forNotebook: notebook, notebook: parsed.notebook, userCorpus: corpusOptions.corpus, trusted: trusted),
            let corpus = try? CorpusOpener.load(
                corpusPath, label: corpusOptions.corpus ?? parsed.notebook.corpus ?? "seeds", confined: confined)
        else { return nil }
        let access = NotebookSandbox.fileAccess(notebookPath: notebook, corpusPath: corpusPath, allowWrite: false, trusted: trusted)
        let runner = Session(corpus: corpus, files: access, rendering: .standard)
        return NotebookReplayer.replay(parsed, name: notebook, runner: runner).outcomes
    }

    func run() throws {
        let snapshot: NotebookSnapshot
        do {
            snapshot = try NotebookFile.snapshot(notebook)
        } catch {
            Output.error(error.description)
            throw ExitCode(1)
        }
        let base = notebook.hasSuffix(".md") ? String(notebook.dropLast(3)) : notebook
        let target = output ?? base + "." + to.rawValue
        let access = FileAccess()
        if access.realPath(target) == access.realPath(notebook) {
            Output.error("error: refusing to export '\(notebook)' over itself; name another file with -o")
            throw ExitCode(1)
        }
        let text: String
        switch to {
        case .html:
            text = NotebookExporter.html(
                snapshot.notebook, outcomes: outcomes(snapshot), load: NotebookExporter.fileLoader(notebookPath: notebook))
        case .ipynb: text = NotebookExporter.ipynb(snapshot.notebook, outcomes: outcomes(snapshot))
        }
        do {
            try AtomicFile.write(text, to: target)
        } catch {
            Output.error("error: cannot write '\(target)': \(error)")
            throw ExitCode(1)
        }
        Output.out("wrote \(target)\n")
    }
}

/// `dossier trust FILE...`: records notebooks as this user's own, so they run outside the sandbox.
struct Trust: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Trust notebooks: let them read their corpus and files outside their folder (as if you had saved them).",
        discussion: "A notebook you did not save (or that changed since) is confined to its folder. Trust is a "
            + "signature of the file's current content kept in $XDG_STATE_HOME/dossier; editing the file withdraws it.")

    @ArgumentParser.Argument(help: "Notebooks (or scripts) to trust.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one notebook") }
    }

    func run() throws {
        let trust = NotebookTrust()
        var failed = false
        for file in files {
            do {
                try trust.trust(file)
                Output.out("trusted \(file)\n")
            } catch {
                Output.error("error: cannot trust '\(file)': \(error.reason)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// Draws the load progress bar on stderr when it is a terminal and the load is slow (the bar
/// itself waits a second before drawing). Progress reports are cumulative; the bar takes deltas.
final class ProgressReporter: Sendable {
    private struct State {
        var bar: ProgressBar?
        var files = 0
        var bytes = 0
    }
    private let state = Mutex(State())
    private let enabled = Terminal.isTTY(STDERR_FILENO)

    var callback: (@Sendable (LoadProgress) -> Void)? {
        guard enabled else { return nil }
        return { p in self.report(p) }
    }

    private func report(_ p: LoadProgress) {
            state.withLock { s in
                if s.bar == nil { s.bar = ProgressBar(totalFiles: p.filesTotal, totalBytes: p.bytesTotal) }
                s.bar?.advance(files: p.filesDone - s.files, bytes: p.bytesDone - s.bytes)
                s.files = p.filesDone
                s.bytes = p.bytesDone
            }
    }

    func finish() { state.withLock { $0.bar?.finish() } }
}
