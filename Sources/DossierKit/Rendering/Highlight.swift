/// Snippet spans marked `«like this»` by search verbs: stripped and highlighted when colour is on.
enum Highlight {
    static let open: Character = "«"
    static let close: Character = "»"

    /// The text without markers.
    static func strip(_ text: String) -> String {
        guard text.contains(open) || text.contains(close) else { return text }
        return String(text.filter { $0 != open && $0 != close })
    }

    /// The text without markers, and for each of its characters whether it was marked.
    static func parse(_ text: String) -> (String, [Bool]) {
        var plain = ""
        var flags: [Bool] = []
        var inside = false
        for ch in text {
            if ch == open { inside = true; continue }
            if ch == close { inside = false; continue }
            plain.append(ch)
            flags.append(inside)
        }
        return (plain, flags)
    }

    /// `cut` (the plain text, possibly cut with a final `…`) with its marked runs highlighted.
    static func apply(flags: [Bool], to cut: String, cutFrom plain: String) -> String {
        let kept = cut == plain ? cut.count : max(0, cut.count - 1)
        var out = ""
        var on = false
        for (i, ch) in cut.enumerated() {
            let marked = i < kept && i < flags.count && flags[i]
            if marked != on {
                out += marked ? ANSIStyle.highlight.rawValue : ANSIStyle.reset
                on = marked
            }
            out.append(ch)
        }
        if on { out += ANSIStyle.reset }
        return out
    }
}
