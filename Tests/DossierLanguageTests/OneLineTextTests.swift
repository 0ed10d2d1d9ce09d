import Testing
@testable import DossierLanguage

/// Sentences shown on one line: the byte-level rewrite gives what the character-level rule gave.
@Suite struct OneLineTextTests {
    /// The rule as characters: a tab or a line feed becomes a space (a CR LF pair is one character, kept).
    static func byCharacters(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\t" ? " " : $0 })
    }

    @Test(arguments: [
        "", "plain words", "a\nb", "a\r\nb", "\n", "\r\n\n", "\t\t", "café\nau lait", "a\n\u{301}b", "\r\r\n\r",
        "line\n", "\nline", "tab\there\nand\r\nthere", "emoji 👩‍👩‍👧\n🇫🇷\tend",
    ])
    func flatMatchesTheCharacterRule(_ s: String) {
        #expect(ExtractionVerbSupport.flat(s) == Self.byCharacters(s))
    }
}
