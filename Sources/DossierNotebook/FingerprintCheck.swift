import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// How the notebook's recorded corpus fingerprint compares with the corpus replayed against.
public struct FingerprintCheck: Sendable, Hashable {
    public enum Status: Sendable, Hashable {
        case matches
        case differs
        /// The notebook records no fingerprint.
        case unrecorded
    }
    public var stored: String?
    public var current: String
    public var status: Status
    /// One line for the user, e.g. `x.md: corpus fingerprint differs: notebook sha256:1a2b…, corpus sha256:3c4d…`.
    public var message: String
}
