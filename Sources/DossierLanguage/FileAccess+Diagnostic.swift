import DossierModel
import DossierExtraction

extension FileAccess {
    /// The absolute path for `path`, or a diagnostic at `range` when the policy refuses it.
    public func resolve(_ path: String, writing: Bool, at range: SourceRange) throws(Diagnostic) -> String {
        do {
            return try resolve(path, writing: writing)
        } catch {
            throw .error(error.message, at: range, suggestion: error.suggestion)
        }
    }
}
