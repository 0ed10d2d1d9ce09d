import Foundation

/// Writes a model container (see `ModelFormat`) section by section to a temporary file, then renames
/// it into place: a reader never sees a half-written model. Failures are reported as false.
final class ModelFileWriter {
    private let path: String
    private let tmp: String
    private let fd: Int32
    private var entries: [(tag: [UInt8], offset: UInt64, length: UInt64, checksum: UInt64)] = []
    private var offset: UInt64
    private var failed = false
    /// The end of the last section: the file's size (no padding after it).
    private var fileEnd: UInt64 = 0
    private let kind: String
    private let analyserKey: String
    private let contentKey: [UInt8]

    /// nil when the folder cannot be written.
    init?(path: String, kind: String, analyserKey: String, contentKey: [UInt8], sectionCapacity: Int) {
        self.path = path
        self.tmp = path + ".tmp\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        self.kind = kind
        self.analyserKey = analyserKey
        self.contentKey = contentKey
        fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        // Room for the header and table; sections follow, aligned.
        let tableEnd = ModelFormat.headerSize + 8 + ModelFormat.entrySize * sectionCapacity
        offset = UInt64((tableEnd + ModelFormat.alignment - 1) / ModelFormat.alignment * ModelFormat.alignment)
        capacity = sectionCapacity
    }

    private let capacity: Int

    deinit {
        if fd >= 0 { close(fd) }
    }

    /// Appends a section of raw bytes.
    func add(_ tag: String, bytes: UnsafeRawBufferPointer) {
        guard !failed, entries.count < capacity else {
            failed = true
            return
        }
        let sum = ModelFormat.checksum(bytes)
        if !writeAll(bytes, at: offset) { failed = true }
        entries.append((ModelFormat.tagBytes(tag), offset, UInt64(bytes.count), sum))
        let end = offset + UInt64(bytes.count)
        fileEnd = end
        let a = UInt64(ModelFormat.alignment)
        offset = (end + a - 1) / a * a
    }

    /// Appends a section holding a flat array's bytes.
    func add<T: BitwiseCopyable>(_ tag: String, _ array: [T]) {
        array.withUnsafeBytes { add(tag, bytes: $0) }
    }

    /// Appends a section holding a flat array's bytes.
    func add<T: BitwiseCopyable>(_ tag: String, _ array: FlatArray<T>) {
        array.withUnsafeBytes { add(tag, bytes: $0) }
    }

    func add(_ tag: String, _ bytes: ByteWriter) {
        bytes.bytes.withUnsafeBytes { add(tag, bytes: $0) }
    }

    /// Sets the file's mtime a little in the past (its atime to now): any later write sets the mtime
    /// to the current time, so a stamp taken now tells this file from every later version of it, with
    /// no racy window (see `FreshnessIndex.model`). Pruning goes by atime.
    private func backdate() -> Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var times = [now, now]
        times[1].tv_sec -= Self.backdateSeconds
        return futimens(fd, &times) == 0
    }

    /// How far back a written file's mtime is set.
    static let backdateSeconds = 2

    /// Writes the header and table, syncs nothing (a lost model is rebuilt), renames into place.
    func finish() -> Bool {
        guard !failed else {
            abandon()
            return false
        }
        var header = ByteWriter()
        header.raw(ModelFormat.magic)
        header.u32(ModelFormat.containerVersion)
        header.u32(UInt32(entries.count))
        if entries.isEmpty { fileEnd = offset }
        header.u64(fileEnd)
        header.raw(ModelFormat.field(kind, width: 8))
        header.raw(ModelFormat.field(analyserKey, width: 32))
        header.raw(ModelFormat.key(contentKey))
        var table = ByteWriter()
        for e in entries {
            table.raw(e.tag)
            table.u64(e.offset)
            table.u64(e.length)
            table.u64(e.checksum)
        }
        let sum = (header.bytes + table.bytes).withUnsafeBytes { ModelFormat.checksum($0) }
        header.u64(sum)
        let head = header.bytes + table.bytes
        // The file ends where the last section does.
        let ok = head.withUnsafeBytes { writeAll($0, at: 0) } && ftruncate(fd, off_t(fileEnd)) == 0 && backdate()
        guard ok, rename(tmp, path) == 0 else {
            abandon()
            return false
        }
        return true
    }

    private func abandon() {
        unlink(tmp)
    }

    private func writeAll(_ b: UnsafeRawBufferPointer, at start: UInt64) -> Bool {
        guard let base = b.baseAddress else { return true }
        var done = 0
        while done < b.count {
            let n = pwrite(fd, base + done, min(b.count - done, 1 << 30), off_t(start) + off_t(done))
            if n <= 0 { return false }
            done += n
        }
        return true
    }
}
