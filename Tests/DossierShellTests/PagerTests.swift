import Testing
import Foundation
@testable import DossierShell

@Suite struct PagerTests {
    @Test func defaultIsLessFRX() {
        #expect(Pager(pagerVariable: nil)?.arguments == ["less", "-FRX"])
    }

    @Test func emptyOrCatDisablesPaging() {
        #expect(Pager(pagerVariable: "") == nil)
        #expect(Pager(pagerVariable: "  cat ") == nil)
    }

    @Test func plainValueIsSplitIntoWords() {
        #expect(Pager(pagerVariable: "less -R  -S")?.arguments == ["less", "-R", "-S"])
        #expect(Pager(pagerVariable: "'/opt/my pager/bin/p' --x=\"a b\"")?.arguments == ["/opt/my pager/bin/p", "--x=a b"])
        #expect(Pager(pagerVariable: "my\\ pager")?.arguments == ["my pager"])
    }

    @Test func shellSyntaxRunsThroughShWithTheValueOnly() {
        #expect(Pager(pagerVariable: "less | cat")?.arguments == ["/bin/sh", "-c", "less | cat"])
        #expect(Pager(pagerVariable: "$HOME/bin/p")?.arguments == ["/bin/sh", "-c", "$HOME/bin/p"])
        #expect(Pager(pagerVariable: "less 'unterminated")?.arguments == ["/bin/sh", "-c", "less 'unterminated"])
    }

    @Test func rowCountWrapsAndIgnoresEscapes() {
        #expect(Pager.rowCount("", columns: 80) == 0)
        #expect(Pager.rowCount("a\nb\n", columns: 80) == 2)
        #expect(Pager.rowCount("a\nb", columns: 80) == 2)
        #expect(Pager.rowCount(String(repeating: "x", count: 25) + "\n", columns: 10) == 3)
        #expect(Pager.rowCount("\u{1B}[1;31m" + String(repeating: "x", count: 10) + "\u{1B}[0m\n", columns: 10) == 1)
        #expect(Pager.rowCount("\n\n", columns: 10) == 2)
    }

    @Test func pageSendsTextOnStandardInput() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-pager-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = "line one\nligne deux: é ü 中\n"
        let pager = Pager(arguments: ["/bin/sh", "-c", "cat > \"$0\"", path])
        #expect(pager.page(text))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func pagerThatQuitsEarlyDoesNotKillUs() {
        let big = String(repeating: "0123456789\n", count: 200_000)
        #expect(Pager(arguments: ["true"]).page(big))
    }

    @Test func missingPagerReportsFailure() {
        #expect(!Pager(arguments: ["/nonexistent/dossier-pager"]).page("text\n"))
    }
}
