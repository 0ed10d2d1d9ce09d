/// Per corpus root, what the last open saw: each file's stamp and hash, the fingerprint they made, and
/// when the stamps were taken. A stamp whose mtime is not clearly before that moment is "racily clean"
/// (the file may have changed again within the same clock tick) and is hashed again.
struct FreshnessIndex {
    var fingerprint: String
    var stampedAtNanos: Int64
    var stamps: [FileStamp]
    /// The stamp of the model of `fingerprint` when it was written, or last read and checked in full
    /// (nil: none yet). A model file that still has it is the file that was checked, and opens without
    /// checksumming or scanning its sections again; any write to it changes its mtime (see
    /// `ModelBuilder.settled(_:since:)`).
    var model: FileStamp? = nil

    static let kind = "index"
    /// How close to the stamping an mtime must be to be distrusted (file systems tick in ms).
    static let racyWindowNanos: Int64 = 100_000_000

    /// The recorded stamp of `current.path` when the file is unchanged and not racily clean.
    func trusted(_ current: FileStamp, at i: Int?) -> FileStamp? {
        guard let i, stamps.indices.contains(i) else { return nil }
        let s = stamps[i]
        guard s.sameFile(as: current), s.digest.count == 32, s.mtimeNanos < stampedAtNanos - Self.racyWindowNanos
        else { return nil }
        return s
    }

    static func read(path: String, rootDigest: [UInt8], analyserKey: String) -> FreshnessIndex? {
        guard let r = ModelFileReader.open(path: path, kind: kind, analyserKey: analyserKey, contentKey: rootDigest),
            var meta = r.reader("meta"), let fp = meta.string(), let at = meta.i64(), let count = meta.int(), count < 1 << 32,
            var s = r.reader("stamps")
        else { return nil }
        var stamps: [FileStamp] = []
        stamps.reserveCapacity(min(count, s.p.count / 64))
        for _ in 0..<count {
            guard let path = s.string(), let size = s.i64(), let mtime = s.i64(), let inode = s.u64(), let digest = s.data()
            else { return nil }
            stamps.append(FileStamp(path: path, size: size, mtimeNanos: mtime, inode: inode, digest: digest))
        }
        guard s.atEnd else { return nil }
        var model: FileStamp?
        if var m = r.reader("model"), let size = m.i64(), let mtime = m.i64(), let inode = m.u64(), m.atEnd {
            model = FileStamp(path: "", size: size, mtimeNanos: mtime, inode: inode)
        }
        return FreshnessIndex(fingerprint: fp, stampedAtNanos: at, stamps: stamps, model: model)
    }

    func write(path: String, rootDigest: [UInt8], analyserKey: String) {
        guard let w = ModelFileWriter(path: path, kind: Self.kind, analyserKey: analyserKey, contentKey: rootDigest, sectionCapacity: 4)
        else { return }
        var meta = ByteWriter()
        meta.string(fingerprint)
        meta.i64(stampedAtNanos)
        meta.int(stamps.count)
        w.add("meta", meta)
        var s = ByteWriter()
        for st in stamps {
            s.string(st.path)
            s.i64(st.size)
            s.i64(st.mtimeNanos)
            s.u64(st.inode)
            s.data(st.digest)
        }
        w.add("stamps", s)
        if let model {
            var m = ByteWriter()
            m.i64(model.size)
            m.i64(model.mtimeNanos)
            m.u64(model.inode)
            w.add("model", m)
        }
        _ = w.finish()
    }
}
