/// The Porter2 (Snowball English) stemmer. Words with non-ASCII letters are returned unchanged.
public enum Stemmer {
    static let exceptions1: [String: String] = [
        "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "idly": "idl",
        "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl", "sky": "sky",
        "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias", "andes": "andes",
    ]
    static let exceptions2: Set<String> = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"]

    /// The stem of a lowercase word.
    public static func stem(_ input: String) -> String {
        var word = input.lowercased()
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        if word.utf8.count <= 2 { return word }
        if let e = exceptions1[word] { return e }
        var w = Array(word.utf8)
        if w.first == 0x27 { w.removeFirst() }
        if w.count <= 2 { return String(decoding: w, as: UTF8.self) }
        let Y = UInt8(ascii: "Y")
        if w[0] == UInt8(ascii: "y") { w[0] = Y }
        if w.count > 1 {
            for i in 1..<w.count where w[i] == UInt8(ascii: "y") && isVowel(w[i - 1]) { w[i] = Y }
        }
        var s = Stem(w: w)
        s.computeRegions()
        s.step0()
        s.step1a()
        word = String(decoding: s.w, as: UTF8.self)
        if exceptions2.contains(word) { return word }
        s.step1b()
        s.step1c()
        s.step2()
        s.step3()
        s.step4()
        s.step5()
        for i in s.w.indices where s.w[i] == Y { s.w[i] = UInt8(ascii: "y") }
        return String(decoding: s.w, as: UTF8.self)
    }

    @inline(__always) static func isVowel(_ c: UInt8) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 || c == 0x79
    }

    struct Stem {
        var w: [UInt8]
        var r1 = 0
        var r2 = 0

        mutating func computeRegions() {
            let str = String(decoding: w, as: UTF8.self)
            r1 = w.count
            if str.hasPrefix("gener") || str.hasPrefix("arsen") {
                r1 = 5
            } else if str.hasPrefix("commun") {
                r1 = 6
            } else {
                r1 = regionAfter(0)
            }
            r2 = regionAfter(r1)
        }

        func regionAfter(_ start: Int) -> Int {
            var i = start + 1
            while i < w.count {
                if !isVowel(w[i]) && isVowel(w[i - 1]) { return i + 1 }
                i += 1
            }
            return w.count
        }

        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix.utf8)
            guard s.count <= w.count else { return false }
            return Array(w[(w.count - s.count)...]) == s
        }

        /// The longest of `suffixes` the word ends with.
        func longest(_ suffixes: [String]) -> String? {
            var best: String?
            for s in suffixes where ends(s) && s.utf8.count > (best?.utf8.count ?? -1) { best = s }
            return best
        }

        mutating func replace(_ suffix: String, _ with: String) {
            w.removeLast(suffix.utf8.count)
            w.append(contentsOf: with.utf8)
        }

        func inR1(_ suffix: String) -> Bool { w.count - suffix.utf8.count >= r1 }
        func inR2(_ suffix: String) -> Bool { w.count - suffix.utf8.count >= r2 }

        func containsVowel(_ range: Range<Int>) -> Bool { range.contains { isVowel(w[$0]) } }

        /// Ends in a short syllable.
        func endsShortSyllable() -> Bool {
            let n = w.count
            if n == 2 { return isVowel(w[0]) && !isVowel(w[1]) }
            guard n >= 3 else { return false }
            let c = w[n - 1]
            return !isVowel(w[n - 3]) && isVowel(w[n - 2]) && !isVowel(c) && c != 0x77 && c != 0x78 && c != 0x59
        }

        func isShort() -> Bool { r1 >= w.count && endsShortSyllable() }

        mutating func step0() {
            if let s = longest(["'", "'s", "'s'"]) { w.removeLast(s.utf8.count) }
        }

        mutating func step1a() {
            guard let s = longest(["sses", "ied", "ies", "s", "us", "ss"]) else { return }
            switch s {
            case "sses": replace(s, "ss")
            case "ied", "ies": replace(s, w.count > 4 ? "i" : "ie")
            case "s":
                if w.count >= 2, containsVowel(0..<(w.count - 2)) { w.removeLast() }
            default: break
            }
        }

        mutating func step1b() {
            guard let s = longest(["eed", "eedly", "ed", "edly", "ing", "ingly"]) else { return }
            if s == "eed" || s == "eedly" {
                if inR1(s) { replace(s, "ee") }
                return
            }
            let stemEnd = w.count - s.utf8.count
            guard containsVowel(0..<stemEnd) else { return }
            w.removeLast(s.utf8.count)
            if ends("at") || ends("bl") || ends("iz") {
                w.append(0x65)
            } else if let last = w.last, w.count >= 2, w[w.count - 2] == last,
                "bdfgmnprt".utf8.contains(last)
            {
                w.removeLast()
            } else if isShort() {
                w.append(0x65)
            }
        }

        mutating func step1c() {
            guard let last = w.last, last == 0x79 || last == 0x59, w.count > 2, !isVowel(w[w.count - 2]) else { return }
            w[w.count - 1] = 0x69
        }

        mutating func step2() {
            let list = [
                "tional", "enci", "anci", "abli", "entli", "izer", "ization", "ational", "ation", "ator", "alism",
                "aliti", "alli", "fulness", "ousli", "ousness", "iveness", "iviti", "biliti", "bli", "ogi", "fulli",
                "lessli", "li",
            ]
            guard let s = longest(list), inR1(s) else { return }
            switch s {
            case "tional": replace(s, "tion")
            case "enci": replace(s, "ence")
            case "anci": replace(s, "ance")
            case "abli": replace(s, "able")
            case "entli": replace(s, "ent")
            case "izer", "ization": replace(s, "ize")
            case "ational", "ation", "ator": replace(s, "ate")
            case "alism", "aliti", "alli": replace(s, "al")
            case "fulness": replace(s, "ful")
            case "ousli", "ousness": replace(s, "ous")
            case "iveness", "iviti": replace(s, "ive")
            case "biliti", "bli": replace(s, "ble")
            case "ogi": if w.count >= 4, w[w.count - 4] == 0x6C { replace(s, "og") }
            case "fulli": replace(s, "ful")
            case "lessli": replace(s, "less")
            case "li": if w.count >= 3, "cdeghkmnrt".utf8.contains(w[w.count - 3]) { w.removeLast(2) }
            default: break
            }
        }

        mutating func step3() {
            let list = ["tional", "ational", "alize", "icate", "iciti", "ical", "ful", "ness", "ative"]
            guard let s = longest(list), inR1(s) else { return }
            switch s {
            case "tional": replace(s, "tion")
            case "ational": replace(s, "ate")
            case "alize": replace(s, "al")
            case "icate", "iciti", "ical": replace(s, "ic")
            case "ful", "ness": replace(s, "")
            case "ative": if inR2(s) { replace(s, "") }
            default: break
            }
        }

        mutating func step4() {
            let list = [
                "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti",
                "ous", "ive", "ize", "ion",
            ]
            guard let s = longest(list), inR2(s) else { return }
            if s == "ion" {
                if w.count >= 4, w[w.count - 4] == 0x73 || w[w.count - 4] == 0x74 { replace(s, "") }
            } else {
                replace(s, "")
            }
        }

        mutating func step5() {
            guard let last = w.last else { return }
            if last == 0x65 {
                if inR2("e") {
                    w.removeLast()
                } else if inR1("e") {
                    let saved = w
                    w.removeLast()
                    if endsShortSyllable() { w = saved }
                }
            } else if last == 0x6C, inR2("l"), w.count >= 2, w[w.count - 2] == 0x6C {
                w.removeLast()
            }
        }
    }
}
