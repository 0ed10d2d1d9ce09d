import Testing
import DossierShell

@Suite struct CompletionTests {
    @Test func uniqueCandidateCompletesWithASpace() {
        #expect(Completion.action(lineBeforeCursor: "hel", candidates: ["help", "docs"]) == .replace(deleting: 3, text: "help "))
    }

    @Test func commonPrefixIsInserted() {
        #expect(Completion.action(lineBeforeCursor: "docs | h", candidates: ["help", "history"])
            == .list(["help", "history"]))
        #expect(Completion.action(lineBeforeCursor: "docs | hi", candidates: ["help", "history"])
            == .replace(deleting: 2, text: "history "))
        #expect(Completion.action(lineBeforeCursor: "s", candidates: ["sentences", "sentiment", "show"])
            == .list(["sentences", "sentiment", "show"]))
        #expect(Completion.action(lineBeforeCursor: "se", candidates: ["sentences", "sentiment", "show"])
            == .replace(deleting: 2, text: "sent"))
        #expect(Completion.action(lineBeforeCursor: "se", candidates: ["sentences", "sentiment"])
            == .replace(deleting: 2, text: "sent"))
    }

    @Test func ambiguousWithNoProgressLists() {
        #expect(Completion.action(lineBeforeCursor: "h", candidates: ["history", "help", "help"]) == .list(["help", "history"]))
        #expect(Completion.action(lineBeforeCursor: "he", candidates: ["help", "hebrew"]) == .list(["hebrew", "help"]))
    }

    @Test func noMatchIsNone() {
        #expect(Completion.action(lineBeforeCursor: "zz", candidates: ["help"]) == .none)
        #expect(Completion.action(lineBeforeCursor: "he", candidates: []) == .none)
    }

    @Test func wordStopsAtSeparators() {
        #expect(Completion.currentWord("docs | where wor") == "wor")
        #expect(Completion.currentWord("kwic(\"ga") == "ga")
        #expect(Completion.currentWord("docs --lim") == "--lim")
        #expect(Completion.currentWord(":sa") == ":sa")
        #expect(Completion.currentWord("docs ") == "")
    }

    @Test func emptyWordCompletesFromAll() {
        #expect(Completion.action(lineBeforeCursor: "docs | ", candidates: ["where"]) == .replace(deleting: 0, text: "where "))
    }

    @Test func nonASCIIWordsCountScalars() {
        // "é" typed as one scalar; libedit deletes by characters (scalars).
        #expect(Completion.action(lineBeforeCursor: "Zé", candidates: ["Zéev"]) == .replace(deleting: 2, text: "Zéev "))
    }

    @Test func columnsFitTheWidth() {
        let text = Completion.columns(["alpha", "beta", "gamma", "delta"], width: 16)
        #expect(text == "alpha  gamma\nbeta   delta\n")
        #expect(Completion.columns(["a", "b"], width: 1) == "a\nb\n")
    }
}
