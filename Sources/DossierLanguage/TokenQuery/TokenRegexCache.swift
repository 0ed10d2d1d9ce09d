import DossierModel
/// The regex attribute tests of one token query, evaluated lazily: per test one state byte per
/// lexicon id (0 not yet seen, 1 matches, 2 does not), in one flat array, so a regex runs at most
/// once per distinct id a scan meets and a token costs an array lookup after that.
struct TokenRegexCache {
    private struct Test {
        let regex: LinearRegex
        let lexicon: Lexicon
    }

    private var tests: [Test] = []
    /// Per test, where its states start in `states`, and how many ids its lexicon has.
    private var bases: [Int] = []
    private var sizes: [Int] = []
    private var states: [UInt8] = []

    /// Adds a test of `regex` against the terms of `lexicon`; returns its slot.
    mutating func add(_ regex: LinearRegex, over lexicon: Lexicon) -> Int {
        tests.append(Test(regex: regex, lexicon: lexicon))
        bases.append(states.count)
        sizes.append(lexicon.count)
        states.append(contentsOf: repeatElement(0, count: lexicon.count))
        return tests.count - 1
    }

    /// Whether the regex of `slot` wholly matches the term `id` (false for an id outside its lexicon).
    @inline(__always)
    mutating func matches(_ slot: Int, _ id: UInt32) -> Bool {
        let i = Int(id)
        guard i < sizes[slot] else { return false }
        let at = bases[slot] + i
        let state = states[at]
        if state != 0 { return state == 1 }
        let hit = tests[slot].regex.wholeMatch(tests[slot].lexicon.term(i))
        states[at] = hit ? 1 : 2
        return hit
    }
}
