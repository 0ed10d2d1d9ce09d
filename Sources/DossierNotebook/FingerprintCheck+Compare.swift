import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

extension FingerprintCheck {
    /// Compares a notebook's recorded fingerprint with the corpus's.
    public init(notebook name: String, stored: String?, current: String) {
        self.stored = stored
        self.current = current
        guard let stored else {
            status = .unrecorded
            message = "\(name): the notebook records no corpus fingerprint; the corpus is \(FingerprintCheck.short(current))"
            return
        }
        if stored == current {
            status = .matches
            message = "\(name): corpus fingerprint \(FingerprintCheck.short(current)) matches"
        } else {
            status = .differs
            message = "\(name): corpus fingerprint differs: the notebook was made on \(FingerprintCheck.short(stored)), the corpus is \(FingerprintCheck.short(current))"
        }
    }

    /// `sha256:` and the first 12 hex digits, then `…`.
    public static func short(_ fingerprint: String) -> String {
        guard let colon = fingerprint.firstIndex(of: ":") else { return fingerprint }
        let digest = fingerprint[fingerprint.index(after: colon)...]
        return digest.count > 12 ? String(fingerprint[...colon]) + digest.prefix(12) + "…" : fingerprint
    }
}
