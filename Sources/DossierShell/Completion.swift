/// What Tab does to the line, worked out from the line before the cursor and the candidates.
public enum CompletionAction: Equatable, Sendable {
    /// Nothing to complete: beep.
    case none
    /// Delete `deleting` Unicode scalars (libedit characters) before the cursor, then insert `text`.
    case replace(deleting: Int, text: String)
    /// Several candidates share no longer prefix than what is typed: show them.
    case list([String])
}

/// Pure completion logic, shared by the libedit editor and the tests.
public enum Completion {
    /// Characters that end a word for completion (besides whitespace).
    static let separators: Set<Character> = ["|", ";", ",", "(", ")", "[", "]", "{", "}", "=", "<", ">", "!",
                                             "+", "*", "~", "\"", "'", "`"]

    /// The word being typed: the characters before the cursor back to the last separator.
    public static func currentWord(_ lineBeforeCursor: String) -> Substring {
        var start = lineBeforeCursor.endIndex
        while start > lineBeforeCursor.startIndex {
            let previous = lineBeforeCursor.index(before: start)
            let character = lineBeforeCursor[previous]
            if character.isWhitespace || separators.contains(character) { break }
            start = previous
        }
        return lineBeforeCursor[start...]
    }

    /// The action for Tab. Candidates that do not start with the word are dropped; duplicates are
    /// ignored; a unique candidate is completed and followed by a space.
    public static func action(lineBeforeCursor: String, candidates: [String]) -> CompletionAction {
        let word = String(currentWord(lineBeforeCursor))
        var seen = Set<String>()
        let matches = candidates.filter { $0.hasPrefix(word) && !$0.isEmpty && seen.insert($0).inserted }.sorted()
        guard let first = matches.first else { return .none }
        if matches.count == 1 {
            let suffix = first.hasSuffix("/") || first.hasSuffix("(") || first.hasSuffix("=") ? "" : " "
            return .replace(deleting: word.unicodeScalars.count, text: first + suffix)
        }
        let prefix = commonPrefix(matches)
        if prefix.count > word.count {
            return .replace(deleting: word.unicodeScalars.count, text: prefix)
        }
        return .list(matches)
    }

    /// The longest common prefix of `words`, by characters.
    public static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            var length = 0
            for (a, b) in zip(prefix, word) {
                if a != b { break }
                length += 1
            }
            prefix.removeLast(prefix.count - length)
        }
        return String(prefix)
    }

    /// Candidates laid out in columns for a terminal `width` characters wide.
    public static func columns(_ words: [String], width: Int) -> String {
        guard !words.isEmpty else { return "" }
        let cell = (words.map(\.count).max() ?? 0) + 2
        let perRow = max(1, width / max(cell, 1))
        let rows = (words.count + perRow - 1) / perRow
        var out = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<perRow {
                let index = column * rows + row
                guard index < words.count else { continue }
                let word = words[index]
                line += word
                if (column + 1) * rows + row < words.count {
                    line += String(repeating: " ", count: cell - word.count)
                }
            }
            out += line + "\n"
        }
        return out
    }
}
