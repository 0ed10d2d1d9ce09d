import ArgumentParser
import DossierKit
import DossierSeeds
import DossierShell
import Foundation

struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A research notebook for news corpora.",
        discussion: "With no subcommand: the REPL on the bundled seeds corpus, or on --corpus PATH.",
        version: "0.1.0",
        subcommands: [Open.self],
        defaultSubcommand: Open.self)
}

/// Options shared by every command that opens a corpus.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "A folder, a .jsonl/.json file or a .csv file (default: the bundled seeds).")
    var corpus: String?

    func load() throws -> Corpus {
        let path: String
        if let corpus {
            path = corpus
        } else if let seeds = Seeds.url {
            path = seeds.path
        } else {
            throw ValidationError("the bundled seeds corpus is missing; pass --corpus PATH")
        }
        do {
            return try Corpus.load(path: path)
        } catch {
            Output.error("error: cannot open corpus '\(corpus ?? "seeds")': \(error)")
            throw ExitCode(1)
        }
    }
}

enum Output {
    static func out(_ s: String) {
        guard !s.isEmpty else { return }
        FileHandle.standardOutput.write(Data(s.utf8))
    }
    static func error(_ s: String) {
        guard !s.isEmpty else { return }
        FileHandle.standardError.write(Data((s.hasSuffix("\n") ? s : s + "\n").utf8))
    }
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    static var colorEnabled: Bool { stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }
    static var terminalWidth: Int {
        var ws = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        if let c = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(c), n > 0 { return n }
        return 100
    }
}

/// The default command: REPL, `-c`, or a script on standard input.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open a corpus: REPL, -c commands, or a script on stdin.")

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: .customShort("c"), help: "Run these commands (separated by ; or newlines), print results, exit.")
    var commands: String?

    @Flag(name: .long, help: "Print each command's result as one line of JSON (JSON Lines).")
    var json = false

    @Flag(name: .long, help: "Stop at the first command that fails.")
    var bail = false

    @Option(name: .long, help: "Fit tables to this many columns (default: the terminal's width, or 100).")
    var width: Int?

    func run() throws {
        let corpus = try corpusOptions.load()
        for w in corpus.warnings { Output.error("warning: \(w)") }
        var session = Session(corpus: corpus)
        let options = RenderOptions(
            width: width ?? (Output.stdoutIsTerminal ? Output.terminalWidth : 100),
            color: !json && Output.colorEnabled, format: json ? .json : .table)
        if let commands {
            try Open.emit(session.render(commands, sourceName: "<command>", options: options, bail: bail))
            return
        }
        if !Output.stdinIsTerminal {
            var text = ""
            while let line = readLine(strippingNewline: false) { text += line }
            try Open.emit(session.render(text, sourceName: "<stdin>", options: options, bail: bail))
            return
        }
        // A terminal: the libedit REPL.
        guard let editor = LibEditLineEditor() else {
            Output.error("error: cannot start the line editor")
            throw ExitCode(1)
        }
        let label = corpusOptions.corpus.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "seeds"
        let delegate = SessionDelegate(session: session, display: options, corpusLabel: label)
        var repl = Repl(editor: editor, delegate: delegate, output: TerminalOutput(), showBanner: true, bailOnError: bail)
        let result = repl.run()
        if result.exitStatus != 0 && bail { throw ExitCode(result.exitStatus) }
    }

    static func emit(_ result: (chunks: [Session.Chunk], failed: Bool)) throws {
        for c in result.chunks {
            switch c {
            case .stdout(let s): Output.out(s)
            case .stderr(let s): Output.error(s)
            }
        }
        if result.failed { throw ExitCode(1) }
    }
}
