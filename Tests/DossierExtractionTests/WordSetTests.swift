import Testing
@testable import DossierExtraction

/// The shape filter in front of the word lists may only skip work: every answer is `Set`'s.
@Suite struct WordSetTests {
    static let listed: Set<String> = ["a", "one", "One", "March", "Mar.", "thousand", "Ça", "café", "x", "Kelvin\u{212A}"]
    static let probes = [
        "", "a", "A", "on", "one", "ONE", "One", "March", "Marc", "Mar.", "Mar", "thousands", "thousand", "Ça",
        "ça", "cafe\u{301}", "café", "x", "xx", "KelvinK", "Kelvin\u{212A}", String(repeating: "m", count: 70),
    ]

    @Test func wordSetAnswersAsSetDoes() {
        let w = WordSet(Self.listed)
        for p in Self.probes { #expect(w.contains(p) == Self.listed.contains(p), "\(p)") }
    }

    @Test func wordMapAnswersAsDictionaryDoes() {
        var d: [String: Int] = [:]
        for (i, s) in Self.listed.sorted().enumerated() { d[s] = i }
        let m = WordMap(d)
        for p in Self.probes { #expect(m[p] == d[p], "\(p)") }
    }

    @Test func scalarEditDistanceMatchesTheStringOne() {
        let pairs = [("Gorbachev", "Gorbachov"), ("Reagan", "Regan"), ("Smith", "Smithers"), ("", "abc"), ("Éclair", "eclair")]
        for (a, b) in pairs {
            let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
            for limit in [1, 2, 10] {
                #expect(EditDistance.distance(x, y, limit: limit) == EditDistance.distance(a, b, limit: limit), "\(a) \(b)")
            }
        }
        #expect(EditDistance.distance("Gorbachev", "Gorbachov", limit: 2) == 1)
    }

    @Test func shortOrSpacedNamesHaveNoSurnameForm() {
        #expect(SurnameForm("Lee") == nil)
        #expect(SurnameForm("Van Damme") == nil)
        #expect(SurnameForm("Gorbachev")?.scalars == Array("gorbachev".unicodeScalars))
        #expect(SurnameForm.limit("Regan") == 1)
        #expect(SurnameForm.limit("Gorbachov") == 2)
    }
}
