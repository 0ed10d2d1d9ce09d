import DossierKit

/// Reads lines from the user. (Placeholder: owned by the shell work.)
public protocol LineEditor {
    mutating func readLine(prompt: String) -> String?
}
