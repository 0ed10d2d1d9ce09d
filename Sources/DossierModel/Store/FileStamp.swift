import Foundation

/// What an open remembers of a corpus file, like git's index: its path (relative to the corpus root),
/// size, modification time (ns), inode, and its SHA-256. A file whose size, mtime and inode are
/// unchanged is taken to be unchanged, and its recorded hash stands for its bytes.
public struct FileStamp: Sendable, Hashable {
    public var path: String
    public var size: Int64
    public var mtimeNanos: Int64
    public var inode: UInt64
    public var digest: [UInt8]

    public init(path: String, size: Int64, mtimeNanos: Int64, inode: UInt64, digest: [UInt8] = []) {
        self.path = path
        self.size = size
        self.mtimeNanos = mtimeNanos
        self.inode = inode
        self.digest = digest
    }

    /// The stamp of the file at `absolute` (no digest), nil when it cannot be stat'ed.
    public static func read(path: String, absolute: String) -> FileStamp? {
        var st = stat()
        guard stat(absolute, &st) == 0 else { return nil }
        return FileStamp(path: path, st)
    }

    /// The stamp of the file at `path` relative to the open folder `folder`, nil when it cannot be stat'ed.
    public static func read(path: String, under folder: Int32) -> FileStamp? {
        var st = stat()
        guard fstatat(folder, path, &st, 0) == 0 else { return nil }
        return FileStamp(path: path, st)
    }

    /// The stamp a `stat` result gives the file at `path`.
    private init(path: String, _ st: stat) {
        self.init(path: path, size: Int64(st.st_size), mtimeNanos: Self.nanos(st.st_mtim), inode: UInt64(st.st_ino))
    }

    /// A time as ns since the epoch.
    static func nanos(_ ts: timespec) -> Int64 { Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec) }

    /// Same path, size, mtime and inode.
    public func sameFile(as other: FileStamp) -> Bool {
        path == other.path && size == other.size && mtimeNanos == other.mtimeNanos && inode == other.inode
    }

    /// The current time in ns since the epoch (for racy-clean detection).
    static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return nanos(ts)
    }
}
