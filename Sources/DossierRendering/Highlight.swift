import DossierModel
import DossierExtraction
import DossierLanguage

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

    /// When the first flagged character would fall outside `width` columns, the text from a little
    /// before it, led by `…` (flags shifted to match); otherwise unchanged. Keeps search hits in view.
    static func focus(_ text: String, flags: [Bool], width: Int) -> (String, [Bool]) {
        guard DisplayWidth.of(text) > width, let first = flags.firstIndex(of: true) else { return (text, flags) }
        let chars = Array(text)
        var offset = 0
        for ch in chars.prefix(first) { offset += DisplayWidth.of(ch) }
        // Room for the start of the hit (up to 12 columns of it) before the end.
        guard offset + 12 > width - 2 else { return (text, flags) }
        // As much context before the hit as leaves the rest in view, at least a third of the width.
        var after = 0
        for ch in chars[first...] { after += DisplayWidth.of(ch) }
        let context = max(width / 3, width - 1 - after)
        var start = first
        var before = 0
        while start > 0, before + DisplayWidth.of(chars[start - 1]) <= context {
            start -= 1
            before += DisplayWidth.of(chars[start])
        }
        // Begin at a word where one starts within the context.
        if let space = chars[start..<first].firstIndex(of: " "), space + 1 < first { start = space + 1 }
        let rest = String(chars[start...])
        let restFlags = start < flags.count ? Array(flags[start...]) : []
        return ("…" + rest, [false] + restFlags)
    }
}
