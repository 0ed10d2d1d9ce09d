import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering
import DossierTestSupport
@testable import DossierNotebook

/// A stand-in session: `echo TEXT` prints TEXT, `count` prints how many cells ran before,
/// `fail` fails with a diagnostic, anything else prints `ran: SOURCE`.
struct FakeRunner: CellRunner {
    var ran = 0
    var version = "v1"
    mutating func run(cell source: String) -> CellOutcome {
        defer { ran += 1 }
        if source.hasPrefix("echo ") { return CellOutcome(output: String(source.dropFirst(5)) + "\n") }
        if source == "count" { return CellOutcome(output: "\(ran)\n") }
        if source == "version" { return CellOutcome(output: version + "  \n\n") }
        if source == "fail" { return CellOutcome(output: "<input>:1:1: error: unknown verb 'fail'\n  fail\n  ^~~~\n", failed: true) }
        return CellOutcome(output: "ran: \(source)\n")
    }
}
