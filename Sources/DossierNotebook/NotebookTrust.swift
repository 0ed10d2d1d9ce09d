import Crypto
import DossierModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which notebooks this user trusts, as Jupyter signs notebooks: a notebook this user saved (or
/// named with `dossier trust FILE`) has its signature — HMAC-SHA256 of the file's bytes under a
/// per-user secret key — recorded in the state folder. Any other notebook, or one edited since
/// (by hand, by someone else), is untrusted, and runs in the sandbox (`NotebookSandbox`).
public struct NotebookTrust: Sendable, Hashable {
    /// `$XDG_STATE_HOME/dossier`, by default `~/.local/state/dossier`.
    public let directory: String

    public init(directory: String = NotebookTrust.defaultDirectory()) { self.directory = directory }

    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/dossier" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/state/dossier"
    }

    var keyPath: String { directory + "/trust-key" }
    var signaturesPath: String { directory + "/trusted-notebooks" }

    /// The signature of a notebook's bytes under this user's key (nil when there is no key yet and
    /// `create` is false).
    func signature(of bytes: [UInt8], create: Bool) -> String? {
        guard let key = key(create: create) else { return nil }
        return "hmac-sha256:" + ContentHash.hex(Self.mac(key: key, message: bytes))
    }

    /// HMAC-SHA256 (RFC 2104) of `message` under `key`, through swift-crypto.
    static func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
    }

    /// Whether the file at `path` is trusted: its current bytes carry a recorded signature.
    public func isTrusted(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return isTrusted(bytes: [UInt8](data))
    }

    /// Whether these notebook bytes carry a recorded signature.
    public func isTrusted(bytes: [UInt8]) -> Bool {
        guard let sig = signature(of: bytes, create: false) else { return false }
        return signatures().contains(sig)
    }

    /// Records the current bytes of the file at `path` as trusted (`dossier trust`, `:save`).
    public func trust(_ path: String) throws(AtomicFile.WriteError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AtomicFile.WriteError(path: path, reason: "cannot read the file")
        }
        try trust(bytes: [UInt8](data))
    }

    /// Records these notebook bytes as trusted.
    public func trust(bytes: [UInt8]) throws(AtomicFile.WriteError) {
        guard let sig = signature(of: bytes, create: true) else {
            throw AtomicFile.WriteError(path: keyPath, reason: "cannot create the signing key")
        }
        var all = signatures()
        guard !all.contains(sig) else { return }
        all.append(sig)
        // Keep the newest signatures only: a notebook saved many times leaves old ones behind.
        let kept = all.suffix(Self.maximumSignatures)
        try AtomicFile.write(kept.joined(separator: "\n") + "\n", to: signaturesPath)
    }

    /// Signatures kept at most (the oldest are dropped first).
    public static let maximumSignatures = 10_000

    func signatures() -> [String] {
        guard let data = FileManager.default.contents(atPath: signaturesPath) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// The per-user secret key: 32 random bytes in a file only the user can read, made on first use.
    func key(create: Bool) -> [UInt8]? {
        if let data = FileManager.default.contents(atPath: keyPath), data.count >= 32 { return [UInt8](data) }
        guard create else { return nil }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var key = [UInt8](repeating: 0, count: 32)
        var rng = SystemRandomNumberGenerator()
        for i in key.indices { key[i] = UInt8.random(in: 0...255, using: &rng) }
        let fd = open(keyPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0 {
            // Another process made it first: use theirs.
            if let data = FileManager.default.contents(atPath: keyPath), data.count >= 32 { return [UInt8](data) }
            return nil
        }
        let written = key.withUnsafeBytes { write(fd, $0.baseAddress, 32) }
        _ = fsync(fd)
        close(fd)
        return written == 32 ? key : nil
    }
}
