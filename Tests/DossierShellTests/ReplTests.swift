import Testing
import DossierShell

@Suite struct ReplTests {
    @Test func runsEachLineAndPrintsItsOutput() {
        var repl = makeRepl([.line("docs"), .line("stats")])
        let result = repl.run()
        #expect(repl.delegate.executed == ["docs", "stats"])
        #expect(repl.output.stdout == "ran: docs\nran: stats\n")
        #expect(result == ReplResult(ending: .endOfInput, failures: 0))
        #expect(repl.editor.prompts == ["dossier> ", "dossier> ", "dossier> "])
    }

    @Test func continuationLinesAreJoinedWithNewlines() {
        var repl = makeRepl([.line("docs |"), .line("  where words > 10 |"), .line("  top 3"), .line("stats")])
        _ = repl.run()
        #expect(repl.delegate.executed == ["docs |\n  where words > 10 |\n  top 3", "stats"])
        #expect(repl.editor.prompts == ["dossier> ", "   ...> ", "   ...> ", "dossier> ", "dossier> "])
    }

    @Test func openBracketContinues() {
        var repl = makeRepl([.line("let xs = [1,"), .line("2]")])
        _ = repl.run()
        #expect(repl.delegate.executed == ["let xs = [1,\n2]"])
    }

    @Test func ctrlCAbandonsPartialBufferAndSessionGoesOn() {
        var repl = makeRepl([.line("docs |"), .line("where x |"), .interrupted, .line("stats")])
        let result = repl.run()
        #expect(repl.delegate.executed == ["stats"])
        #expect(repl.editor.prompts == ["dossier> ", "   ...> ", "   ...> ", "dossier> ", "dossier> "])
        #expect(result.ending == .endOfInput)
    }

    @Test func ctrlCOnEmptyLineKeepsSession() {
        var repl = makeRepl([.interrupted, .interrupted, .line("docs")])
        _ = repl.run()
        #expect(repl.delegate.executed == ["docs"])
    }

    @Test func ctrlDExitsAndLaterLinesAreNotRead() {
        var repl = makeRepl([.line("docs"), .end, .line("stats")])
        let result = repl.run()
        #expect(repl.delegate.executed == ["docs"])
        #expect(result.ending == .endOfInput)
        #expect(repl.editor.script == [.line("stats")])
    }

    @Test func endOfInputRunsAnUnfinishedBuffer() {
        var repl = makeRepl([.line("docs |")])
        _ = repl.run()
        #expect(repl.delegate.executed == ["docs |"])
    }

    @Test func quitAndQExit() {
        for quit in [":quit", ":q", "  :q  "] {
            var repl = makeRepl([.line("docs"), .line(quit), .line("stats")])
            let result = repl.run()
            #expect(result.ending == .quit)
            #expect(repl.delegate.executed == ["docs"])
        }
    }

    @Test func directivesAreDispatchedWithTheirArgument() {
        var repl = makeRepl([.line(":save  notes/gantz.md "), .line(":history"), .line(":note Two sources disagree.")])
        _ = repl.run()
        #expect(repl.delegate.directives.map(\.name) == ["save", "history", "note"])
        #expect(repl.delegate.directives.map(\.argument) == ["notes/gantz.md", "", "Two sources disagree."])
        #expect(repl.delegate.executed.isEmpty)
        #expect(repl.output.stdout.contains("directive save [notes/gantz.md]"))
    }

    @Test func directiveIsOnlyRecognisedAtTheStartOfABuffer() {
        var repl = makeRepl([.line("docs |"), .line(":q")])
        let result = repl.run()
        #expect(repl.delegate.executed == ["docs |\n:q"])
        #expect(result.ending == .endOfInput)
    }

    @Test func pagerDirectiveIsHandledByTheLoop() {
        var repl = makeRepl([.line(":pager off"), .line("docs"), .line(":pager on"), .line("stats"), .line(":pager maybe")])
        let result = repl.run()
        #expect(repl.delegate.directives.isEmpty)
        #expect(repl.output.events == [
            .output("pager off\n", pageable: false),
            .output("ran: docs\n", pageable: false),
            .output("pager on\n", pageable: true),
            .output("ran: stats\n", pageable: true),
            .error("usage: :pager on|off\n"),
        ])
        #expect(result.failures == 1)
        #expect(result.exitStatus == 1)
    }

    @Test func bannerOnlyWhenAsked() {
        var quiet = makeRepl([.line("docs")])
        _ = quiet.run()
        #expect(!quiet.output.stdout.contains("banner"))

        var loud = makeRepl([.line("docs")], banner: true)
        _ = loud.run()
        #expect(loud.output.events.first == .output("Dossier test banner\n", pageable: false))
    }

    @Test func failuresGoToStderrAndCount() {
        var repl = makeRepl([.line("dcos"), .line("docs")])
        repl.delegate.failing = ["dcos"]
        let result = repl.run()
        #expect(repl.output.stderr == "error: dcos\n")
        #expect(repl.delegate.executed == ["dcos", "docs"])
        #expect(result == ReplResult(ending: .endOfInput, failures: 1))
    }

    @Test func bailStopsAtFirstFailure() {
        var repl = makeRepl([.line("dcos"), .line("docs")], bail: true)
        repl.delegate.failing = ["dcos"]
        let result = repl.run()
        #expect(repl.delegate.executed == ["dcos"])
        #expect(result.ending == .bailed)
        #expect(result.exitStatus == 1)
    }

    @Test func blankLinesAreSkipped() {
        var repl = makeRepl([.line(""), .line("   "), .line("docs")])
        _ = repl.run()
        #expect(repl.delegate.executed == ["docs"])
        #expect(repl.output.events.count == 1)
    }

    @Test func historyKeepsStatementsAndDirectives() {
        var repl = makeRepl([.line("docs |"), .line("top 3"), .line(":save x.md"), .line("stats # totals"), .line("  ")])
        _ = repl.run()
        #expect(repl.editor.history == ["docs | top 3", ":save x.md", "stats # totals"])
    }

    @Test func multiLineWithCommentKeepsLinesSeparate() {
        #expect(TestRepl.historyEntries("docs | # all\ntop 3") == ["docs | # all", "top 3"])
        #expect(TestRepl.historyEntries("docs |\n\n  top 3") == ["docs | top 3"])
    }

    @Test func completionGoesThroughTheDelegateWhileReading() {
        struct Probe: LineEditor {
            var completionProvider: CompletionProvider?
            var seen: [[String]] = []
            var reads = 0
            mutating func readLine(prompt: String) -> LineRead {
                seen.append(completionProvider?("hel") ?? [])
                seen.append(completionProvider?(":pa") ?? [])
                reads += 1
                return reads == 1 ? .line("docs") : .end
            }
            mutating func addHistory(_ entry: String) {}
        }
        var repl = Repl(editor: Probe(), delegate: FakeDelegate(), output: CapturedOutput())
        _ = repl.run()
        #expect(repl.editor.seen[0] == ["help", "history", "docs"])
        #expect(repl.editor.seen[1].contains(":pager"))
        #expect(repl.editor.completionProvider == nil)
    }

    @Test func parseDirective() {
        #expect(TestRepl.parseDirective(":save x.md") == ("save", "x.md"))
        #expect(TestRepl.parseDirective(":undo") == ("undo", ""))
        #expect(TestRepl.parseDirective(":") == ("", ""))
        #expect(TestRepl.parseDirective(":note  a  b ") == ("note", "a  b"))
    }
}
