import Foundation

/// A model container opened by memory-mapping (see `ModelFormat`). Opening reads and checks only the
/// header and the table of contents; a section's bytes are paged in, and its checksum verified, when
/// it is first asked for. Anything wrong (short, oversized, another version or key, a bad checksum, a
/// section out of bounds) makes `open` or the section accessor return nil: the caller rebuilds.
public final class ModelFileReader: @unchecked Sendable {
    struct Entry {
        var offset: Int
        var length: Int
        var checksum: UInt64
    }

    private let base: UnsafeMutableRawPointer
    private let size: Int
    private let entries: [String: Entry]
    private let lock = NSLock()
    private var verified: Set<String> = []
    /// The content key stored in the header (a fingerprint's digest, or a root path's).
    public let contentKey: [UInt8]

    private init(base: UnsafeMutableRawPointer, size: Int, entries: [String: Entry], contentKey: [UInt8]) {
        self.base = base
        self.size = size
        self.entries = entries
        self.contentKey = contentKey
    }

    deinit { munmap(base, size) }

    /// Opens `path` when it is a container of `kind` written for `analyserKey` (and, when given,
    /// `contentKey`); nil otherwise.
    public static func open(path: String, kind: String, analyserKey: String, contentKey: [UInt8]? = nil) -> ModelFileReader? {
        let fd = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size >= ModelFormat.headerSize, UInt64(st.st_size) <= ModelFormat.maxFileSize
        else { return nil }
        let size = Int(st.st_size)
        guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else { return nil }
        let raw = UnsafeRawBufferPointer(start: map, count: size)
        guard let parsed = parseHeader(raw, kind: kind, analyserKey: analyserKey, contentKey: contentKey) else {
            munmap(map, size)
            return nil
        }
        return ModelFileReader(base: map, size: size, entries: parsed.entries, contentKey: parsed.contentKey)
    }

    private static func parseHeader(
        _ raw: UnsafeRawBufferPointer, kind: String, analyserKey: String, contentKey: [UInt8]?
    ) -> (entries: [String: Entry], contentKey: [UInt8])? {
        guard Array(raw[0..<8]) == ModelFormat.magic,
            raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian == ModelFormat.containerVersion
        else { return nil }
        let count = Int(raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian)
        let declaredSize = raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian
        guard count <= ModelFormat.maxSections, declaredSize == UInt64(raw.count),
            Array(raw[24..<32]) == ModelFormat.field(kind, width: 8),
            Array(raw[32..<64]) == ModelFormat.field(analyserKey, width: 32)
        else { return nil }
        let key = Array(raw[64..<96])
        if let contentKey, ModelFormat.key(contentKey) != key {
            return nil
        }
        let tableEnd = ModelFormat.headerSize + 8 + count * ModelFormat.entrySize
        guard tableEnd <= raw.count else { return nil }
        // The checksum covers the header (without itself) and the table that follows it.
        let stored = raw.loadUnaligned(fromByteOffset: ModelFormat.headerSize, as: UInt64.self).littleEndian
        var covered = Array(raw[0..<ModelFormat.headerSize])
        covered.append(contentsOf: raw[(ModelFormat.headerSize + 8)..<tableEnd])
        guard covered.withUnsafeBytes({ ModelFormat.checksum($0) }) == stored else { return nil }
        var entries: [String: Entry] = [:]
        for i in 0..<count {
            let o = ModelFormat.headerSize + 8 + i * ModelFormat.entrySize
            let tag = String(decoding: raw[o..<(o + 8)].prefix { $0 != 0 }, as: UTF8.self)
            let offset = raw.loadUnaligned(fromByteOffset: o + 8, as: UInt64.self).littleEndian
            let length = raw.loadUnaligned(fromByteOffset: o + 16, as: UInt64.self).littleEndian
            let sum = raw.loadUnaligned(fromByteOffset: o + 24, as: UInt64.self).littleEndian
            guard offset >= UInt64(tableEnd), length <= UInt64(raw.count), offset <= UInt64(raw.count) - length,
                entries[tag] == nil
            else { return nil }
            entries[tag] = Entry(offset: Int(offset), length: Int(length), checksum: sum)
        }
        return (entries, key)
    }

    /// Verifies the checksums of `tags` (those present and not yet verified) on all cores, largest
    /// first; a damaged section is left unverified, so reading it still returns nil.
    public func verify(_ tags: [String]) {
        lock.lock()
        let sections = tags.compactMap { tag in verified.contains(tag) ? nil : entries[tag].map { (tag, $0) } }
            .sorted { ($0.1.length, $1.0) > ($1.1.length, $0.0) }
        lock.unlock()
        let good = Parallel.map(sections.count) { i in
            let e = sections[i].1
            return ModelFormat.checksum(UnsafeRawBufferPointer(start: self.base + e.offset, count: e.length)) == e.checksum
        }
        lock.lock()
        for (i, ok) in good.enumerated() where ok { verified.insert(sections[i].0) }
        lock.unlock()
    }

    /// Marks every section verified without reading it: for a file known to be the one written or
    /// checked before (see `StoredModel.read(trusted:)`).
    public func trustAll() {
        lock.lock()
        verified = Set(entries.keys)
        lock.unlock()
    }

    /// The tags present.
    public var tags: [String] { entries.keys.sorted() }

    /// The bytes of section `tag` (checksum verified on first use), or nil when absent or damaged.
    public func bytes(_ tag: String) -> UnsafeRawBufferPointer? {
        guard let e = entries[tag] else { return nil }
        let p = UnsafeRawBufferPointer(start: base + e.offset, count: e.length)
        lock.lock()
        let known = verified.contains(tag)
        lock.unlock()
        if !known {
            guard ModelFormat.checksum(p) == e.checksum else { return nil }
            lock.lock()
            verified.insert(tag)
            lock.unlock()
        }
        return p
    }

    /// Section `tag` as a flat array of `T` (copied out of the mapping), or nil when absent, damaged
    /// or not a whole number of elements.
    public func array<T: BitwiseCopyable>(_ tag: String, _: T.Type) -> [T]? {
        guard let p = bytes(tag), p.count % MemoryLayout<T>.stride == 0 else { return nil }
        let n = p.count / MemoryLayout<T>.stride
        return [T](unsafeUninitializedCapacity: n) { buf, count in
            if n > 0 { UnsafeMutableRawBufferPointer(buf).copyMemory(from: p) }
            count = n
        }
    }

    /// Section `tag` as a flat array of `T` viewed in place (no copy; the view keeps this reader, and
    /// so the mapping, alive), or nil when absent, damaged, misaligned or not a whole number of elements.
    public func view<T: BitwiseCopyable>(_ tag: String, _: T.Type) -> FlatArray<T>? {
        guard let p = bytes(tag), p.count % MemoryLayout<T>.stride == 0 else { return nil }
        guard let start = p.baseAddress else { return FlatArray() }
        guard Int(bitPattern: start) % MemoryLayout<T>.alignment == 0 else { return array(tag, T.self).map(FlatArray.init) }
        return FlatArray(viewing: start, count: p.count / MemoryLayout<T>.stride, owner: self)
    }

    /// Section `tag` for structured reading.
    func reader(_ tag: String) -> ByteReader? { bytes(tag).map { ByteReader($0) } }
}
