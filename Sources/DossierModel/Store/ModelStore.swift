import Foundation

/// The engine's cache of analysed corpora, under a folder the front end chooses (the CLI passes
/// `$XDG_CACHE_HOME/dossier`). Models of this analyser live in `models-<AnalyserVersion.key>/`:
/// `<fingerprint>.model` per corpus content, `<root digest>.index` per corpus folder. Folders of other
/// analyser versions, and caches of earlier formats, are removed; at most `keep` models are kept.
public struct ModelStore: Sendable {
    public let root: String
    public var keep: Int
    /// The analyser key models must carry (tests pass another to stand for a bumped version).
    public var analyserKey: String

    public init(root: String, keep: Int = 8, analyserKey: String = AnalyserVersion.key) {
        self.root = root
        self.keep = keep
        self.analyserKey = analyserKey
    }

    public var directory: String { root + "/models-" + analyserKey }

    public func modelPath(fingerprint: String) -> String {
        directory + "/" + Self.hex(fingerprint) + ".model"
    }

    func indexPath(rootDigest: [UInt8]) -> String {
        directory + "/" + ContentHash.hex(Array(rootDigest.prefix(16))) + ".index"
    }

    static func hex(_ fingerprint: String) -> String {
        fingerprint.hasPrefix("sha256:") ? String(fingerprint.dropFirst(7)) : fingerprint
    }

    /// The 32 bytes of a "sha256:<hex>" fingerprint (zeros when malformed).
    static func digest(ofFingerprint fp: String) -> [UInt8] {
        let h = Array(hex(fp).utf8)
        guard h.count == 64 else { return [UInt8](repeating: 0, count: 32) }
        func v(_ c: UInt8) -> UInt8 { c >= 0x61 ? c - 0x61 + 10 : c - 0x30 }
        return (0..<32).map { v(h[2 * $0]) << 4 | v(h[2 * $0 + 1]) }
    }

    func prepare() -> Bool {
        (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil
    }

    /// Removes other analyser versions' folders, earlier cache layouts, and all but the `keep` most
    /// recently used models (and the indexes that point nowhere).
    public func prune(except current: String? = nil) {
        let fm = FileManager.default
        let mine = "models-" + analyserKey
        for name in (try? fm.contentsOfDirectory(atPath: root)) ?? [] where name != mine {
            if name.hasPrefix("models-") || name.hasPrefix("build-") || name.hasSuffix(".corpus") {
                try? fm.removeItem(atPath: root + "/" + name)
            }
        }
        let names = (try? fm.contentsOfDirectory(atPath: directory)) ?? []
        let models = names.filter { $0.hasSuffix(".model") }.map { directory + "/" + $0 }
        for name in names where name.contains(".tmp") {
            // A writer that died: its temporary file, once it is an hour old.
            let path = directory + "/" + name
            if let d = try? fm.attributesOfItem(atPath: path)[.modificationDate] as? Date, d.timeIntervalSinceNow < -3600 {
                try? fm.removeItem(atPath: path)
            }
        }
        guard models.count > keep else { return }
        let dated = models.map { ($0, Self.lastUse($0)) }
        for (f, _) in dated.sorted(by: { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }).dropFirst(keep) where f != current {
            try? fm.removeItem(atPath: f)
            // And what upper layers attached to it.
            let stem = String(f.dropLast(".model".count))
            for name in names where (directory + "/" + name).hasPrefix(stem + ".") { try? fm.removeItem(atPath: directory + "/" + name) }
        }
    }

    /// What an upper layer stored beside the model of `fingerprint` under `name` (e.g. extraction's
    /// annotations), or nil when absent, foreign or damaged. Keyed like the model: content and analyser.
    public func attachment(_ name: String, fingerprint: String) -> [UInt8]? {
        let r = ModelFileReader.open(
            path: attachmentPath(name, fingerprint: fingerprint), kind: name, analyserKey: analyserKey,
            contentKey: Self.digest(ofFingerprint: fingerprint))
        return r?.bytes("data").map { Array($0) }
    }

    /// Stores `bytes` beside the model of `fingerprint` under `name` (atomically); false on failure.
    @discardableResult
    public func attach(_ name: String, bytes: [UInt8], fingerprint: String) -> Bool {
        guard prepare(), let w = ModelFileWriter(
            path: attachmentPath(name, fingerprint: fingerprint), kind: name, analyserKey: analyserKey,
            contentKey: Self.digest(ofFingerprint: fingerprint), sectionCapacity: 1)
        else { return false }
        w.add("data", bytes)
        return w.finish()
    }

    func attachmentPath(_ name: String, fingerprint: String) -> String {
        directory + "/" + Self.hex(fingerprint) + "." + name
    }

    /// Marks a model as just used (pruning keeps the most recently used): sets its atime only, so its
    /// mtime still tells it from any later write (see `FreshnessIndex.model`).
    func touch(_ path: String) {
        var times = [timespec(), timespec()]
        times[0].tv_nsec = Self.utimeNow
        times[1].tv_nsec = Self.utimeOmit
        utimensat(AT_FDCWD, path, &times, 0)
    }

    /// Linux's UTIME_NOW and UTIME_OMIT (macros Swift does not import).
    private static let utimeNow = (1 << 30) - 1, utimeOmit = (1 << 30) - 2

    /// When a model was last used (its atime, in ns; 0 when it cannot be stat'ed).
    static func lastUse(_ path: String) -> Int64 {
        var st = stat()
        guard stat(path, &st) == 0 else { return 0 }
        return FileStamp.nanos(st.st_atim)
    }
}
