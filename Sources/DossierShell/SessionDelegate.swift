import DossierKit
import Foundation

/// The REPL's view of a Dossier session: runs statements, keeps the transcript that `:save`
/// turns into a notebook, and answers the `:` directives.
public struct SessionDelegate: ReplDelegate {
    public var session: Session
    /// How results are shown at the prompt (terminal width, colour, format).
    public var display: RenderOptions
    /// How cells are recorded for the notebook: its fixed width, no colour, table format.
    public var notebookOptions = RenderOptions(width: 100, color: false, format: .table)
    /// The cells run so far and the notes, in order, as the notebook will hold them.
    public private(set) var transcript: [TranscriptEntry] = []
    public var timing = false
    public let corpusLabel: String

    public enum TranscriptEntry: Sendable, Hashable {
        case cell(source: String, output: String)
        case note(String)
    }

    public init(session: Session, display: RenderOptions, corpusLabel: String) {
        self.session = session
        self.display = display
        self.corpusLabel = corpusLabel
    }

    public var banner: String {
        let c = session.state.corpus
        let docs = c.documents.count
        return "Dossier 0.1 — corpus: \(corpusLabel) (\(NumberFormat.grouped(docs)) document\(docs == 1 ? "" : "s"), "
            + "\(NumberFormat.grouped(c.wordCount)) words). Type help, or :help for the shell."
    }

    public mutating func execute(_ source: String) -> ReplOutput {
        let started = DispatchTime.now().uptimeNanoseconds
        let results = session.execute(source)
        let src = Source(name: "<input>", text: source)
        var out = ReplOutput()
        var cellOutput = ""
        for r in results {
            if let d = r.diagnostic {
                let text = d.rendered(in: src)
                out.stderr += text
                cellOutput += text
                out.failed = true
            } else if let v = r.value {
                out.stdout += Renderer.render(v, options: display)
                cellOutput += Renderer.render(v, options: notebookOptions)
            }
        }
        transcript.append(.cell(source: source, output: cellOutput))
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

    /// Entity names for completion inside quotes (filled once extraction has run).
    var entityNames: [String] { [] }

    public func needsContinuation(_ buffer: String) -> Bool { Parser.needsContinuation(buffer) }

    /// The shell's own commands, for `:help` and completion.
    public static let directives: [(name: String, usage: String, help: String)] = [
        ("save", ":save [FILE]", "write the session as a notebook (Markdown); again updates the same file"),
        ("open", ":open FILE", "run a notebook's cells into this session"),
        ("note", ":note TEXT", "add a prose paragraph to the notebook"),
        ("undo", ":undo", "drop the last cell from the notebook"),
        ("history", ":history", "list the cells run so far"),
        ("recover", ":recover", "bring back the cells of a session that crashed"),
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
            transcript.append(.note(argument))
            return ReplOutput()
        case "undo":
            guard let i = transcript.lastIndex(where: { if case .cell = $0 { true } else { false } }) else {
                return .failure("nothing to undo")
            }
            let removed = transcript.remove(at: i)
            if case .cell(let source, _) = removed { return ReplOutput(stdout: "dropped: \(source)\n") }
            return ReplOutput()
        case "history":
            var out = ""
            var n = 0
            for case .cell(let source, _) in transcript {
                n += 1
                out += "\(n)  " + source.replacingOccurrences(of: "\n", with: "\n   ") + "\n"
            }
            return ReplOutput(stdout: out.isEmpty ? "(no cells yet)\n" : out)
        default:
            let hint = NearestName.suggest(name, among: Self.directives.map(\.name))
            return .failure("unknown directive ':\(name)'" + (hint.map { ", did you mean ':\($0)'?" } ?? "; :help lists them"))
        }
    }

    static func onOff(_ s: String) -> Bool? {
        switch s.lowercased() {
        case "on": true
        case "off": false
        default: nil
        }
    }
}
