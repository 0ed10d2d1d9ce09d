import DossierShell

/// A delegate that records what the loop asked of it.
struct FakeDelegate: ReplDelegate {
    var executed: [String] = []
    var directives: [(name: String, argument: String)] = []
    var failing: Set<String> = []
    var banner = "Dossier test banner"
    var names = ["help", "history", "docs"]

    mutating func execute(_ source: String) -> ReplOutput {
        executed.append(source)
        if failing.contains(source) { return .failure("error: \(source)") }
        return ReplOutput(stdout: "ran: \(source)")
    }

    mutating func directive(_ name: String, argument: String) -> ReplOutput {
        directives.append((name, argument))
        return ReplOutput(stdout: "directive \(name) [\(argument)]")
    }

    func completions(line: String) -> [String] {
        names
    }

    func needsContinuation(_ buffer: String) -> Bool {
        let trimmed = buffer.trimmingCharactersOfWhitespace()
        if trimmed.hasSuffix("|") { return true }
        var depth = 0
        for character in buffer {
            if character == "(" || character == "[" { depth += 1 }
            if character == ")" || character == "]" { depth -= 1 }
        }
        return depth > 0
    }
}

extension String {
    func trimmingCharactersOfWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

typealias TestRepl = Repl<FakeLineEditor, FakeDelegate, CapturedOutput>

func makeRepl(_ script: [LineRead], banner: Bool = false, bail: Bool = false) -> TestRepl {
    Repl(editor: FakeLineEditor(script), delegate: FakeDelegate(), output: CapturedOutput(), showBanner: banner,
         bailOnError: bail)
}
